import { kvs, WhereConditions } from './kvs-client';
import type { ChainLink, TimelineEntry } from '../../domain/timeline/timeline-entry';
import type { TimelineLog } from '../../usecases/ports';
import { createOnly } from './create-only';
import { storageKeys } from './storage-keys';

/** KVS answers at most 100 keys per query page and takes at most 25 keys per batch. */
const PAGE = 100;

/** The timeline in Forge KVS: one create-only key per entry, plus a head hint. */
export const timelineStore: TimelineLog = {
  headHint: async (issueId) => (await kvs.get<ChainLink>(storageKeys.timelineHead(issueId))) ?? null,
  async entries(issueId, seqs) {
    const found = new Map<number, TimelineEntry>();
    if (seqs.length === 0) return found;
    const batch = await kvs.batchGet<TimelineEntry>(seqs.map((seq) => ({ key: storageKeys.timelineEntry(issueId, seq) })));
    const failed = batch.failedKeys.filter((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed.length > 0) throw new Error(`Forge storage could not read the timeline: ${failed[0]!.error.message}`);
    for (const k of batch.successfulKeys) found.set(Number(k.key.slice(k.key.lastIndexOf(':') + 1)), k.value as TimelineEntry);
    return found;
  },
  create: (entry) => createOnly(storageKeys.timelineEntry(entry.issueId, entry.seq), entry),
  setHeadHint: (issueId, link) => kvs.set(storageKeys.timelineHead(issueId), link),
  async block(issueId, block) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(storageKeys.timelineBlock(issueId, block)))
      .limit(PAGE)
      .getMany<TimelineEntry>();
    return page.results.map((r) => r.value);
  },
  async *pages(issueId) {
    let cursor: string | undefined;
    do {
      let query = kvs
        .query()
        .where('key', WhereConditions.beginsWith(storageKeys.timelineOf(issueId)))
        .limit(PAGE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<TimelineEntry>();
      yield page.results.map((r) => r.value);
      cursor = page.nextCursor;
    } while (cursor);
  },
};
