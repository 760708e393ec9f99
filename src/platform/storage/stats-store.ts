import { kvs, WhereConditions } from './kvs-client';
import { addCells, cellsDelta, type DayCells, type ShardCells } from '../../domain/stats/stats-cells';
import type { StatsStore, StoredContribution } from '../../usecases/stats-ports';
import { releaseLeases, takeLease } from './lease';
import { storageKeys } from './storage-keys';
import { mirrorKeyFrom } from './mirror-key';

/** A shard as stored: its day cells and a version bumped on every write (the reconcile's check). */
interface StoredShard {
  v: number;
  days: DayCells;
}

/** Forge KVS batches and transactions take at most 25 keys (forge-platform.md 2.1). */
const BATCH = 25;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

const lease = (name: string) => takeLease(storageKeys.statsLock(name));
const release = (names: readonly string[]) => releaseLeases(names.map((n) => storageKeys.statsLock(n)));

async function readShards(ids: readonly string[], alsoKeys: readonly string[] = []): Promise<{ shards: Map<string, StoredShard>; also: Map<string, unknown> }> {
  const out = new Map<string, StoredShard>();
  const also = new Map<string, unknown>();
  const keys = [...alsoKeys, ...ids.map((id) => storageKeys.statsShard(id))];
  for (const part of chunks(keys, BATCH)) {
    const res = await kvs.batchGet<StoredShard>(part.map((key) => ({ key })));
    for (const k of res.successfulKeys) {
      if (alsoKeys.includes(k.key)) also.set(k.key, k.value);
      const id = ids.find((s) => storageKeys.statsShard(s) === k.key);
      if (id) out.set(id, k.value as StoredShard);
    }
  }
  return { shards: out, also };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const statsStore: StatsStore = {
  async update(issueId, next) {
    const mine = `issue:${issueId}`;
    if (!(await lease(mine))) return 'busy';
    const held = [mine];
    try {
      const old = (await kvs.get<StoredContribution>(storageKeys.statsContribution(issueId))) ?? null;
      const fresh = next(old);
      if (same(old, fresh)) return 'unchanged';
      const delta = cellsDelta(old?.cells ?? {}, fresh?.cells ?? {});
      // Shard leases in one global order, so two writers never wait on each other in a circle.
      const shardIds = Object.keys(delta).sort();
      for (const id of shardIds) {
        if (!(await lease(`shard:${id}`))) return 'busy';
        held.push(`shard:${id}`);
      }
      const { shards: stored } = await readShards(shardIds);
      const writes: { key: string; value: unknown }[] = shardIds.map((id) => {
        const shard = stored.get(id) ?? { v: 0, days: {} };
        const cells = addCells({ [id]: shard.days }, { [id]: delta[id]! }, 1);
        return { key: storageKeys.statsShard(id), value: { v: shard.v + 1, days: cells[id] ?? {} } satisfies StoredShard };
      });
      const contributionKey = storageKeys.statsContribution(issueId);
      // Shards and contribution in one all-or-nothing transaction when they fit (almost always);
      // otherwise shards first and the contribution last, and the reconcile covers a crash between.
      const parts = chunks(writes, BATCH - 1);
      for (const [i, part] of parts.entries()) {
        let tx = kvs.transact();
        for (const w of part) tx = tx.set(w.key, w.value);
        if (i === parts.length - 1) tx = fresh ? tx.set(contributionKey, fresh) : tx.delete(contributionKey);
        await tx.execute();
      }
      if (parts.length === 0) await (fresh ? kvs.set(contributionKey, fresh) : kvs.delete(contributionKey));
      return 'changed';
    } finally {
      await release(held);
    }
  },

  async shardsAndSettings(ids) {
    const { shards: stored, also } = await readShards(ids, [storageKeys.config(), storageKeys.mirrorKey()]);
    const shards: ShardCells = {};
    for (const [id, shard] of stored) shards[id] = shard.days;
    return { shards, settings: also.get(storageKeys.config()), mirrorKey: await mirrorKeyFrom(also.get(storageKeys.mirrorKey())) };
  },

  followUpOf: async (issueId) => (await kvs.get<string>(storageKeys.followUpOf(issueId))) ?? null,

  async followUpIds(incidentId) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(storageKeys.followUpsOf(incidentId)))
      .limit(100)
      .getMany<{ issueId: string }>();
    return page.results.map((r) => r.value.issueId);
  },

  async contributionsOf(issueIds) {
    const out = new Map<string, StoredContribution>();
    for (const part of chunks(issueIds, BATCH)) {
      const res = await kvs.batchGet<StoredContribution>(part.map((id) => ({ key: storageKeys.statsContribution(id) })));
      for (const k of res.successfulKeys) {
        const id = part.find((i) => storageKeys.statsContribution(i) === k.key);
        if (id) out.set(id, k.value as StoredContribution);
      }
    }
    return out;
  },

  async contributions(cursor) {
    let q = kvs.query().where('key', WhereConditions.beginsWith(storageKeys.statsContributions())).limit(100);
    if (cursor) q = q.cursor(cursor);
    const page = await q.getMany<StoredContribution>();
    return {
      items: page.results.map((r) => ({ issueId: r.key.slice(storageKeys.statsContributions().length), value: r.value })),
      ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
    };
  },

  async allShards(cursor) {
    // Month shards and open shards share the "stats:" prefix with the reconcile summary, which is skipped.
    let q = kvs.query().where('key', WhereConditions.beginsWith('stats:')).limit(100);
    if (cursor) q = q.cursor(cursor);
    const page = await q.getMany<StoredShard>();
    const items = page.results
      .filter((r) => r.key !== storageKeys.statsReconcile())
      .map((r) => ({ shardId: r.key.slice('stats:'.length), version: r.value.v, days: r.value.days }));
    return { items, ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
  },

  async replaceShard(shardId, days, version) {
    const name = `shard:${shardId}`;
    if (!(await lease(name))) return false;
    try {
      const current = (await readShards([shardId])).shards.get(shardId);
      if ((current?.v ?? 0) !== version) return false;
      if (!days || Object.keys(days).length === 0) await kvs.delete(storageKeys.statsShard(shardId));
      else await kvs.set(storageKeys.statsShard(shardId), { v: version + 1, days } satisfies StoredShard);
      return true;
    } finally {
      await release([name]);
    }
  },

  saveReconcile: (summary) => kvs.set(storageKeys.statsReconcile(), summary),
};
