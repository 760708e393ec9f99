import type { CountView, ResponseTimeView, SlaComplianceView, StatsGrouping, StatsQueryInput, StatsTotals, StatsView } from '../../shared/stats-contract';
import { binQuantile, DURATION_BIN_COUNT } from './duration-bins';
import { type Cell, type ShardCells, monthShardId, openShardId } from './stats-cells';
import { daysBetween, dayDiff, monthsBetween, utcDay } from './stats-days';
import { type DayRange, statsPeriod } from './stats-period';
import { chartSearches, topChart, withSearches } from './chart-searches';
import { drillDownJql } from './drill-down-jql';

export interface StatsLabels {
  /** Priority levels, highest first, with their names. */
  levels: { id: string; label: string }[];
  categories: { id: string; label: string }[];
  /** The mirror's keyed tag of a category (mirror-tag.ts), for the category bars' searches; without it they have none. */
  categoryTag?: (id: string) => string;
}

const CLOCKS = ['acknowledge', 'contain', 'resolve'] as const;
const CLOCK_CODE = { acknowledge: 'ack', contain: 'con', resolve: 'res' } as const;
const CIA_LABELS: Record<string, string> = { c: 'Confidentiality', i: 'Integrity', a: 'Availability', au: 'Authenticity' };
const AGE_BUCKETS = [
  { label: 'under 1 day', max: 1 },
  { label: '1-7 days', max: 7 },
  { label: '7-30 days', max: 30 },
  { label: '30-90 days', max: 90 },
  { label: 'over 90 days', max: Infinity },
];

/** The month shards a gadget reads for a query: every project's months of both periods, and its open shard. */
export function shardIdsFor(query: Pick<StatsQueryInput, 'projects' | 'period' | 'from' | 'to'>, now: number): string[] {
  const { current, previous } = statsPeriod(query.period, now, query);
  const months = monthsBetween(previous.from, current.to);
  return query.projects.flatMap((p) => [...months.map((m) => monthShardId(p, m)), openShardId(p)]);
}

/** Adds one day's cell(s) of the range into `into`; exercises only when asked. */
function sumDays(shards: ShardCells, projects: readonly string[], range: DayRange, exercises: boolean, each?: (day: string, cell: Cell) => void): Cell {
  const total: Cell = {};
  for (const day of daysBetween(range.from, range.to)) {
    for (const project of projects) {
      const days = shards[monthShardId(project, day.slice(0, 7))];
      if (!days) continue;
      for (const cell of [days[day], exercises ? days[`${day}:x`] : undefined]) {
        if (!cell) continue;
        for (const [k, n] of Object.entries(cell)) total[k] = (total[k] ?? 0) + n;
        each?.(day, cell);
      }
    }
  }
  return total;
}

const withPrefix = (cell: Cell, prefix: string): [string, number][] =>
  Object.entries(cell)
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, n]) => [k.slice(prefix.length), n]);

