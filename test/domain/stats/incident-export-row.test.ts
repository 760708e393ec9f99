import { incidentExportRow } from '../../../src/domain/stats/incident-export-row';
import type { IncidentStatsFacts } from '../../../src/domain/stats/incident-stats-facts';

const ISSUE = { key: 'SEC-7', summary: 'Fake login page', status: 'Resolved', category: 'Phishing', level: 'Serious', reportedAt: '2026-11-24T08:36:00.000Z' };
const FACTS: IncidentStatsFacts = {
  project: 'SEC',
  day: '2026-11-24',
  exercise: false,
  triage: 'incident',
  category: 'phishing',
  priority: 'Serious',
  cia: ['C'],
  components: [],
  open: false,
  times: { acknowledge: 4 * 60_000, contain: 11 * 60_000, resolve: 3 * 3_600_000 },
  sla: { acknowledge: 'met', contain: 'met', resolve: 'met' },
  legal: { met: 1, late: 0, missed: 0 },
  postmortem: { state: 'published', dueDay: null },
};
const WORK = [
  { day: '2026-11-24', account: 'a', inside: 5400, outside: 1800 },
  { day: '2026-11-25', account: 'b', inside: 3600, outside: 0 },
];

describe('a row of the manager export', () => {
  it('times are the report time plus the stored durations; hours are all logged work; cost is hours at the rate', () => {
    expect(incidentExportRow(ISSUE, FACTS, WORK, 80)).toEqual({
      ...ISSUE,
      acknowledgedAt: '2026-11-24T08:40:00.000Z',
      containedAt: '2026-11-24T08:47:00.000Z',
      resolvedAt: '2026-11-24T11:36:00.000Z',
      sla: 'met',
      legalLate: 0,
      hours: 3,
      cost: 240,
    });
  });

  it.each<[string, Partial<IncidentStatsFacts> | null, string | null, number]>([
    ['every stopped clock in time, resolved', {}, 'met', 0],
    ['one clock late', { sla: { acknowledge: 'met', resolve: 'missed' } }, 'missed', 0],
    ['late even while still open', { open: true, sla: { acknowledge: 'missed' } }, 'missed', 0],
    ['open, nothing late yet', { open: true, sla: { acknowledge: 'met' }, times: { acknowledge: 60_000, contain: null, resolve: null } }, 'running', 0],
    ['dismissed: not an incident', { triage: 'not-incident', sla: {} }, null, 0],
    ['a notice sent late and a deadline passed unsent', { legal: { met: 0, late: 1, missed: 1 } }, 'met', 2],
    ['no statistics stored', null, null, 0],
  ])('%s', (_, change, sla, legalLate) => {
    const row = incidentExportRow(ISSUE, change === null ? null : { ...FACTS, ...change }, [], 80);
    expect([row.sla, row.legalLate, row.hours, row.cost]).toEqual([sla, legalLate, 0, 0]);
  });

  it('leaves a time empty when that clock never stopped', () => {
    const row = incidentExportRow(ISSUE, { ...FACTS, open: true, times: { acknowledge: 60_000, contain: null, resolve: null } }, [], 80);
    expect([row.acknowledgedAt, row.containedAt, row.resolvedAt]).toEqual(['2026-11-24T08:37:00.000Z', null, null]);
  });
});
