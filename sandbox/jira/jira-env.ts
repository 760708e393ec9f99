import type { AppManifest } from '../manifest';
import type { IssueStore } from '../state/issue-store';
import type { SiteClock } from '../state/site-clock';
import type { SiteState } from '../state/site-state';
import type { JiraFaults } from './jira-faults';
import type { SearchIndex } from './search-index';

/** Who is calling the emulated REST API: a person, or the app (as itself or as a user). */
export interface Caller {
  accountId: string;
  /** Changes made through the app carry selfGenerated: true, which trigger filters (ignoreSelf) use. */
  selfGenerated: boolean;
}

export interface JiraDeps {
  state: SiteState;
  issues: IssueStore;
  manifest: AppManifest;
  clock: SiteClock;
  search: SearchIndex;
  faults: JiraFaults;
  baseUrl: string;
  recordRequest?: (method: string, path: string, caller: Caller) => void;
  /** How search/jql ends its last page: with `nextPageToken: null` (default) or without the token. */
  searchLastPageToken?: () => 'null' | 'absent';
  /** What search/jql does with `key = X` / `id in (…)` naming an issue gone or hidden: 400 (default) or no match. */
  searchUnknownIssue?: () => 'error' | 'ignore';
  /** Every answer of the emulated API, for the spec check (spec-gate.ts). */
  checkResponse?: (method: string, path: string, response: Response) => Promise<void>;
}

export type JiraEnv = { Bindings: { caller: Caller } };
