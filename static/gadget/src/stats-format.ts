import type { StatsView } from '../../../src/shared/stats-contract';
import type { Translate } from '../../common/i18n/translate';

/**
 * "2 h 30 min", "3.5 d": durations as people read them, in the viewer's words (one message, its
 * units chosen by `kind`).
 */
export function formatDuration(ms: number | null, t: Translate, locale: string): string {
  if (ms === null) return '-';
  const min = Math.round(ms / 60_000);
  if (min < 60) return t('gadget.duration', { kind: 'minutes', minutes: min });
  if (min < 48 * 60) return t('gadget.duration', { kind: min % 60 ? 'hoursMinutes' : 'hours', hours: Math.floor(min / 60), minutes: min % 60 });
  return t('gadget.duration', { kind: 'days', days: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(min / 1440) });
}

/** The change against the previous period in whole percent ("new" when there was nothing before); null when there is nothing to compare with. */
export function change(now: number, before: number): number | 'new' | null {
  if (before === 0) return now === 0 ? null : 'new';
  return Math.round(((now - before) / before) * 100);
}

/**
 * Where a spreadsheet may start a new cell inside ours: the start, and after any separator a locale
 * may use (a German spreadsheet splits on ';', others on tabs or '|'), with spaces between.
 */
const FORMULA_START = /(^|[,;\t|\r\n])(\s*)([=+\-@])/g;

/**
 * One CSV cell: RFC 4180 quoting, and every formula start neutralised with a leading quote (OWASP's
 * CSV injection advice), so `Printer;=cmd|' /C calc'!A0` stays text in any locale.
 * @example cell("Printer;=cmd|' /C calc'!A0") // "\"Printer;'=cmd|' /C calc'!A0\""
 */
export const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  const safe = typeof v === 'number' ? s : s.replace(FORMULA_START, "$1$2'$3");
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Every figure of the view as CSV sections (metric, item, value, previous), its words in the viewer's language. */
export function statsCsv(view: StatsView, t: Translate): string {
  const rows: (string | number | null)[][] = [
    [t('gadget.csv.summary.head.section'), t('gadget.csv.summary.head.item'), t('gadget.csv.summary.head.value'), t('gadget.csv.summary.head.previous')],
  ];
  const totals = view.totals;
  const p = view.previousTotals;
  rows.push([t('gadget.csv.summary.period'), t('gadget.range', view.period), view.projects.join(' '), t('gadget.range', view.previous)]);
  for (const [k, label] of [
    ['reports', t('gadget.csv.summary.totals.reports')],
    ['incidents', t('gadget.csv.summary.totals.incidents')],
    ['dismissed', t('gadget.csv.summary.totals.dismissed')],
    ['hours', t('gadget.csv.summary.totals.hours')],
    ['cost', t('gadget.csv.summary.totals.cost', { currency: view.work.currency })],
  ] as const)
    rows.push([t('gadget.csv.summary.totals.section'), label, totals[k], p[k]]);
  for (const s of view.series) rows.push([t('gadget.csv.summary.overTime'), s.bucket, s.incidents, s.reports]);
  for (const [name, list] of [
    [t('gadget.csv.summary.byCategory'), view.byCategory],
    [t('gadget.csv.summary.byPriority'), view.byPriority],
    [t('gadget.csv.summary.byCia'), view.byCia],
    [t('gadget.csv.summary.byComponent'), view.byComponent],
  ] as const)
    for (const c of list) rows.push([name, c.label, c.count, c.previous]);
  for (const r of view.responseTimes)
    rows.push([
      t('gadget.csv.summary.responseTime', { clock: r.clock }),
      r.label,
      r.median === null ? null : Math.round(r.median / 60_000),
      r.p90 === null ? null : Math.round(r.p90 / 60_000),
    ]);
  for (const s of view.sla) rows.push([t('gadget.csv.summary.sla', { clock: s.clock }), s.label, s.met, s.missed]);
  const legal = t('gadget.csv.summary.legal.section');
  rows.push(
    [legal, t('gadget.csv.summary.legal.met'), view.legal.met, null],
    [legal, t('gadget.csv.summary.legal.late'), view.legal.late, null],
    [legal, t('gadget.csv.summary.legal.missed'), view.legal.missed, null],
  );
  const postmortems = t('gadget.csv.summary.postmortems.section');
  rows.push(
    [postmortems, t('gadget.csv.summary.postmortems.required'), view.postmortems.required, null],
    [postmortems, t('gadget.csv.summary.postmortems.published'), view.postmortems.published, null],
    [postmortems, t('gadget.csv.summary.postmortems.overdue'), view.postmortems.overdue, null],
  );
  for (const a of view.openByAge) rows.push([t('gadget.csv.summary.openByAge'), a.label, a.count, null]);
  for (const person of view.work.people) rows.push([t('gadget.csv.summary.hoursPerPerson'), person.name, person.insideHours, person.outsideHours]);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const UTC_DAY = { timeZone: 'UTC' } as const;

/**
 * A statistics day (a UTC calendar day, as the sums count them) in words, in the viewer's locale.
 * @example dayInWords('2026-09-07', 'en-US') // 'Sep 7, 2026'
 */
export function dayInWords(day: string, locale?: string, withYear = true): string {
  return new Intl.DateTimeFormat(locale, { ...UTC_DAY, day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/**
 * A run of days in words; the year once when both ends share it.
 * @example rangeInWords({ from: '2026-06-10', to: '2026-09-07' }, 'en-US') // 'Jun 10 to Sep 7, 2026'
 */
export function rangeInWords(range: { from: string; to: string }, locale?: string, t?: Translate): string {
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  const from = dayInWords(range.from, locale, !sameYear);
  const to = dayInWords(range.to, locale);
  // Without a translator (the unit tests), the source locale's words.
  return t ? t('gadget.range', { from, to }) : `${from} to ${to}`;
}

/**
 * A bucket of the over-time chart: a month ("Nov 2026"), or a day or a week's Monday ("2 Nov").
 * @example bucketInWords('2026-11', 'en-GB') // 'Nov 2026'
 */
export function bucketInWords(bucket: string, locale?: string): string {
  if (bucket.length === 7) return new Intl.DateTimeFormat(locale, { ...UTC_DAY, month: 'short', year: 'numeric' }).format(new Date(`${bucket}-01T00:00:00Z`));
  return dayInWords(bucket, locale, false);
}

/**
 * When an incident was reported, as a date in words in the viewer's zone.
 * @example reportedInWords('2026-11-24T23:30:00.000Z', 'Europe/Berlin', 'en-GB') // '25 Nov 2026'
 */
export function reportedInWords(iso: string, timeZone: string, locale?: string): string {
  const at = new Date(iso);
  return Number.isFinite(at.getTime()) ? new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(at) : '';
}

/** Jira's issue search for a JQL, on the site the gadget is on (opened through the router). */
export const issueSearchPath = (jql: string) => `/issues/?jql=${encodeURIComponent(jql)}`;
