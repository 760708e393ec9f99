import type { IncidentPurge } from './ports';
import { refreshIncidentStats, type RefreshStatsDeps } from './refresh-incident-stats';

export interface PurgeDeletedIssueDeps extends RefreshStatsDeps {
  purge: IncidentPurge;
}

/**
 * A deleted issue takes its incident data with it (data minimisation: the record, timeline,
 * reports and escalation ledger hold personal data). Its share of the statistics is removed; a
 * deleted follow-up's work leaves its incident's hours. Safe to repeat: a second delivery finds
 * nothing to remove.
 */
export async function purgeDeletedIssue(deps: PurgeDeletedIssueDeps, issueId: string): Promise<{ keys: number; followUpOf: string | null }> {
  const followUpOf = await deps.stats.followUpOf(issueId);
  // Busy means another writer held the incident's statistics for 15 s: fail, and the event is logged for the reconcile.
  if ((await deps.stats.update(issueId, () => null)) === 'busy') throw new Error(`statistics of ${issueId} busy; contribution not removed`);
  const keys = await deps.purge.purge(issueId, followUpOf);
  if (followUpOf) await refreshIncidentStats(deps, followUpOf, 'work');
  return { keys, followUpOf };
}
