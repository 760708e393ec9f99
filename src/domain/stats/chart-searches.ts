import type { CountView, TopChartView } from '../../shared/stats-contract';
import { type DrillDown, drillDownJql } from './drill-down-jql';
import { keepTop } from './keep-top';
import type { StatsJqlQuery } from './stats-jql';

/** The charts that keep their largest rows; the rest become "Other". */
export const CHART_TOP = 8;

/** Which incidents some rows of a chart count, as a drill-down; null where Jira has no field to search. */
export type RowsSearch = (ids: readonly string[]) => DrillDown | null;

/** The sums' id for "not set" (an incident without category or level): "IS EMPTY" in the search. */
const unset = (id: string) => (id === '-' ? null : id);

/** Searches for the charts by category (by the mirror's keyed tag), level and component. */
export function chartSearches(categoryTag: ((id: string) => string) | undefined): Record<'category' | 'level' | 'component', RowsSearch> {
  return {
    category: (ids) => (categoryTag ? { kind: 'category', tags: ids.map((id) => (id === '-' ? null : categoryTag(id))) } : null),
    level: (ids) => ({ kind: 'level', ids: ids.map(unset) }),
    component: (ids) => ({ kind: 'component', names: ids }),
  };
}

/**
 * Each row with the search that finds what it counts in the period.
 * @example withSearches([{ id: 'critical', … }], q, now, chartSearches(undefined).level)[0].jql // '… AND incidentPriority in ("critical") ORDER BY created DESC'
 */
export function withSearches(rows: readonly CountView[], query: StatsJqlQuery, now: number, search: RowsSearch): CountView[] {
  return rows.map((row) => {
    const what = search([row.id]);
    return what === null ? row : { ...row, jql: drillDownJql(query, now, what) };
  });
}

/** A top-N chart whose "Other" row searches for every row it folded. */
export function topChart(rows: readonly CountView[], noun: string, query: StatsJqlQuery, now: number, search: RowsSearch): TopChartView {
  return keepTop(rows, CHART_TOP, noun, (rest) => {
    const what = search(rest.map((r) => r.id));
    return what === null ? null : drillDownJql(query, now, what);
  });
}
