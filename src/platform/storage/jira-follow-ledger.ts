import { kvs, WhereConditions } from './kvs-client';
import type { JiraFollowLedger } from '../../usecases/ports';
import { storageKeys } from './storage-keys';

/** One key per incident whose Jira side may be behind (an outbox the sweep empties). */
export const jiraFollowLedger: JiraFollowLedger = {
  mark: (issueId, issueKey, at) => kvs.set(storageKeys.jiraBehind(issueId), { issueId, issueKey, at }),
  clear: (issueId) => kvs.delete(storageKeys.jiraBehind(issueId)),
  async behind(limit) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(storageKeys.jiraBehindAll()))
      .limit(Math.min(limit, 100))
      .getMany<{ issueId: string; issueKey: string; at: string }>();
    return page.results.map((r) => r.value).sort((a, b) => a.at.localeCompare(b.at));
  },
};
