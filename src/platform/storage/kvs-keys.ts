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
