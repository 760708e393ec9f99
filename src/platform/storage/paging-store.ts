import type { PagingRecord } from '../../domain/oncall/paging-record';
import { isPagingOpen } from '../../domain/oncall/paging-record';
import type { PagingStore } from '../../usecases/paging-ports';
import { createOnly } from './create-only';
import { kvs, WhereConditions } from './kvs-client';
import { batchValues } from './kvs-keys';
import { releaseLeases, takeLease } from './lease';
import { storageKeys } from './storage-keys';

/*
 * Three kinds of key under the paging prefix, all built with storageKeys.paging: the record
 * (`paging:<issueId>`, issue ids are digits), an index entry per open paging (`paging:open:<issueId>`,
 * so the sweep's query reads open ones only, however many incidents were paged over the years),
 * and a short lease per record (`paging:lock:<issueId>`).
 */
const recordKey = (issueId: string) => storageKeys.paging(issueId);
const openKey = (issueId: string) => storageKeys.paging(`open:${issueId}`);
const lockKey = (issueId: string) => storageKeys.paging(`lock:${issueId}`);

/** Every paging key of one issue, for the purge when the issue is deleted (incident-purge.ts). */
export const pagingKeysOf = (issueId: string): string[] => [recordKey(issueId), openKey(issueId), lockKey(issueId)];

export const pagingStore: PagingStore = {
  get: (issueId) => kvs.get<PagingRecord>(recordKey(issueId)),
  async begin(record) {
    if (!(await createOnly(recordKey(record.issueId), record))) return false;
    await kvs.set(openKey(record.issueId), { issueId: record.issueId });
    return true;
  },
  async update(issueId, change) {
    if (!(await takeLease(lockKey(issueId)))) throw new Error(`paging of ${issueId} is busy`);
    try {
      const current = await kvs.get<PagingRecord>(recordKey(issueId));
      if (!current) return undefined;
      const next = change(current);
      if (next === null) return current;
      await kvs.set(recordKey(issueId), next);
      // The sweep's index holds only pagings it still has work on.
      if (!isPagingOpen(next) || next.chainDoneAt) await kvs.delete(openKey(issueId));
      else if (current.chainDoneAt || !isPagingOpen(current)) await kvs.set(openKey(issueId), { issueId });
      return next;
    } finally {
      await releaseLeases([lockKey(issueId)]);
    }
  },
  async open(limit) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(storageKeys.paging('open:')))
      .limit(Math.min(limit, 100))
      .getMany<{ issueId: string }>();
    const values = await batchValues(page.results.map((r) => recordKey(r.value.issueId)));
    return [...values.values()].map((v) => v as PagingRecord).filter(isPagingOpen);
  },
};
