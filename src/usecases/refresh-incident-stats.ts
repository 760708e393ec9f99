import { incidentStatsFacts } from '../domain/stats/incident-stats-facts';
import { contributionCells } from '../domain/stats/stats-cells';
import { workCalendar, workSummary } from '../domain/stats/work-summary';
import { slaFactsOf } from '../domain/sla/incident-sla';
import { withStatusChanges } from '../domain/sla/sla-facts';
import type { ConfigStore, IncidentStore } from './ports';
import type { StakeholderStore } from './stakeholder-ports';
import type { StatsSource, StatsStore, StatsUpdateOutcome } from './stats-ports';

export interface RefreshStatsDeps {
  stats: StatsStore;
  source: StatsSource;
  store: IncidentStore;
  config: ConfigStore;
  /** The incident's stakeholder updates, for how often its cadence was kept. */
  stakeholders: Pick<StakeholderStore, 'updates'>;
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
  // Only what the change can have touched is read: a worklog event reads only whether there is a record, the sweep no issue.
  const readsRecord = what !== 'work';
  const readsIssue = what === 'incident' || what === 'all';
  const [{ config }, record, issue, hasRecord, updates] = await Promise.all([
    deps.config.get(),
    readsRecord ? recordOf(deps, issueId) : undefined,
    readsIssue ? deps.source.issue(issueId) : undefined,
    readsRecord ? undefined : deps.store.get(issueId).then((r) => r !== undefined),
    readsRecord ? deps.stakeholders.updates(issueId) : [],
  ]);
  // An issue the app keeps no incident record for (another team's, outside the scope) is none of its
  // business: no work or facts are kept about it (intake refreshes everything once it is an incident).
  if ((readsRecord ? record !== undefined : hasRecord) === false) return deps.stats.update(issueId, () => null);
  const work = what === 'work' || what === 'all' ? await workOf(deps, issueId, config) : undefined;
  return deps.stats.update(issueId, (old) => {
    const known = old?.facts ? { projectKey: old.facts.project, components: old.facts.components } : null;
    const side = readsIssue ? issue : known;
    // Without a record (or the issue is gone) the incident counts for nothing; the sweep keeps what it cannot recompute.
    const nextFacts = !readsRecord
      ? (old?.facts ?? null)
      : record && side
        ? incidentStatsFacts(
            record,
            side,
            config,
            updates.map((u) => u.at),
          )
        : readsIssue
          ? null
          : (old?.facts ?? null);
    const nextWork = work === undefined ? (old?.work ?? []) : work;
    if (nextFacts === null && nextWork.length === 0) return null;
    return { facts: nextFacts, work: nextWork, cells: contributionCells(nextFacts, nextWork) };
  });
}

/** The stored record with every recorded status change (they are kept under keys of their own). */
async function recordOf(deps: RefreshStatsDeps, issueId: string) {
  const stored = await deps.store.get(issueId);
  return stored && { ...stored, sla: withStatusChanges(slaFactsOf(stored), await deps.store.statusChanges(issueId)) };
}

async function workOf(deps: RefreshStatsDeps, issueId: string, config: Awaited<ReturnType<ConfigStore['get']>>['config']) {
  const ids = [issueId, ...(await deps.stats.followUpIds(issueId))];
  const worklogs = (await Promise.all(ids.map((id) => deps.source.worklogs(id)))).flat();
  return workSummary(worklogs, workCalendar(config.sla));
}
