import { saveRecord } from './save-record';
import { type AuthorLedger, claimTimelineRoom, requireRoomFor, standingOf, withTimelineRoom } from './author-budget';
import { markResponded } from '../domain/sla/incident-sla';
import { decideTriage as decide, type TriageAction } from '../domain/triage/decide-triage';
import type { IncidentView } from '../shared/resolver-contract';
import { AppError, staleRevision } from './app-error';
import { currentRecord } from './current-record';
import { toIncidentView } from './incident-view';
import { requireIssue } from './require-issue';
import { newestPage } from './timeline-pages';
import { type IncidentChangeDeps, publishIncidentChange } from './publish-incident-change';

export type DecideTriageDeps = IncidentChangeDeps & { authors: AuthorLedger };

/** A responder confirms an event as an incident, dismisses it as not one, or reopens the question. */
export async function decideTriage(
  deps: DecideTriageDeps,
  issueKey: string,
  accountId: string,
  decision: { expectedRevision: number; action: TriageAction; reason?: string },
): Promise<IncidentView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to triage it.');
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
  const entries = [
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
  return publishIncidentChange(deps, {
    issue,
    saved,
    settings: config.config,
    mirrorKey: config.mirrorKey,
    notes: intake?.notes ?? [],
    now,
    timelineHead,
    entries,
  });
}
