import type { I18n } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { SOURCE_LOCALE } from '../../../common/i18n/message-key';
import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { zonedTimeInLocale } from '../../../../src/shared/time-in-words';
import { localizedCategory } from '../../../portal/src/portal-words';
import { presetText } from './matrix-words';

type Settings = IncidentView['settings'];
type Words = Pick<I18n, 't' | 'source'>;

/** The triage state's name, wherever it is shown. */
export const TRIAGE_KEYS: Record<'event' | 'incident' | 'not-incident', MessageKey> = {
  event: 'panel.triage.state.event',
  incident: 'panel.triage.state.incident',
  'not-incident': 'panel.triage.state.notIncident',
};

/**
 * The human label for a stored value, from the live settings: ('category', 'lost-device') ->
 * 'Unlocked or lost device', ('impact', 'high') -> 'High'. Unknown values are shown as stored; a
 * default category the admin left unchanged is in the viewer's language, the admin's own words as written.
 */
export function labelOf(settings: Settings, field: string, value: string | null, words: Words): string {
  const { t } = words;
  if (value === null) return t('panel.value.notSet');
  if (field === 'exercise') return value === 'true' ? t('panel.value.exercise') : t('panel.value.realIncident');
  if (field.startsWith('cia.')) return value === 'true' ? t('panel.value.yes') : t('panel.value.no');
  if (field === 'triage') return value in TRIAGE_KEYS ? t(TRIAGE_KEYS[value as keyof typeof TRIAGE_KEYS]) : value;
  if (field === 'category') {
    const category = settings.categories.find((c) => c.id === value);
    return category ? localizedCategory(category, words).label : value;
  }
  const lists: Record<string, { id: string; label: string }[]> = {
    impact: settings.matrix.impact,
    urgency: settings.matrix.urgency,
    priority: settings.matrix.levels,
    override: settings.matrix.levels,
  };
  const label = lists[field]?.find((i) => i.id === value)?.label;
  return label === undefined ? value : presetText(label, words, field === 'impact' || field === 'urgency' ? field : undefined);
}

export const FIELD_KEYS: Record<string, MessageKey> = {
  category: 'panel.field.category',
  impact: 'panel.field.impact',
  urgency: 'panel.field.urgency',
  priority: 'panel.field.priority',
  override: 'panel.field.override',
  exercise: 'panel.field.exercise',
  triage: 'panel.field.triage',
  'cia.confidentiality': 'panel.field.confidentiality',
  'cia.integrity': 'panel.field.integrity',
  'cia.availability': 'panel.field.availability',
  'cia.authenticity': 'panel.field.authenticity',
};

/** The triage state's lozenge colour, wherever it is shown. */
export const TRIAGE_APPEARANCE = { event: 'new', incident: 'removed', 'not-incident': 'success' } as const;

/**
 * A time in the viewer's time zone (from their Jira profile, else the browser's), with the zone named.
 * In the source locale: "Mon 7 Dec 2026, 09:55 (Europe/Berlin)", the same words as the documents use,
 * so a time read in the panel can be found in the postmortem. In another locale, its own words for
 * the day and month (Intl): "Mo., 7. Dez. 2026, 09:55 (Europe/Berlin)".
 */
export function formatTime(iso: string, timeZone?: string, locale: string = SOURCE_LOCALE): string {
  return zonedTimeInLocale(iso, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, locale);
}

/**
 * A calendar day with no time and no zone (a rule pack's review date) in the viewer's words; the
 * source locale keeps the documents' "Sun 22 Nov 2026". Anything not a day is shown as given.
 */
export function formatDay(day: string, locale: string, inSourceWords: (day: string) => string): string {
  if (locale === SOURCE_LOCALE || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return inSourceWords(day);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00.000Z`),
  );
}

/**
 * Working durations in the viewer's words (src/shared/durations.ts's rule: days and hours, or hours
 * and minutes): "1 h 15 min", "3 d", "less than a minute".
 */
export function formatDurationIn(ms: number, t: I18n['t']): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts = [
    days > 0 ? t('panel.duration.days', { count: days }) : '',
    hours > 0 ? t('panel.duration.hours', { count: hours }) : '',
    minutes > 0 && days === 0 ? t('panel.duration.minutes', { count: minutes }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : t('panel.duration.lessThanAMinute');
}

/** The SLA clocks' names (src/shared/next-deadline.ts's CLOCK_NAMES), by the clock's kind. */
export const CLOCK_KEYS: Record<'acknowledge' | 'contain' | 'resolve', MessageKey> = {
  acknowledge: 'panel.sla.clock.acknowledge',
  contain: 'panel.sla.clock.contain',
  resolve: 'panel.sla.clock.resolve',
};

/** What the next deadline is, in the viewer's words: an SLA clock by its kind; a legal stage as the rule pack words it. */
export function deadlineWhat(deadline: { what: string; short: string }, t: I18n['t']): string {
  return deadline.short in CLOCK_KEYS ? t(CLOCK_KEYS[deadline.short as keyof typeof CLOCK_KEYS]) : deadline.what;
}
