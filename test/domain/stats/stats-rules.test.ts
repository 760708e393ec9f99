import { binQuantile, durationBin } from '../../../src/domain/stats/duration-bins';
import { statsPeriod } from '../../../src/domain/stats/stats-period';
import { workSummary } from '../../../src/domain/stats/work-summary';
import { DEFAULT_OFFICE_CALENDAR } from '../../../src/domain/sla/default-sla';

const MIN = 60_000;

describe('duration bins', () => {
  it.each([
    [0, 0],
    [4 * MIN, 0],
    [5 * MIN, 1],
    [59 * MIN, 3],
    [60 * MIN, 4],
    [400 * 24 * 60 * MIN, 21],
  ])('%d ms falls in bin %d', (ms, bin) => expect(durationBin(ms)).toBe(bin));

  it.each([
    [[0, 2], 0.5, 10 * MIN],
    [[4], 0.5, 2.5 * MIN],
    [[1, 0, 0, 1], 0.9, 54 * MIN],
    [[], 0.5, null],
  ])('quantile of %j at %d is %d', (counts, q, expected) => expect(binQuantile(counts, q)).toBe(expected));
});

describe('periods', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  it.each([
    ['30d', { from: '2026-10-24', to: '2026-11-22' }, { from: '2026-09-24', to: '2026-10-23' }],
    ['90d', { from: '2026-08-25', to: '2026-11-22' }, { from: '2026-05-27', to: '2026-08-24' }],
    ['quarter', { from: '2026-10-01', to: '2026-11-22' }, { from: '2026-08-09', to: '2026-09-30' }],
  ] as const)('%s', (period, current, previous) => expect(statsPeriod(period, now)).toEqual({ current, previous }));
  it('custom', () =>
    expect(statsPeriod('custom', now, { from: '2026-01-01', to: '2026-01-31' })).toEqual({
      current: { from: '2026-01-01', to: '2026-01-31' },
      previous: { from: '2025-12-01', to: '2025-12-31' },
    }));
});

describe('unplanned work', () => {
  it('splits worklogs at the office calendar (Mon-Fri 09:00-17:00 UTC) and sums per day and person', () => {
    const logs = [
      { author: 'a', started: '2026-11-20T16:00:00.000Z', timeSpentSeconds: 7200 }, // Fri: 1 h in, 1 h out
      { author: 'a', started: '2026-11-20T10:00:00.000Z', timeSpentSeconds: 1800 },
      { author: 'b', started: '2026-11-21T10:00:00.000Z', timeSpentSeconds: 3600 }, // Saturday
    ];
    expect(workSummary(logs, DEFAULT_OFFICE_CALENDAR)).toEqual([
      { day: '2026-11-20', account: 'a', inside: 5400, outside: 3600 },
      { day: '2026-11-21', account: 'b', inside: 0, outside: 3600 },
    ]);
  });
});
