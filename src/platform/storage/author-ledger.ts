import { kvs } from './kvs-client';
import type { AuthorLedger } from '../../usecases/author-budget';
import { createOnly } from './create-only';
import { storageKeys } from './storage-keys';

/**
 * One create-only key per entry a person adds to an incident, numbered 1..budget, and a hint of
 * the last number taken: writers scan forward from the hint, so two writers racing for the last
 * entry of a budget cannot both have it.
 */
export const authorLedger: AuthorLedger = {
  async claim(issueId, accountId, budget) {
    const hintKey = storageKeys.authorEntriesHint(issueId, accountId);
    for (let n = ((await kvs.get<number>(hintKey)) ?? 0) + 1; n <= budget; n++) {
      if (await createOnly(storageKeys.authorEntry(issueId, accountId, n), 1)) {
        await kvs.set(hintKey, n);
        return n;
      }
    }
    return null;
  },
  // The hint moves back so the next claim finds the freed number (a hint is only where scans start).
  async release(issueId, accountId, entry) {
    await kvs.delete(storageKeys.authorEntry(issueId, accountId, entry));
    await kvs.set(storageKeys.authorEntriesHint(issueId, accountId), entry - 1);
  },
};
