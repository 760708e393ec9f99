import type { StatsExportView } from '../../../src/shared/stats-contract';
import type { MessageKey } from '../../common/i18n/message-key';
import type { Translate } from '../../common/i18n/translate';
import { cell } from './stats-format';

const SLA_WORDS: Record<'met' | 'missed' | 'running', MessageKey> = {
  met: 'gadget.csv.incidents.sla.met',
  missed: 'gadget.csv.incidents.sla.missed',
  running: 'gadget.csv.incidents.sla.running',
};

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

/** The manager's export: one row per incident, times in the viewer's zone (named in the header), headers in their language. */
export function incidentsCsv(view: StatsExportView, timeZone: string, t: Translate): string {
  const head = [
    t('gadget.csv.incidents.head.key'),
    t('gadget.csv.incidents.head.summary'),
    t('gadget.csv.incidents.head.category'),
    t('gadget.csv.incidents.head.level'),
    t('gadget.csv.incidents.head.status'),
    t('gadget.csv.incidents.head.reported', { timeZone }),
    t('gadget.csv.incidents.head.acknowledged', { timeZone }),
    t('gadget.csv.incidents.head.contained', { timeZone }),
    t('gadget.csv.incidents.head.resolved', { timeZone }),
    t('gadget.csv.incidents.head.slaMet'),
    t('gadget.csv.incidents.head.legalLate'),
    t('gadget.csv.incidents.head.hours'),
    t('gadget.csv.incidents.head.cost', { currency: view.currency }),
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
    r.sla === null ? null : t(SLA_WORDS[r.sla]),
    r.legalLate,
    r.hours,
    r.cost,
  ]);
  return [head, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
