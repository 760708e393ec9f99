import { kvs, WhereConditions } from './kvs-client';
import type { JiraFollowLedger } from '../../usecases/ports';
import { storageKeys } from './storage-keys';

/** One key per incident whose Jira side may be behind (an outbox the sweep empties). */
export const jiraFollowLedger: JiraFollowLedger = {
  mark: (issueId, issueKey, at, followPriority) => kvs.set(storageKeys.jiraBehind(issueId), { issueId, issueKey, at, followPriority }),
  clear: (issueId) => kvs.delete(storageKeys.jiraBehind(issueId)),
  async behind(limit) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(storageKeys.jiraBehindAll()))
      .limit(Math.min(limit, 100))
      .getMany<{ issueId: string; issueKey: string; at: string; followPriority?: boolean }>();
    // Marks written before the flag existed carry none: the mirror only.
    return page.results.map((r) => ({ ...r.value, followPriority: r.value.followPriority === true })).sort((a, b) => a.at.localeCompare(b.at));
  },
};
