import type { StatsView } from '../../../src/shared/stats-contract';

/** "2 h 30 min", "3.5 d": durations as people read them. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '-';
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} min`;
  if (min < 48 * 60) return `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ''}`;
  return `${(min / 1440).toFixed(1)} d`;
}

/** "+12 %" against the previous period; null when there is nothing to compare with. */
export function change(now: number, before: number): string | null {
  if (before === 0) return now === 0 ? null : 'new';
  const pct = Math.round(((now - before) / before) * 100);
  return `${pct > 0 ? '+' : ''}${pct} %`;
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

/** Every figure of the view as CSV sections (metric, item, value, previous). */
export function statsCsv(view: StatsView): string {
  const rows: (string | number | null)[][] = [['section', 'item', 'value', 'previous period or second value']];
  const t = view.totals;
  const p = view.previousTotals;
  rows.push(['period', `${view.period.from} to ${view.period.to}`, view.projects.join(' '), `${view.previous.from} to ${view.previous.to}`]);
  for (const [k, label] of [
    ['reports', 'reports'],
    ['incidents', 'incidents'],
    ['dismissed', 'dismissed'],
    ['hours', 'hours logged'],
    ['cost', `cost (${view.work.currency})`],
  ] as const)
    rows.push(['totals', label, t[k], p[k]]);
  for (const s of view.series) rows.push(['over time', s.bucket, s.incidents, s.reports]);
  for (const [name, list] of [
    ['category', view.byCategory],
    ['priority', view.byPriority],
    ['CIA(A)', view.byCia],
    ['component', view.byComponent],
  ] as const)
    for (const c of list) rows.push([`by ${name}`, c.label, c.count, c.previous]);
  for (const r of view.responseTimes)
    rows.push([
      `time to ${r.clock} (median / p90 minutes)`,
      r.label,
      r.median === null ? null : Math.round(r.median / 60_000),
      r.p90 === null ? null : Math.round(r.p90 / 60_000),
    ]);
  for (const s of view.sla) rows.push([`SLA ${s.clock} (met / missed)`, s.label, s.met, s.missed]);
  rows.push(
    ['legal deadlines', 'met', view.legal.met, null],
    ['legal deadlines', 'late', view.legal.late, null],
    ['legal deadlines', 'missed', view.legal.missed, null],
  );
  rows.push(
    ['postmortems', 'required', view.postmortems.required, null],
    ['postmortems', 'published', view.postmortems.published, null],
    ['postmortems', 'overdue (not published, due date passed)', view.postmortems.overdue, null],
  );
  for (const a of view.openByAge) rows.push(['open incidents by age', a.label, a.count, null]);
  for (const person of view.work.people) rows.push(['hours (inside / outside business hours)', person.name, person.insideHours, person.outsideHours]);
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
export function rangeInWords(range: { from: string; to: string }, locale?: string): string {
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  return `${dayInWords(range.from, locale, !sameYear)} to ${dayInWords(range.to, locale)}`;
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
