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
    ['postmortems', 'overdue now', view.postmortems.overdueNow, null],
  );
  for (const a of view.openByAge) rows.push(['open incidents by age', a.label, a.count, null]);
  for (const person of view.work.people) rows.push(['hours (inside / outside business hours)', person.name, person.insideHours, person.outsideHours]);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
