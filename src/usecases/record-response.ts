import { saveRecord } from './save-record';
import { type AuthorLedger, claimTimelineRoom, requireRoomFor, standingOf, withTimelineRoom } from './author-budget';
import { applyResponseAction } from '../domain/response/apply-response-action';
import { runbookFor } from '../domain/response/runbooks';
import { MAX_HISTORY_ENTRIES, type IncidentRecord } from '../domain/incident/incident-record';
import type { IncidentView, ResponseRecordAction } from '../shared/resolver-contract';
import { AppError, staleRevision } from './app-error';
import { currentRecord } from './current-record';
import { requireIssue } from './require-issue';
import { responseFactsOf } from './response-view';
import { type IncidentChangeDeps, publishIncidentChange } from './publish-incident-change';

export type RecordResponseDeps = IncidentChangeDeps & { authors: AuthorLedger };

/**
 * A responder changes the response workspace: a role, a phase, a runbook tick, an evidence item
 * or a custody hand-off. The record (current state) is written first, then the timeline entry
 * that accounts for it; anything invalid is refused with the field to fix and nothing is stored.
 */
export async function recordResponse(deps: RecordResponseDeps, issueKey: string, accountId: string, action: ResponseRecordAction): Promise<IncidentView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to run the response.');
  const { record, config, intake, timelineHead } = await deps.store.getWithSettings(issue);
  const settings = config.config;
  const current = currentRecord(issue, record, settings);
  if (action.expectedRevision !== current.revision) throw staleRevision(current.revision);
  if (action.action === 'role' && action.accountId !== null && !(await deps.jira.userCanSee(issue.key, action.accountId))) {
    throw new AppError('VALIDATION_FAILED', 'That person cannot see this incident, so they cannot hold a role in it. Nothing was saved.', {
      accountId: 'Choose someone who can browse this issue.',
    });
  }
  const now = deps.now();
  const facts = responseFactsOf(current);
  const outcome = applyResponseAction(facts, action, {
    by: accountId,
    now,
    reportedAt: current.reportedAt,
    runbook: runbookFor(settings.response.runbooks, current.category),
    newId: `ev-${facts.evidence.length + 1}`,
  });
  if (!outcome.ok) throw new AppError('VALIDATION_FAILED', `${outcome.message} Nothing was saved.`, { [outcome.field]: outcome.message });
  const saved: IncidentRecord = {
    ...current,
    response: outcome.facts,
    revision: current.revision + 1,
    updatedAt: now,
    history: [...current.history, { at: now, by: accountId, field: `response ${action.action}`, from: null, to: outcome.entry.text, reason: null }].slice(
      -MAX_HISTORY_ENTRIES,
    ),
  };
  const standing = standingOf(accountId, record, settings);
  requireRoomFor(saved, standing, false);
  const release = await claimTimelineRoom(deps.authors, issue.id, accountId, standing, timelineHead?.seq ?? 0);
  await withTimelineRoom(release, () => saveRecord(deps.store, saved, current.revision));
  return publishIncidentChange(deps, {
    issue,
    saved,
    settings,
    mirrorKey: config.mirrorKey,
    notes: intake?.notes ?? [],
    now,
    timelineHead,
    entries: [{ ...outcome.entry, recordedAt: now }],
  });
}
