import { kvs, WhereConditions } from './kvs-client';
import type { DueQueue } from '../../usecases/ports';
import { deleteKeys } from './kvs-keys';
import { storageKeys } from './storage-keys';

/**
 * The due queue: one key per scheduled look, `due:<time>:<issueId>`. KVS returns keys in order,
 * so the first page holds the earliest; the times are UTC ISO strings with ':' made safe, which
 * keeps their order.
 */
export const dueQueue: DueQueue = {
  async schedule(issueId, nextCheck) {
    if (nextCheck === null) return;
    await kvs.set(storageKeys.dueEntry(nextCheck, issueId), { issueId, at: nextCheck });
  },
  async due(now, limit) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(storageKeys.dueEntries()))
      .limit(Math.min(limit, 100))
      .getMany<{ issueId: string; at: string }>();
    return page.results.filter((r) => r.value.at <= now).map((r) => ({ entryKey: r.key, issueId: r.value.issueId, at: r.value.at }));
  },
  remove: deleteKeys,
};
