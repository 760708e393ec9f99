import { IMPACT_LEVELS, INCIDENT_CATEGORIES, URGENCY_LEVELS } from '../../../../src/shared/vocabulary';

const byId = (items: readonly { id: string; label: string }[]) => Object.fromEntries(items.map((i) => [i.id, i.label]));
const LABELS: Record<string, Record<string, string>> = { category: byId(INCIDENT_CATEGORIES), impact: byId(IMPACT_LEVELS), urgency: byId(URGENCY_LEVELS) };

/** The human label for a stored value, e.g. ('category', 'lost-device') -> 'Unlocked or lost device'. */
export function labelOf(field: string, value: string | null): string {
  if (value === null) return 'Not set';
  if (field === 'exercise') return value === 'true' ? 'Exercise' : 'Real incident';
  return LABELS[field]?.[value] ?? value;
}

/** A time in the viewer's own time zone (the browser's), with the zone named. */
export function formatTime(iso: string): string {
  // dateStyle cannot be combined with timeZoneName, so the parts are named one by one.
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
}
