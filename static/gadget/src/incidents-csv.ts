import type { StatsExportView } from '../../../src/shared/stats-contract';
import { cell } from './stats-format';

const SLA_WORDS = { met: 'yes', missed: 'no', running: 'not yet' } as const;

/** "2026-11-24 09:36" in `timeZone`: a time spreadsheets read, in the zone the header names. */
export function spreadsheetTime(iso: string | null, timeZone: string): string | null {
  if (iso === null) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The manager's export: one row per incident, times in the viewer's zone (named in the header). */
export function incidentsCsv(view: StatsExportView, timeZone: string): string {
  const zone = `(${timeZone})`;
  const head = [
    'key',
    'summary',
    'category',
    'level',
    'status',
    `reported ${zone}`,
    `acknowledged ${zone}`,
    `contained ${zone}`,
    `resolved ${zone}`,
    'SLA met',
    'legal notices late or missed',
    'hours logged',
    `cost (${view.currency})`,
  ];
  const rows = view.rows.map((r) => [
    r.key,
    r.summary,
    r.category,
    r.level,
    r.status,
    spreadsheetTime(r.reportedAt, timeZone),
    spreadsheetTime(r.acknowledgedAt, timeZone),
    spreadsheetTime(r.containedAt, timeZone),
    spreadsheetTime(r.resolvedAt, timeZone),
    r.sla === null ? null : SLA_WORDS[r.sla],
    r.legalLate,
    r.hours,
    r.cost,
  ]);
  return [head, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
