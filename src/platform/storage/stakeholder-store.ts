import type { SentStakeholderUpdate } from '../../domain/stakeholders/stakeholder-update';
import type { StakeholderCadence, StakeholderStore } from '../../usecases/stakeholder-ports';
import { createOnly } from './create-only';
import { kvs, WhereConditions } from './kvs-client';
import { entriesWithPrefix } from './kvs-keys';
import { releaseLeases, takeLease } from './lease';
import { storageKeys } from './storage-keys';

/*
 * Two kinds of key: one index entry per incident whose stakeholders hear on a cadence
 * (`stakeholder-cadence:<issueId>`, holding the snooze; resolved and closed incidents leave it, so
 * it holds the open ones, read a page at a time), and one key per update
 * (`stakeholder-update:<issueId>:<seq>`), claimed create-only before the update is sent (`pending`)
 * and marked delivered once Jira took the notification, so nobody reads of an update nobody received.
 */
type StoredUpdate = SentStakeholderUpdate & { pending?: true };

/** A claim older than this was left by a sender that stopped midway (a resolver runs 25 s at most): the next sender takes the number over. */
const ABANDONED_MS = 5 * 60_000;
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
  async tracked(cursor) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(storageKeys.stakeholderCadences())).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<StakeholderCadence>();
    return { items: page.results.map((r) => r.value), next: page.nextCursor ?? null };
  },
  async claimUpdate(issueId, update) {
    const key = storageKeys.stakeholderUpdate(issueId, update.seq);
    const claim: StoredUpdate = { ...update, pending: true };
    if (await createOnly(key, claim)) return true;
    // Taken: by a delivered update, one being sent now, or a claim left behind. Decided under the
    // incident's lease, so two senders never both take over the same abandoned claim.
    if (!(await takeLease(lockKey(issueId)))) return false;
    try {
      const held = await kvs.get<StoredUpdate>(key);
      if (held && !(held.pending && Date.parse(update.at) - Date.parse(held.at) > ABANDONED_MS)) return false;
      await kvs.set(key, claim);
      return true;
    } finally {
      await releaseLeases([lockKey(issueId)]);
    }
  },
  markDelivered: (issueId, update) => kvs.set(storageKeys.stakeholderUpdate(issueId, update.seq), update),
  async dropClaim(issueId, seq) {
    const key = storageKeys.stakeholderUpdate(issueId, seq);
    if ((await kvs.get<StoredUpdate>(key))?.pending) await kvs.delete(key);
  },
  async updates(issueId) {
    const entries = await entriesWithPrefix<StoredUpdate>(storageKeys.stakeholderUpdatesOf(issueId));
    return entries
      .map((e) => e.value)
      .filter((u) => !u.pending)
      .sort((a, b) => a.seq - b.seq);
  },
};
