import { incidentTombstone } from '../domain/incident/tombstone';
import { GENESIS_LINK } from '../domain/timeline/timeline-entry';
import { chainEnd } from './append-to-timeline';
import type { IncidentPurge, TombstoneStore } from './lifecycle-ports';
import type { ConfigStore, IncidentStore, TimelineLog } from './ports';
import { refreshIncidentStats, type RefreshStatsDeps } from './refresh-incident-stats';

export interface PurgeDeletedIssueDeps extends RefreshStatsDeps {
  purge: IncidentPurge;
  incidents: Pick<IncidentStore, 'get'>;
  timeline: TimelineLog;
  tombstones: TombstoneStore;
  config: ConfigStore;
}

/** Who deleted the issue and when, from the deletion event. */
export interface Deletion {
  issueKey: string;
  at: string;
  by: string | null;
}

/**
 * A deleted issue takes its incident data with it (data minimisation: the record, timeline,
 * reports and escalation ledger hold personal data), but first an incident leaves a tombstone:
 * what existed, its chain's last hash, its evidence hashes, who deleted it and when, kept for the
 * settings' retention period. Its share of the statistics is removed; a deleted follow-up's work
 * leaves its incident's hours. Safe to repeat: a second delivery finds nothing to remove and no
 * record to write a tombstone from (the first one stays).
 */
export async function purgeDeletedIssue(
  deps: PurgeDeletedIssueDeps,
  issueId: string,
  deletion: Deletion,
): Promise<{ keys: number; followUpOf: string | null; tombstone: boolean }> {
  const record = await deps.incidents.get(issueId);
  if (record) {
    const { config } = await deps.config.get();
    const chain = await chainEnd(deps.timeline, issueId, (await deps.timeline.headHint(issueId)) ?? GENESIS_LINK);
    const retention = config.response.deletedRetentionDays;
    await deps.tombstones.put(incidentTombstone(record, chain, deletion, retention), retention);
  }
  const followUpOf = await deps.stats.followUpOf(issueId);
  // Busy means another writer held the incident's statistics for 15 s: fail, and the event is logged for the reconcile.
  if ((await deps.stats.update(issueId, () => null)) === 'busy') throw new Error(`statistics of ${issueId} busy; contribution not removed`);
  const keys = await deps.purge.purge(issueId, followUpOf);
  if (followUpOf) await refreshIncidentStats(deps, followUpOf, 'work');
  return { keys, followUpOf, tombstone: record !== undefined };
}
