import type { IncidentTombstone } from '../../domain/incident/tombstone';
import type { TombstoneStore } from '../../usecases/lifecycle-ports';
import { kvs, WhereConditions } from './kvs-client';
import { storageKeys } from './storage-keys';

/**
 * Deleted incidents' tombstones in Forge KVS, each with a TTL of the retention period, so storage
 * itself forgets them when it ends (no clean-up job). Written once: a repeated deletion event
 * finds the record gone and writes nothing.
 */
export const tombstoneStore: TombstoneStore = {
  async put(tombstone, retentionDays) {
    await kvs.set(storageKeys.tombstone(tombstone.issueId), tombstone, { ttl: { value: retentionDays, unit: 'DAYS' } });
  },
  async newest(limit) {
    const page = await kvs.query().where('key', WhereConditions.beginsWith(storageKeys.tombstones())).limit(100).getMany<IncidentTombstone>();
    return page.results
      .map((r) => r.value)
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
      .slice(0, limit);
  },
};
