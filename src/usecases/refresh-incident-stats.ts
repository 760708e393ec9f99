import { incidentStatsFacts } from '../domain/stats/incident-stats-facts';
import { contributionCells } from '../domain/stats/stats-cells';
import { workCalendar, workSummary } from '../domain/stats/work-summary';
import { slaFactsOf } from '../domain/sla/incident-sla';
import { withStatusChanges } from '../domain/sla/sla-facts';
import type { ConfigStore, IncidentStore } from './ports';
import type { StatsSource, StatsStore, StatsUpdateOutcome } from './stats-ports';

export interface RefreshStatsDeps {
  stats: StatsStore;
  source: StatsSource;
  store: IncidentStore;
  config: ConfigStore;
}

/**
 * What changed: the incident (record or issue), only its record (the sweep: project and components
 * are taken from the stored facts, so no Jira request), its worklogs (or a follow-up's), or all.
 */
export type StatsRefresh = 'incident' | 'record' | 'work' | 'all';

/**
 * Brings one incident's contribution to the statistics up to date by recomputing it from the
 * current state (never from the event that asked), then applying the difference to the shards.
 * So an event delivered twice, late or out of order recomputes the same thing and changes nothing.
 * A worklog on a follow-up refreshes the incident it belongs to.
 */
export async function refreshIncidentStats(deps: RefreshStatsDeps, issueId: string, what: StatsRefresh): Promise<StatsUpdateOutcome | 'follow-up'> {
  const incidentOf = await deps.stats.followUpOf(issueId);
  if (incidentOf) {
    // A follow-up is not an incident of its own: its record (if intake made one) never counts.
    if (what !== 'incident') await refreshIncidentStats(deps, incidentOf, 'work');
    await deps.stats.update(issueId, () => null);
    return 'follow-up';
  }
  const [{ config }, stored, issue] = await Promise.all([deps.config.get(), deps.store.get(issueId), what === 'work' || what === 'record' ? Promise.resolve(undefined) : deps.source.issue(issueId)]);
  const record = stored && { ...stored, sla: withStatusChanges(slaFactsOf(stored), await deps.store.statusChanges(issueId)) };
  const facts = what === 'work' || what === 'record' ? undefined : record && issue ? incidentStatsFacts(record, issue, config) : null;
  const work = what === 'incident' || what === 'record' ? undefined : await workOf(deps, issueId, config);
  return deps.stats.update(issueId, (old) => {
    const known = old?.facts ? { projectKey: old.facts.project, components: old.facts.components } : null;
    const nextFacts = what === 'record' ? (record && known ? incidentStatsFacts(record, known, config) : (old?.facts ?? null)) : facts === undefined ? (old?.facts ?? null) : facts;
    const nextWork = work === undefined ? (old?.work ?? []) : work;
    if (nextFacts === null && nextWork.length === 0) return null;
    return { facts: nextFacts, work: nextWork, cells: contributionCells(nextFacts, nextWork) };
  });
}

async function workOf(deps: RefreshStatsDeps, issueId: string, config: Awaited<ReturnType<ConfigStore['get']>>['config']) {
  const ids = [issueId, ...(await deps.stats.followUpIds(issueId))];
  const worklogs = (await Promise.all(ids.map((id) => deps.source.worklogs(id)))).flat();
  return workSummary(worklogs, workCalendar(config.sla));
}
