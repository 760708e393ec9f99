import { saveRecord } from './save-record';
import { type AuthorLedger, claimTimelineRoom, requireRoomFor, standingOf, withTimelineRoom } from './author-budget';
import { markResponded } from '../domain/sla/incident-sla';
import { decideTriage as decide, type TriageAction } from '../domain/triage/decide-triage';
import type { IncidentView, ReporterReplyInput } from '../shared/resolver-contract';
import { type ReporterReplyJira, replyEntry, requireSendableReply, sendReply } from './reply-to-reporter';
import { AppError, staleRevision } from './app-error';
import { currentRecord } from './current-record';
import { toIncidentView } from './incident-view';
import { requireIssue } from './require-issue';
import type { IssueSnapshot, RequestStatusJira } from './ports';
import type { TimelineDraft } from '../domain/timeline/timeline-entry';
import { newestPage } from './timeline-pages';
import { type IncidentChangeDeps, publishIncidentChange } from './publish-incident-change';

/**
 * `replies`: how a dismissal reaches the reporter, as the responder: the reply, and the request moved
 * to a done status; without it no reply goes and the request stays as it is.
 */
export type DecideTriageDeps = IncidentChangeDeps & { authors: AuthorLedger; replies?: ReporterReplyJira & RequestStatusJira };

/** What the panel says when Jira would not resolve a dismissed event's request. */
export const REQUEST_STILL_OPEN_NOTE =
  'The request is still open: Jira did not let you resolve it (no transition to a done status is offered to you). Resolve it in Jira so the reporter sees it closed.';

/**
 * A responder confirms an event as an incident, dismisses it as not one, or reopens the question. A
 * dismissal may carry the reply the reporter gets (checked before anything is stored, sent once the
 * decision is stored, so the reporter never hears of a decision that was not made), and then resolves
 * the request as the responder, so the reporter sees it closed after reading the reply. If Jira
 * refuses, the dismissal stands and the panel says the request is still open.
 */
export async function decideTriage(
  deps: DecideTriageDeps,
  issueKey: string,
  accountId: string,
  decision: { expectedRevision: number; action: TriageAction; reason?: string; reply?: ReporterReplyInput },
): Promise<IncidentView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to triage it.');
  if (decision.reply) {
    if (decision.action !== 'dismiss' || !deps.replies)
      throw new AppError('VALIDATION_FAILED', 'A reply to the reporter goes with a dismissal only. Nothing was saved.');
    requireSendableReply(issue, decision.reply);
  }
  const { record, config, intake, timelineHead } = await deps.store.getWithSettings(issue);
  const current = currentRecord(issue, record, config.config);
  const now = deps.now();
  const outcome = decide(current, decision.action, decision.reason ?? null, decision.expectedRevision, accountId, now);
  if (outcome.kind === 'stale') throw staleRevision(outcome.currentRevision);
  if (outcome.kind === 'reason-required') {
    throw new AppError('VALIDATION_FAILED', 'Say why, so the decision can be reviewed later. Nothing was saved.', { reason: 'A reason is required.' });
  }
  if (outcome.kind !== 'applied')
    return toIncidentView(
      issue,
      outcome.record,
      config.config,
      true,
      intake?.notes ?? [],
      now,
      await newestPage(deps.timeline, issue.id, timelineHead),
      config.mirrorKey,
    );
  // A triage decision is a responder's first action as much as a classification is.
  const saved = markResponded(outcome.record, accountId, now);
  const standing = standingOf(accountId, record, config.config);
  requireRoomFor(saved, standing, false);
  const release = await claimTimelineRoom(deps.authors, issue.id, accountId, standing, timelineHead?.seq ?? 0);
  await withTimelineRoom(release, () => saveRecord(deps.store, saved, current.revision));
  const said = { confirm: 'Confirmed as an incident', dismiss: 'Dismissed: not an incident', reopen: 'Reopened for triage' }[decision.action];
  const entries: TimelineDraft[] = [
    {
      kind: 'decision' as const,
      text: `${said}${decision.reason ? ` (${decision.reason})` : ''}`,
      by: accountId,
      happenedAt: now,
      recordedAt: now,
      corrects: null,
      data: { triage: saved.triage.state },
    },
  ];
  const reply = decision.reply && deps.replies ? await replyWithDismissal(deps.replies, issue, decision.reply, accountId, now) : null;
  if (reply) entries.push(reply.entry);
  // A reply that did not go keeps the request open: the reporter must not see it closed without the words meant for them.
  const resolved = decision.action === 'dismiss' && deps.replies && reply?.sent !== false ? await resolveDismissedRequest(deps.replies, issue) : 'not-asked';
  if (resolved !== 'not-asked') entries.push(requestStatusEntry(resolved, accountId, now));
  return publishIncidentChange(deps, {
    issue,
    saved,
    settings: config.config,
    mirrorKey: config.mirrorKey,
    notes: [...(intake?.notes ?? []), ...(resolved === 'refused' ? [REQUEST_STILL_OPEN_NOTE] : [])],
    now,
    timelineHead,
    entries,
  });
}

/**
 * The dismissal's reply, sent once the decision is stored. The dismissal stands if Jira refuses the
 * comment: the timeline says the reply did not go, so the responder sends it again from the panel.
 */
async function replyWithDismissal(replies: ReporterReplyJira, issue: IssueSnapshot, reply: ReporterReplyInput, accountId: string, now: string) {
  const sent = await sendReply(replies, issue, reply.text).then(
    () => true,
    () => false,
  );
  return { sent, entry: replyEntry(issue, reply.text, accountId, now, sent) };
}

/**
 * Moves a dismissed event's request to a done status as the responder; one already done is left as it
 * is. Any failure leaves the dismissal standing: 'refused' (Jira busy or unreachable reads the same to
 * the responder: the request is still open).
 */
async function resolveDismissedRequest(requests: RequestStatusJira, issue: IssueSnapshot): Promise<'resolved' | 'refused' | 'not-asked'> {
  if (issue.statusCategory === 'done') return 'not-asked';
  return requests.resolveRequest(issue.key).catch(() => 'refused' as const);
}

function requestStatusEntry(outcome: 'resolved' | 'refused', accountId: string, now: string) {
  const text =
    outcome === 'resolved'
      ? 'Resolved the request: the reporter sees it closed'
      : 'The request is still open: Jira did not let it be resolved; resolve it in Jira so the reporter sees it closed';
  return {
    kind: outcome === 'resolved' ? ('action' as const) : ('note' as const),
    text,
    happenedAt: now,
    recordedAt: now,
    by: accountId,
    corrects: null,
    data: null,
  };
}
