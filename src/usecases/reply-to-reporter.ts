import { doc, hardBreak, p, text } from '@atlaskit/adf-utils/builders';
import { replySituation, reporterReply } from '../domain/triage/reporter-replies';
import { replyParagraphs } from '../shared/portal-report';
import type { ReporterReplyDraftView, ReporterReplyInput, ReporterReplySentView } from '../shared/resolver-contract';
import { appendToTimeline } from './append-to-timeline';
import { AppError } from './app-error';
import { type AuthorLedger, claimTimelineRoom, standingOf, withTimelineRoom } from './author-budget';
import { type ReaderWords, wordsForReader } from './reader-words';
import { requireIssue } from './require-issue';
import type { IncidentStore, IssueSnapshot, JiraAsUser, TimelineLog } from './ports';
import type { TimelineDraft } from '../domain/timeline/timeline-entry';

/** The comment property that marks the app's replies to the reporter. */
export const REPORTER_REPLY_PROPERTY_KEY = 'incident-response.reporter-reply';

/** Writing to the reporter as the responder: a public comment (JSM shows it on the portal and emails the customer). */
export interface ReporterReplyJira {
  addPublicComment(issueKey: string, adf: object, markerPropertyKey: string): Promise<void>;
}

export interface ReplyToReporterDeps {
  jira: JiraAsUser;
  replies: ReporterReplyJira;
  store: Pick<IncidentStore, 'getWithSettings'>;
  timeline: TimelineLog;
  authors: AuthorLedger;
  now: () => string;
  /** The reporter's language, which the prefilled reply is written in. */
  words: ReaderWords;
}

const MAY_EDIT = 'You need permission to edit this issue to reply to its reporter.';

/** Whether a security level restricts the issue: then only what the responder explicitly approves reaches the reporter. */
const isRestricted = (issue: IssueSnapshot) => issue.securityLevelId !== null;

/**
 * The prefilled reply for where the report stands (or for dismissing it), from the reporter's own
 * category (never the classification), in the reporter's language: their Jira locale, else the app's
 * default language. The responder edits it; the preview shows it as it will go.
 */
export async function draftReporterReply(
  deps: Pick<ReplyToReporterDeps, 'jira' | 'store' | 'words'>,
  issueKey: string,
  dismissing = false,
): Promise<ReporterReplyDraftView> {
  const { issue } = await requireIssue(deps.jira, issueKey, MAY_EDIT);
  const { record, config } = await deps.store.getWithSettings(issue);
  const { t, locale } = await wordsForReader(deps.words, issue.reporter, config.config);
  const situation = dismissing ? 'not-an-incident' : replySituation(record?.triage.state ?? 'event', issue.statusCategory);
  return {
    situation,
    text: reporterReply(t, situation, record?.reporter?.category ?? null),
    locale,
    restricted: isRestricted(issue),
    hasReporter: issue.reporter !== null,
  };
}

/** The reply as an ADF document: the paragraphs the preview showed, nothing added. */
export function replyDocument(reply: string) {
  return doc(...replyParagraphs(reply).map((lines) => p(...lines.flatMap((line, i) => (i === 0 ? [text(line)] : [hardBreak(), text(line)])))));
}

/**
 * Refuses, before anything is stored or sent, a reply that cannot go: no reporter, nothing to say,
 * or a restricted incident's reply without the responder's explicit check.
 */
export function requireSendableReply(issue: IssueSnapshot, input: ReporterReplyInput): void {
  if (!issue.reporter) throw new AppError('VALIDATION_FAILED', 'This issue has no reporter to reply to. Nothing was sent.');
  if (replyParagraphs(input.text).length === 0)
    throw new AppError('VALIDATION_FAILED', 'Write the reply first. Nothing was sent.', { text: 'The reply is empty.' });
  if (isRestricted(issue) && input.checkedNothingInternal !== true)
    throw new AppError(
      'VALIDATION_FAILED',
      'This incident is restricted: tick that you checked the reply says nothing the reporter may not know. Nothing was sent.',
      {
        checkedNothingInternal: 'Check the reply, then tick this.',
      },
    );
}

/** The timeline's record of a reply: its text, unless the incident is restricted (the timeline is read by more people than the reply was approved for). */
export function replyEntry(issue: IssueSnapshot, reply: string, accountId: string, now: string, sent: boolean): TimelineDraft {
  const text = !sent
    ? 'The reply to the reporter could not be sent; send it again from "Reply to the reporter"'
    : isRestricted(issue)
      ? 'Replied to the reporter (the text is kept on the request only, as the incident is restricted)'
      : `Replied to the reporter: ${reply.trim()}`;
  return { kind: 'communication', text, happenedAt: now, recordedAt: now, by: accountId, corrects: null, data: null };
}

/** Sends the reply as a public comment written as the responder. */
export const sendReply = (replies: ReporterReplyJira, issue: IssueSnapshot, reply: string) =>
  replies.addPublicComment(issue.key, replyDocument(reply), REPORTER_REPLY_PROPERTY_KEY);

/**
 * Sends the responder's reply to the reporter as a public comment written as them, and records on
 * the timeline that a reply was sent. A restricted incident's reply goes only with the responder's
 * explicit check that it says nothing the reporter may not know.
 */
export async function replyToReporter(
  deps: ReplyToReporterDeps,
  issueKey: string,
  accountId: string,
  input: ReporterReplyInput,
): Promise<ReporterReplySentView> {
  const { issue } = await requireIssue(deps.jira, issueKey, MAY_EDIT);
  requireSendableReply(issue, input);
  const { record, config, timelineHead } = await deps.store.getWithSettings(issue);
  const release = await claimTimelineRoom(deps.authors, issue.id, accountId, standingOf(accountId, record, config.config), timelineHead?.seq ?? 0);
  const now = deps.now();
  await withTimelineRoom(release, () => sendReply(deps.replies, issue, input.text));
  // The comment has gone: the timeline records it.
  await appendToTimeline(deps.timeline, issue.id, replyEntry(issue, input.text, accountId, now, true));
  return { sentAt: now };
}
