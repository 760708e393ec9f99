import { closedNotice } from '../domain/triage/acknowledgement';
import type { ConfigStore, ReportLedger, JiraAsApp } from './ports';
import { type ReaderWords, wordsForReader } from './reader-words';

export interface CloseNoticeDeps {
  jira: JiraAsApp;
  ledger: ReportLedger;
  now: () => string;
  config: ConfigStore;
  /** The reporter's language for the notice. */
  words: ReaderWords;
}

export type CloseNoticeResult = 'notified' | 'already-notified' | 'not-closed' | 'issue-gone';

/**
 * Tells the reporter their report is closed (seed 000, 004), once per closing. The issue is read
 * fresh, because a late event may describe a status the issue has already left; the notice is
 * claimed under the time the issue entered "done" (statuscategorychangedate), so repeated or
 * several status events for one closing send one notice, a reopen-and-close sends another, and a
 * failed send releases the claim for the next delivery to retry. The notice carries no summary (see
 * closedNotice) and reaches the reporter only while they may still browse the issue.
 */
export async function notifyReporterOnClose(deps: CloseNoticeDeps, issueId: string): Promise<CloseNoticeResult> {
  const issue = await deps.jira.issueById(issueId);
  if (!issue) return 'issue-gone';
  if (issue.statusCategory !== 'done' || !issue.reporter) return 'not-closed';
  const closedAt = issue.statusCategoryChangedAt ?? issue.created;
  if (!(await deps.ledger.claimClosedNotice(issueId, closedAt, deps.now()))) return 'already-notified';
  try {
    const { t } = await wordsForReader(deps.words, issue.reporter, (await deps.config.get()).config);
    await deps.jira.notifyReporter(issue.key, closedNotice(t, issue.key));
  } catch (e) {
    await deps.ledger.releaseClosedNotice(issueId, closedAt);
    throw e;
  }
  return 'notified';
}
