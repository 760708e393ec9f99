/**
 * What paging needs from the outside world (implemented in src/platform/storage/paging-store.ts and
 * src/platform/paging-wiring.ts).
 */
import type { PagingRecord } from '../domain/oncall/paging-record';

export interface PagingStore {
  get(issueId: string): Promise<PagingRecord | undefined>;
  /** Creates the record only if the incident has none; false when paging had begun already. */
  begin(record: PagingRecord): Promise<boolean>;
  /**
   * Changes the record under a short lease, so the sweep and an acknowledgement never lose each
   * other's writes; `change` returns null to leave it as it is. Returns the record as stored after.
   */
  update(issueId: string, change: (current: PagingRecord) => PagingRecord | null): Promise<PagingRecord | undefined>;
  /** Pagings not yet acknowledged or ended, at most `limit` (one storage query page). */
  open(limit: number): Promise<PagingRecord[]>;
}

/** Jira as the app, for what a page does: assign, and whether people can see a restricted incident. */
export interface PagingJiraAsApp {
  assign(issueKey: string, accountId: string): Promise<void>;
  /** The people of `accountIds` who can browse the issue (its security level included). */
  whoCanSee(issueKey: string, accountIds: readonly string[]): Promise<Set<string>>;
  displayNames(accountIds: readonly string[]): Promise<Record<string, string>>;
}

/** Jira as the user: assigning takes their Assign issues permission and shows their name in the history. */
export interface PagingJiraAsUser {
  assign(issueKey: string, accountId: string): Promise<void>;
  /** The issue's assignee as the user sees it (null: unassigned). */
  assignee(issueKey: string): Promise<string | null>;
}
