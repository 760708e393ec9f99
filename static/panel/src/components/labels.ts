import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { zonedTimeInWords } from '../../../../src/shared/time-in-words';

type Settings = IncidentView['settings'];

/**
 * The human label for a stored value, from the live settings: ('category', 'lost-device') ->
 * 'Unlocked or lost device', ('impact', 'high') -> 'High'. Unknown values are shown as stored.
 */
export function labelOf(settings: Settings, field: string, value: string | null): string {
  if (value === null) return 'Not set';
  if (field === 'exercise') return value === 'true' ? 'Exercise' : 'Real incident';
  if (field.startsWith('cia.')) return value === 'true' ? 'Yes' : 'No';
  if (field === 'triage') return TRIAGE_LABELS[value as keyof typeof TRIAGE_LABELS] ?? value;
  const lists: Record<string, { id: string; label: string }[]> = {
    category: settings.categories,
    impact: settings.matrix.impact,
    urgency: settings.matrix.urgency,
    priority: settings.matrix.levels,
    override: settings.matrix.levels,
  };
  return lists[field]?.find((i) => i.id === value)?.label ?? value;
}

export const FIELD_NAMES: Record<string, string> = {
  category: 'Category',
  impact: 'Impact',
  urgency: 'Urgency',
  priority: 'Priority',
  override: 'Priority override',
  exercise: 'Exercise',
  triage: 'Triage',
  'cia.confidentiality': 'Confidentiality',
  'cia.integrity': 'Integrity',
  'cia.availability': 'Availability',
  'cia.authenticity': 'Authenticity',
};

/** The triage state's lozenge colour, wherever it is shown. */
export const TRIAGE_APPEARANCE = { event: 'new', incident: 'removed', 'not-incident': 'success' } as const;

export const TRIAGE_LABELS = { event: 'Event (not yet triaged)', incident: 'Confirmed incident', 'not-incident': 'Not an incident' } as const;

/**
 * A time in the viewer's time zone (from their Jira profile, else the browser's), with the zone named:
 * "Mon 7 Dec 2026, 09:55 (Europe/Berlin)". The same words as the documents use, so a time read in the
 * panel can be found in the postmortem.
 */
export function formatTime(iso: string, timeZone?: string): string {
  return zonedTimeInWords(iso, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
}
