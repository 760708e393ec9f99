import { closedNotice } from '../domain/triage/acknowledgement';
import type { IntakeLedger, JiraAsApp } from './ports';

export interface CloseNoticeDeps {
  jira: JiraAsApp;
  ledger: IntakeLedger;
  now: () => string;
}

export type CloseNoticeResult = 'notified' | 'already-notified' | 'not-closed' | 'issue-gone';

/**
 * Tells the reporter their report is closed (seed 000, 004), once per close transition: the
 * notice is claimed under the transition's changelog id before it is sent and released if sending
 * fails, so a repeated delivery neither doubles nor loses it. The issue is read fresh, because a
 * late event may describe a close that was already undone.
 */
export async function notifyReporterOnClose(deps: CloseNoticeDeps, issueId: string, changelogId: string): Promise<CloseNoticeResult> {
  const issue = await deps.jira.issueById(issueId);
  if (!issue) return 'issue-gone';
  if (issue.statusCategory !== 'done' || !issue.reporter) return 'not-closed';
  if (!(await deps.ledger.claimClosedNotice(issueId, changelogId, deps.now()))) return 'already-notified';
  try {
    await deps.jira.notifyReporter(issue.key, closedNotice(issue.key, issue.summary));
  } catch (e) {
    await deps.ledger.releaseClosedNotice(issueId, changelogId);
    throw e;
  }
  return 'notified';
}
