/**
 * Jira's search index is eventually consistent: /search/jql may not yet see a change
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get,
 * "reconcileIssues"). With a lag set, searches see each changed issue as it was before the change
 * until the lag has passed, unless its id is passed in reconcileIssues.
 */
import type { IssueStore } from '../state/issue-store';
import type { StoredIssue } from '../state/site-state';

export class SearchIndex {
  lagMs = 0;
  /** The indexed view of issues changed within the lag: undefined means "not indexed yet". */
  private stale = new Map<string, StoredIssue | undefined>();

  constructor(
    private readonly issues: IssueStore,
    private readonly now: () => number,
  ) {
    issues.onBeforeMutate((issue) => {
      if (this.lagMs > 0 && !this.stale.has(issue.id)) this.stale.set(issue.id, structuredClone(issue));
    });
  }

  /** Marks a new issue as not yet indexed (creation does not pass through onBeforeMutate). */
  noteCreated(issue: StoredIssue): void {
    if (this.lagMs > 0 && !this.stale.has(issue.id)) this.stale.set(issue.id, undefined);
  }

  /** The issues as the index sees them now. */
  view(reconcileIds: ReadonlySet<string>): StoredIssue[] {
    const now = this.now();
    const result: StoredIssue[] = [];
    for (const issue of this.issues.all()) {
      if (!this.stale.has(issue.id) || reconcileIds.has(issue.id)) {
        result.push(issue);
        continue;
      }
      const changedAt = this.issues.changedAt.get(issue.id) ?? 0;
      if (now >= changedAt + this.lagMs) {
        this.stale.delete(issue.id);
        result.push(issue);
        continue;
      }
      const snapshot = this.stale.get(issue.id);
      if (snapshot) result.push(snapshot);
    }
    return result;
  }

  setLag(ms: number): void {
    this.lagMs = Math.max(0, ms);
    if (this.lagMs === 0) this.stale.clear();
  }
}
