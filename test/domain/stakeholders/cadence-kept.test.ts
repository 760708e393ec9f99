/**
 * How often the stakeholder cadence was kept (issue 32, item 2, last clause), with literal values:
 * an update is on time when it came no later than the cadence after the update before it, the first
 * no later than the cadence after the incident's start; the statistics count incidents with a
 * cadence, their updates and the ones on time, as counters that add up across incidents and days.
 */
import { cadenceKept } from '../../../src/domain/stakeholders/cadence-kept';
import { contributionCells } from '../../../src/domain/stats/stats-cells';
import type { IncidentStatsFacts } from '../../../src/domain/stats/incident-stats-facts';
import { buildStatsView, type RatedStatsQuery } from '../../../src/domain/stats/stats-view';

const START = '2026-12-07T09:00:00.000Z';

describe('cadenceKept', () => {
  it.each([
    ['no update yet', [], 30, { updates: 0, onTime: 0 }],
    ['the first exactly one cadence after the start', ['2026-12-07T09:30:00.000Z'], 30, { updates: 1, onTime: 1 }],
    ['the first a minute too late', ['2026-12-07T09:31:00.000Z'], 30, { updates: 1, onTime: 0 }],
    [
      'a late one does not spoil the next: each is measured from the one before',
      ['2026-12-07T09:25:00.000Z', '2026-12-07T10:05:00.000Z', '2026-12-07T10:30:00.000Z'],
      30,
      { updates: 3, onTime: 2 },
    ],
    ['order does not matter', ['2026-12-07T10:30:00.000Z', '2026-12-07T09:25:00.000Z', '2026-12-07T10:05:00.000Z'], 30, { updates: 3, onTime: 2 }],
    ['two hours (Serious): 1 h 59 and 2 h 01', ['2026-12-07T10:59:00.000Z', '2026-12-07T13:00:00.000Z'], 120, { updates: 2, onTime: 1 }],
    ['a level without a cadence keeps nothing', ['2026-12-07T09:25:00.000Z'], null, null],
  ] as const)('%s', (_what, times, minutes, expected) => {
    expect(cadenceKept(START, times, minutes)).toEqual(expected);
  });
});

const facts = (over: Partial<IncidentStatsFacts>): IncidentStatsFacts => ({
  project: 'SEC',
  day: '2026-12-07',
  exercise: false,
  triage: 'incident',
  category: 'phishing',
  priority: 'Critical',
  cia: [],
  components: [],
  open: false,
  times: { acknowledge: null, contain: null, resolve: null },
  sla: {},
  legal: { met: 0, late: 0, missed: 0 },
  postmortem: { state: 'not-required', dueDay: null },
  ...over,
});

describe('the cadence in the statistics', () => {
  it('an incident with a cadence adds cad.inc, its updates and the ones on time', () => {
    const cells = contributionCells(facts({ cadence: { updates: 4, onTime: 3 } }), []);
    expect(cells['m:SEC:2026-12']!['2026-12-07']).toMatchObject({ 'cad.inc': 1, 'cad.upd': 4, 'cad.ok': 3 });
  });

  it('with a cadence and no update yet it counts as an incident with a cadence; without one (or facts stored before) nothing', () => {
    expect(contributionCells(facts({ cadence: { updates: 0, onTime: 0 } }), [])['m:SEC:2026-12']!['2026-12-07']).toMatchObject({ 'cad.inc': 1 });
    for (const cadence of [null, undefined]) {
      const cell = contributionCells(facts({ cadence }), [])['m:SEC:2026-12']!['2026-12-07']!;
      expect(Object.keys(cell).filter((k) => k.startsWith('cad.'))).toEqual([]);
    }
  });

  it('the view adds the period’s incidents up: 14 of 18 updates on time over 3 incidents', () => {
    const shards = {
      'm:SEC:2026-12': {
        '2026-12-01': { rep: 1, inc: 1, 'cad.inc': 1, 'cad.upd': 10, 'cad.ok': 9 },
        '2026-12-03': { rep: 2, inc: 2, 'cad.inc': 2, 'cad.upd': 8, 'cad.ok': 5 },
        // An exercise counts only when the gadget includes exercises.
        '2026-12-04:x': { rep: 1, inc: 1, 'cad.inc': 1, 'cad.upd': 5, 'cad.ok': 0 },
      },
    };
    const query: RatedStatsQuery = {
      projects: ['SEC'],
      period: 'custom',
      from: '2026-12-01',
      to: '2026-12-07',
      grouping: 'day',
      includeExercises: false,
      hourlyRate: 100,
      currency: 'EUR',
      hideNames: false,
      refreshMinutes: 0,
    };
    const now = Date.parse('2026-12-07T12:00:00.000Z');
    const labels = { levels: [], categories: [] };
    expect(buildStatsView(shards, query, now, labels, '').cadence).toEqual({ incidents: 3, updates: 18, onTime: 14 });
    expect(buildStatsView(shards, { ...query, includeExercises: true }, now, labels, '').cadence).toEqual({ incidents: 4, updates: 23, onTime: 14 });
    expect(buildStatsView({}, query, now, labels, '').cadence).toEqual({ incidents: 0, updates: 0, onTime: 0 });
  });
});
