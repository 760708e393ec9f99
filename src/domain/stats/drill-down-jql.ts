import { jqlString } from '../postmortem/similar-incidents-query';
import { utcDay } from './stats-days';
import { periodIncidentsJql, type StatsJqlQuery } from './stats-jql';

/**
 * What a bar or a tile of the gadget counts, as the issue search that finds the same incidents. The
 * charts by category, level and component count confirmed incidents only, as the sums do
 * (stats-cells.ts), so their searches say `incidentTriage = "incident"` too.
 */
export type DrillDown =
  | { kind: 'reports' }
  | { kind: 'incidents' }
  | { kind: 'overdue-postmortems' }
  | { kind: 'category'; tags: readonly (string | null)[] }
  | { kind: 'level'; ids: readonly (string | null)[] }
  | { kind: 'component'; names: readonly string[] };

const CONFIRMED = 'incidentTriage = "incident"';

/**
 * The JQL of one drill-down in the gadget's period; null values stand for "not set" (the sums' "-").
 * "Overdue" is by UTC day, as the sums count it: due before today and not published.
 * @example drillDownJql({ projects: ['SEC'], period: '30d', includeExercises: true }, Date.parse('2026-11-22T10:00:00Z'), { kind: 'level', ids: ['critical'] }) // 'project in ("SEC") AND incidentReportedAt >= "2026-10-24" AND incidentReportedAt < "2026-11-23" AND incidentTriage = "incident" AND incidentPriority in ("critical") ORDER BY created DESC'
 */
export function drillDownJql(query: StatsJqlQuery, now: number, what: DrillDown): string {
  return `${periodIncidentsJql(query, now)}${clauseOf(what, now)} ORDER BY created DESC`;
}

function clauseOf(what: DrillDown, now: number): string {
  switch (what.kind) {
    case 'reports':
      return '';
    case 'incidents':
      return ` AND ${CONFIRMED}`;
    case 'overdue-postmortems':
      return ` AND incidentPostmortem = "due" AND incidentPostmortemDue < ${jqlString(utcDay(now))}`;
    case 'category':
      return ` AND ${CONFIRMED} AND ${oneOf('incidentCategoryTag', what.tags)}`;
    case 'level':
      return ` AND ${CONFIRMED} AND ${oneOf('incidentPriority', what.ids)}`;
    case 'component':
      return ` AND ${CONFIRMED} AND ${oneOf('component', what.names)}`;
  }
}

/** `field in (…)`, or `field IS EMPTY` for null, or both joined by OR (in brackets). */
function oneOf(field: string, values: readonly (string | null)[]): string {
  const set = values.filter((v): v is string => v !== null);
  const parts = [...(set.length > 0 ? [`${field} in (${set.map(jqlString).join(', ')})`] : []), ...(set.length < values.length ? [`${field} IS EMPTY`] : [])];
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}
