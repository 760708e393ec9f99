import { kvs, WhereConditions } from './kvs-client';

/** KVS answers at most 100 keys per query page, and takes at most 25 keys per batch (forge-platform.md 2.1). */
const PAGE = 100;
const BATCH = 25;

/** Every entry whose key begins with the prefix, in key order, page by page. */
export async function entriesWithPrefix<T>(prefix: string): Promise<{ key: string; value: T }[]> {
  const entries: { key: string; value: T }[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<T>();
    entries.push(...page.results.map((r) => ({ key: r.key, value: r.value })));
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

/** Deletes the keys, 25 per batch. A key already gone is fine; any other failed key is an error, not a silent leftover. */
export async function deleteKeys(keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = await kvs.batchDelete(keys.slice(i, i + BATCH).map((key) => ({ key })));
    const failed = batch.failedKeys.filter((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed.length > 0) throw new Error(`Storage kept ${failed.length} key(s) it was asked to delete: ${failed.map((f) => f.error.code).join(', ')}`);
  }
}

/** The values of these keys, 25 per batch; an absent key is simply missing from the map, any other failure is thrown. */
export async function batchValues(keys: readonly string[]): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = await kvs.batchGet<unknown>(keys.slice(i, i + BATCH).map((key) => ({ key })));
    const failed = batch.failedKeys.filter((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed.length > 0) throw new Error(`Forge storage could not read ${failed.map((f) => f.key).join(', ')}: ${failed[0]!.error.message}`);
    for (const k of batch.successfulKeys) values.set(k.key, k.value);
  }
  return values;
}