function counts(now: Cell, before: Cell, prefix: string, label: (id: string) => string, order?: readonly string[]): CountView[] {
  const ids = new Set([...withPrefix(now, prefix), ...withPrefix(before, prefix)].map(([id]) => id));
  const rows = [...ids].map((id) => ({ id, label: label(id), count: now[prefix + id] ?? 0, previous: before[prefix + id] ?? 0 }));
  return order ? rows.sort((a, b) => rank(order, a.id) - rank(order, b.id)) : rows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
const rank = (order: readonly string[], id: string) => (order.indexOf(id) === -1 ? order.length : order.indexOf(id));

function histogram(cell: Cell, clock: (typeof CLOCKS)[number], level: string | null): number[] {
  const bins = new Array<number>(DURATION_BIN_COUNT).fill(0);
  for (const [k, n] of Object.entries(cell)) {
    const [code, lvl, bin] = k.split('.');
    if (code === CLOCK_CODE[clock] && (level === null || lvl === level) && bin !== undefined) bins[Number(bin)]! += n;
  }
  return bins;
}

function totalsOf(cell: Cell, hourlyRate: number): StatsTotals {
  const seconds = withPrefix(cell, 'w.').reduce((s, [, n]) => s + n, 0);
  const met = withPrefix(cell, 'sla.')
    .filter(([k]) => k.endsWith('.met'))
    .reduce((s, [, n]) => s + n, 0);
  const missed = withPrefix(cell, 'sla.')
    .filter(([k]) => k.endsWith('.miss'))
    .reduce((s, [, n]) => s + n, 0);
  const hours = round1(seconds / 3600);
  return {
    reports: cell.rep ?? 0,
    incidents: cell.inc ?? 0,
    events: cell.evt ?? 0,
    dismissed: cell.dis ?? 0,
    hours,
    cost: Math.round(hours * hourlyRate),
    slaMet: met + missed === 0 ? null : met / (met + missed),
    medianAcknowledge: binQuantile(histogram(cell, 'acknowledge', null), 0.5),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Unpublished postmortems of the cell's incidents whose due day is before `today`. */
const overdueBy = (cell: Cell, today: string) => withPrefix(cell, 'pm.due.').reduce((n, [due, count]) => (due < today ? n + count : n), 0);

/** Monday of the day's ISO week. */
function bucketOf(day: string, grouping: StatsGrouping): string {
  if (grouping === 'month') return day.slice(0, 7);
  if (grouping === 'day') return day;
  const d = new Date(`${day}T00:00:00Z`);
  return utcDay(Date.parse(`${day}T00:00:00Z`) - ((d.getUTCDay() + 6) % 7) * 86_400_000);
}

/** The gadget's figures, from the shards of `shardIdsFor` alone: its cost does not depend on how many incidents there are. */
/** The query with its cost rate decided (the gadget's own, or the site's). */
export type RatedStatsQuery = StatsQueryInput & { hourlyRate: number; currency: string };

export function buildStatsView(shards: ShardCells, query: RatedStatsQuery, now: number, labels: StatsLabels, jql: string): StatsView {
  const { current, previous } = statsPeriod(query.period, now, query);
  const series = new Map<string, { reports: number; incidents: number; hours: number; times: Cell }>();
  for (const day of daysBetween(current.from, current.to)) series.set(bucketOf(day, query.grouping), { reports: 0, incidents: 0, hours: 0, times: {} });
  const cell = sumDays(shards, query.projects, current, query.includeExercises, (day, c) => {
    const s = series.get(bucketOf(day, query.grouping))!;
    s.reports += c.rep ?? 0;
    s.incidents += c.inc ?? 0;
    s.hours += withPrefix(c, 'w.').reduce((t, [, n]) => t + n, 0) / 3600;
    for (const [k, n] of Object.entries(c)) if (/^(ack|res)\./.test(k)) s.times[k] = (s.times[k] ?? 0) + n;
  });
  const before = sumDays(shards, query.projects, previous, query.includeExercises);
  const levelIds = labels.levels.map((l) => l.id);
  const levelLabel = (id: string) => labels.levels.find((l) => l.id === id)?.label ?? (id === '-' ? 'No priority' : id);
  const responseTimes: ResponseTimeView[] = [];
  const sla: SlaComplianceView[] = [];
  const levelsSeen = [
    ...new Set([
      ...levelIds,
      ...Object.keys(cell)
        .filter((k) => /^(ack|con|res|sla)\./.test(k))
        .map((k) => k.split('.')[1]!),
    ]),
  ];
  for (const level of levelsSeen) {
    for (const clock of CLOCKS) {
      const bins = histogram(cell, clock, level);
      const n = bins.reduce((s, c) => s + c, 0);
      if (n > 0) responseTimes.push({ level, label: levelLabel(level), clock, count: n, median: binQuantile(bins, 0.5), p90: binQuantile(bins, 0.9) });
      const met = cell[`sla.${level}.${clock}.met`] ?? 0;
      const missed = cell[`sla.${level}.${clock}.miss`] ?? 0;
      if (met + missed > 0) sla.push({ level, label: levelLabel(level), clock, met, missed });
    }
  }
  const today = utcDay(now);
  const ages = AGE_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  for (const project of query.projects) {
    for (const [key, c] of Object.entries(shards[openShardId(project)] ?? {})) {
      const [day, x] = key.split(':');
      if (x && !query.includeExercises) continue;
      const age = dayDiff(day!, today);
      if (c.open) ages[AGE_BUCKETS.findIndex((b) => age < b.max)]!.count += c.open;
    }
  }
  const people = new Map<string, { inside: number; outside: number }>();
  for (const [k, n] of withPrefix(cell, 'w.')) {
    const [side, ...rest] = k.split('.');
    const account = rest.join('.');
    const p = people.get(account) ?? { inside: 0, outside: 0 };
    if (side === 'in') p.inside += n;
    else p.outside += n;
    people.set(account, p);
  }
  const peopleRows = [...people.entries()]
    .map(([account, p]) => ({ account, insideHours: round1(p.inside / 3600), outsideHours: round1(p.outside / 3600) }))
    .sort((a, b) => b.insideHours + b.outsideHours - (a.insideHours + a.outsideHours) || a.account.localeCompare(b.account))
    .map((p, i) => ({
      accountId: query.hideNames ? null : p.account, // Display names are looked up as the viewer afterwards (load-stats.ts).
      name: query.hideNames ? `Person ${i + 1}` : 'Unknown user',
      insideHours: p.insideHours,
      outsideHours: p.outsideHours,
    }));
  const totals = totalsOf(cell, query.hourlyRate);
  const search = chartSearches(labels.categoryTag);
  const byCategory = withSearches(
    counts(cell, before, 'cat.', (id) => labels.categories.find((c) => c.id === id)?.label ?? (id === '-' ? 'Uncategorised' : id)),
    query,
    now,
    search.category,
  );
  const byComponent = withSearches(
    counts(cell, before, 'cmp.', (id) => id),
    query,
    now,
    search.component,
  );
  const insideHours = round1(withPrefix(cell, 'w.in.').reduce((s, [, n]) => s + n, 0) / 3600);
  return {
    period: current,
    previous,
    projects: query.projects,
    includeExercises: query.includeExercises,
    totals,
    previousTotals: totalsOf(before, query.hourlyRate),
    series: [...series.entries()].map(([bucket, s]) => ({
      bucket,
      reports: s.reports,
      incidents: s.incidents,
      hours: round1(s.hours),
      medianAcknowledge: binQuantile(histogram(s.times, 'acknowledge', null), 0.5),
      medianResolve: binQuantile(histogram(s.times, 'resolve', null), 0.5),
    })),
    byCategory,
    byPriority: withSearches(counts(cell, before, 'pri.', levelLabel, levelIds), query, now, search.level),
    byCia: counts(cell, before, 'cia.', (id) => CIA_LABELS[id] ?? id, Object.keys(CIA_LABELS)),
    byComponent,
    charts: {
      category: topChart(byCategory, 'categories', query, now, search.category),
      component: topChart(byComponent, 'components', query, now, search.component),
    },
    drillDown: {
      reports: drillDownJql(query, now, { kind: 'reports' }),
      incidents: drillDownJql(query, now, { kind: 'incidents' }),
      overduePostmortems: drillDownJql(query, now, { kind: 'overdue-postmortems' }),
    },
    responseTimes,
    sla,
    legal: { met: cell['leg.met'] ?? 0, late: cell['leg.late'] ?? 0, missed: cell['leg.miss'] ?? 0 },
    postmortems: { required: cell['pm.req'] ?? 0, published: cell['pm.pub'] ?? 0, overdue: overdueBy(cell, today) },
    cadence: { incidents: cell['cad.inc'] ?? 0, updates: cell['cad.upd'] ?? 0, onTime: cell['cad.ok'] ?? 0 },
    openByAge: ages,
    work: {
      insideHours,
      outsideHours: round1(totals.hours - insideHours),
      cost: totals.cost,
      currency: query.currency,
      hourlyRate: query.hourlyRate,
      people: peopleRows,
    },
    jql,
    computedAt: new Date(now).toISOString(),
  };
}
