/**
 * What the gadget's tiles and bars open (issue 32, item 3): given the gadget's query and a moment,
 * when a person clicks a figure, then Jira's issue search gets the JQL of exactly what the figure
 * counts; a chart that keeps the top 8 says so and adds the rest up as "Other"; and the postmortem
 * figures count one set of incidents, so "overdue" never exceeds "required" minus "published".
 */
import type { IncidentStatsFacts } from '../../../src/domain/stats/incident-stats-facts';
import { drillDownJql } from '../../../src/domain/stats/drill-down-jql';
import { keepTop } from '../../../src/domain/stats/keep-top';
import { addCells, contributionCells, type ShardCells } from '../../../src/domain/stats/stats-cells';
import { statsJql } from '../../../src/domain/stats/stats-jql';
import { buildStatsView } from '../../../src/domain/stats/stats-view';
import type { CountView } from '../../../src/shared/stats-contract';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const QUERY = { projects: ['SEC'], period: '30d' as const, includeExercises: false };
const PERIOD =
  'project in ("SEC") AND incidentReportedAt >= "2026-10-24" AND incidentReportedAt < "2026-11-23" AND (incidentExercise IS EMPTY OR incidentExercise != "true")';

describe('drill-down searches', () => {
  it('the incidents table and the export search the period by report time, so follow-ups (no report time) are not listed', () =>
    expect(statsJql(QUERY, NOW)).toBe(`${PERIOD} ORDER BY created DESC`));

  it.each([
    [{ kind: 'reports' } as const, ''],
    [{ kind: 'incidents' } as const, ' AND incidentTriage = "incident"'],
    [{ kind: 'overdue-postmortems' } as const, ' AND incidentPostmortem = "due" AND incidentPostmortemDue < "2026-11-22"'],
    [{ kind: 'level', ids: ['critical'] } as const, ' AND incidentTriage = "incident" AND incidentPriority in ("critical")'],
    [{ kind: 'level', ids: [null] } as const, ' AND incidentTriage = "incident" AND incidentPriority IS EMPTY'],
    [
      { kind: 'category', tags: ['0a1b', null] } as const,
      ' AND incidentTriage = "incident" AND (incidentCategoryTag in ("0a1b") OR incidentCategoryTag IS EMPTY)',
    ],
    [{ kind: 'component', names: ['VPN', 'Mail "gateway"'] } as const, ' AND incidentTriage = "incident" AND component in ("VPN", "Mail \\"gateway\\"")'],
  ])('%j', (what, clause) => expect(drillDownJql(QUERY, NOW, what)).toBe(`${PERIOD}${clause} ORDER BY created DESC`));
});

describe('a chart that keeps the top 8', () => {
  const rows: CountView[] = Array.from({ length: 11 }, (_, i) => ({ id: `c${i}`, label: `Category ${i}`, count: 20 - i, previous: 1 }));

  it('says so and shows the rest as one "Other" bar that searches for all of them', () => {
    const chart = keepTop(rows, 8, 'categories', (rest) => `rest: ${rest.map((r) => r.id).join(',')}`);
    expect(chart.caption).toBe('Top 8 of 11 categories');
    expect(chart.rows.map((r) => r.label)).toEqual([...rows.slice(0, 8).map((r) => r.label), 'Other (3 more)']);
    expect(chart.rows[8]).toMatchObject({ count: 12 + 11 + 10, previous: 3, jql: 'rest: c8,c9,c10' });
  });

  it('says nothing when every row fits', () =>
    expect(keepTop(rows.slice(0, 8), 8, 'categories', () => null)).toEqual({ rows: rows.slice(0, 8), caption: null }));
});

describe('postmortem figures', () => {
  const facts = (day: string, state: IncidentStatsFacts['postmortem']['state'], dueDay: string | null): IncidentStatsFacts => ({
    project: 'SEC',
    day,
    exercise: false,
    triage: 'incident',
    category: 'phishing',
    priority: 'high',
    cia: [],
    components: [],
    open: false,
    times: { acknowledge: 600_000, contain: null, resolve: 3_600_000 },
    sla: {},
    legal: { met: 0, late: 0, missed: 0 },
    postmortem: { state, dueDay },
  });

  it('count overdue among the same incidents as required and published: due before today and not published', () => {
    const shards: ShardCells = {};
    for (const f of [
      facts('2026-11-01', 'published', null),
      facts('2026-11-02', 'due', '2026-11-10'), // overdue
      facts('2026-11-20', 'due', '2026-11-25'), // not yet due
      facts('2026-11-21', 'not-required', null),
      facts('2026-08-01', 'due', '2026-08-10'), // overdue, but reported before the period
    ])
      addCells(shards, contributionCells(f, []), 1);
    const view = buildStatsView(
      shards,
      { ...QUERY, grouping: 'week', from: undefined, to: undefined, hourlyRate: 0, currency: 'EUR', hideNames: false, refreshMinutes: 0 },
      NOW,
      { levels: [], categories: [] },
      '',
    );
    expect(view.postmortems).toEqual({ required: 3, published: 1, overdue: 1 });
    expect(view.postmortems.overdue).toBeLessThanOrEqual(view.postmortems.required - view.postmortems.published);
  });

  it('give the trend of median times per bucket', () => {
    const shards: ShardCells = {};
    addCells(shards, contributionCells(facts('2026-11-17', 'not-required', null), []), 1);
    const view = buildStatsView(
      shards,
      { ...QUERY, grouping: 'week', hourlyRate: 0, currency: 'EUR', hideNames: false, refreshMinutes: 0 },
      NOW,
      { levels: [], categories: [] },
      '',
    );
    const week = view.series.find((s) => s.bucket === '2026-11-16')!;
    // 10 minutes and 1 hour fall in the bins 5-15 min and 1-2 h: the median of one is its bin's middle.
    expect([week.medianAcknowledge, week.medianResolve]).toEqual([10 * 60_000, 90 * 60_000]);
    expect(view.series.find((s) => s.bucket === '2026-11-09')).toMatchObject({ medianAcknowledge: null, medianResolve: null });
  });
});
