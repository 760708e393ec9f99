import type { StatsQueryInput } from '../../shared/stats-contract';
import { jqlString } from '../postmortem/similar-incidents-query';
import { addDays } from './stats-days';
import { statsPeriod } from './stats-period';

/**
 * The incidents of the period, as JQL the viewer runs (restricted incidents stay hidden): issues
 * the app took in (their mirror holds the report time), by when they were reported, as the sums
 * bucket them. Follow-up tasks and the projects' other work have no report time, so the incidents
 * table and the export list the same issues the figures count. `< the day after` includes the last
 * day whole.
 * @example statsJql({ projects: ['SEC'], period: '30d', includeExercises: true }, Date.parse('2026-11-22T10:00:00Z')) // 'project in ("SEC") AND incidentReportedAt >= "2026-10-24" AND incidentReportedAt < "2026-11-23" ORDER BY created DESC'
 */
export function statsJql(query: StatsJqlQuery, now: number): string {
  return `${periodIncidentsJql(query, now)} ORDER BY created DESC`;
}

export type StatsJqlQuery = Pick<StatsQueryInput, 'projects' | 'period' | 'from' | 'to' | 'includeExercises'>;

/** The period's incidents without an order, for drill-down searches to narrow (drill-down-jql.ts). */
export function periodIncidentsJql(query: StatsJqlQuery, now: number): string {
  const { current } = statsPeriod(query.period, now, query);
  const projects = query.projects.map(jqlString).join(', ');
  return `project in (${projects}) AND incidentReportedAt >= "${current.from}" AND incidentReportedAt < "${addDays(current.to, 1)}"${exercisesClause(query)}`;
}

const exercisesClause = (query: Pick<StatsQueryInput, 'includeExercises'>) =>
  query.includeExercises ? '' : ' AND (incidentExercise IS EMPTY OR incidentExercise != "true")';

/**
 * The restricted issues of the gadget's projects (any issue security level): a viewer who may
 * browse the projects misses an incident only through its level, so comparing this JQL's count as
 * the app and as the viewer says whether the sums include incidents the viewer cannot see.
 * @example restrictedIssuesJql(['SEC']) // 'project in ("SEC") AND level IS NOT EMPTY'
 */
export function restrictedIssuesJql(projects: readonly string[]): string {
  return `project in (${projects.map(jqlString).join(', ')}) AND level IS NOT EMPTY`;
}

/**
 * The incidents the figures count (both periods, by when they were reported, as the sums bucket
 * them), for the viewer to count: a viewer who sees fewer than the sums hold misses some, whether a
 * level hides them from the viewer or also from the app (whose own count of restricted issues then
 * cannot tell). Exercises are left out when the figures leave them out.
 * @example countedIncidentsJql({ projects: ['SEC'], period: '30d', includeExercises: true }, Date.parse('2026-11-22T10:00:00Z')) // 'project in ("SEC") AND incidentReportedAt >= "2026-09-24" AND incidentReportedAt < "2026-11-23"'
 */
export function countedIncidentsJql(query: StatsJqlQuery, now: number): string {
  const { current, previous } = statsPeriod(query.period, now, query);
  const projects = query.projects.map(jqlString).join(', ');
  return `project in (${projects}) AND incidentReportedAt >= "${previous.from}" AND incidentReportedAt < "${addDays(current.to, 1)}"${exercisesClause(query)}`;
}
