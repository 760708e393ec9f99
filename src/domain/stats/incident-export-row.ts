import type { StatsExportRow } from '../../shared/stats-contract';
import type { IncidentStatsFacts } from './incident-stats-facts';
import type { WorkDay } from './work-summary';

/** What the viewer's search says of the incident (labels already decided). */
export interface ExportedIssue {
  key: string;
  summary: string;
  status: string;
  category: string | null;
  level: string | null;
  /** The record's report time (the mirror's), else the issue's creation. */
  reportedAt: string;
}

/**
 * One row of the manager's export from the incident's stored statistics: the clock times are the
 * report time plus the stored durations; SLA "missed" when any clock was late, "met" once resolved
 * with every stopped clock in time, "running" while open; legal late counts notices sent late and
 * deadlines passed unsent; hours are every worklog's time, cost those hours at `hourlyRate`.
 * @example incidentExportRow(issue, { ...facts, open: false, times: { acknowledge: 600000, contain: null, resolve: 3600000 }, sla: { acknowledge: 'met', resolve: 'met' }, legal: { met: 1, late: 0, missed: 0 } }, [{ day: '2026-11-24', account: 'a', inside: 5400, outside: 0 }], 80).hours // 1.5
 */
export function incidentExportRow(issue: ExportedIssue, facts: IncidentStatsFacts | null, work: readonly WorkDay[], hourlyRate: number): StatsExportRow {
  const start = Date.parse(issue.reportedAt);
  const at = (ms: number | null | undefined) => (ms === null || ms === undefined || !Number.isFinite(start) ? null : new Date(start + ms).toISOString());
  const seconds = work.reduce((sum, d) => sum + d.inside + d.outside, 0);
  const hours = Math.round((seconds / 3600) * 10) / 10;
  const outcomes = Object.values(facts?.sla ?? {});
  const sla: StatsExportRow['sla'] =
    facts === null || facts.triage === 'not-incident' ? null : outcomes.includes('missed') ? 'missed' : facts.open ? 'running' : 'met';
  return {
    ...issue,
    acknowledgedAt: at(facts?.times.acknowledge),
    containedAt: at(facts?.times.contain),
    resolvedAt: at(facts?.times.resolve),
    sla,
    legalLate: facts ? facts.legal.late + facts.legal.missed : 0,
    hours,
    cost: Math.round((seconds / 3600) * hourlyRate),
  };
}
