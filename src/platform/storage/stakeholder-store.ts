import type { SentStakeholderUpdate } from '../../domain/stakeholders/stakeholder-update';
import type { StakeholderCadence, StakeholderStore } from '../../usecases/stakeholder-ports';
import { createOnly } from './create-only';
import { kvs, WhereConditions } from './kvs-client';
import { entriesWithPrefix } from './kvs-keys';
import { releaseLeases, takeLease } from './lease';
import { storageKeys } from './storage-keys';

/*
 * Two kinds of key: one index entry per incident whose stakeholders hear on a cadence
 * (`stakeholder-cadence:<issueId>`, holding the newest update's time and the snooze, so the sweep
 * reads everything it needs in one query, however many incidents there were over the years), and
 * one key per update (`stakeholder-update:<issueId>:<seq>`), create-only.
 */
const cadenceKey = (issueId: string) => storageKeys.stakeholderCadence(issueId);
const lockKey = (issueId: string) => storageKeys.stakeholderLock(issueId);
const fresh = (issueId: string, issueKey: string): StakeholderCadence => ({ issueId, issueKey, lastUpdate: null, snooze: null });

export const stakeholderStore: StakeholderStore = {
  get: (issueId) => kvs.get<StakeholderCadence>(cadenceKey(issueId)),
  async track(issueId, issueKey) {
    await createOnly(cadenceKey(issueId), fresh(issueId, issueKey));
  },
  untrack: (issueId) => kvs.delete(cadenceKey(issueId)),
  async update(issueId, issueKey, change) {
    if (!(await takeLease(lockKey(issueId)))) throw new Error(`the stakeholder cadence of ${issueId} is busy`);
    try {
      const current = (await kvs.get<StakeholderCadence>(cadenceKey(issueId))) ?? fresh(issueId, issueKey);
      const next = change(current);
      if (next === null) return current;
      await kvs.set(cadenceKey(issueId), next);
      return next;
    } finally {
      await releaseLeases([lockKey(issueId)]);
    }
  },
  async tracked(limit) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(storageKeys.stakeholderCadences()))
      .limit(Math.min(limit, 100))
      .getMany<StakeholderCadence>();
    return page.results.map((r) => r.value);
  },
  addUpdate: (issueId, update) => createOnly(storageKeys.stakeholderUpdate(issueId, update.seq), update),
  async updates(issueId) {
    const entries = await entriesWithPrefix<SentStakeholderUpdate>(storageKeys.stakeholderUpdatesOf(issueId));
    return entries.map((e) => e.value).sort((a, b) => a.seq - b.seq);
  },
};
