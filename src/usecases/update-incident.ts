import { saveRecord } from './save-record';
import { type AuthorLedger, claimTimelineRoom, requireRoomFor, standingOf, withTimelineRoom } from './author-budget';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { applyIncidentEdit, type IncidentEditRequest } from '../domain/incident/apply-incident-edit';
import { validateIncidentEdit } from '../domain/incident/validate-incident-edit';
import { markResponded } from '../domain/sla/incident-sla';
import type { IncidentView } from '../shared/resolver-contract';
import { AppError, staleRevision } from './app-error';
import { currentRecord } from './current-record';
import { toIncidentView } from './incident-view';
import { requireIssue } from './require-issue';
import { newestPage } from './timeline-pages';
import { type IncidentChangeDeps, publishIncidentChange } from './publish-incident-change';
import type { TimelineDraft } from '../domain/timeline/timeline-entry';

export type UpdateIncidentDeps = IncidentChangeDeps & { authors: AuthorLedger };

/**
 * A responder edits the classification: category, impact and urgency (the matrix gives the
 * priority), a manual override with its reason, CIA(A) flags, exercise. The record in storage is
 * written first (it is the truth); Jira's priority field and the indexed property then follow, as
 * the user, so Jira's own permissions apply and the changes are attributed to them.
 */
export async function updateIncident(deps: UpdateIncidentDeps, issueKey: string, accountId: string, edit: IncidentEditRequest): Promise<IncidentView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to change the incident.');
  const { record, config, intake, timelineHead } = await deps.store.getWithSettings(issue);
  const settings = config.config;
  const invalid = validateIncidentEdit(edit, settings);
  if (Object.keys(invalid).length > 0)
    throw new AppError('VALIDATION_FAILED', 'Some values are not valid for the current settings. Nothing was saved.', invalid);
  const current = currentRecord(issue, record, settings);
  const now = deps.now();
  const outcome = applyIncidentEdit(current, edit, settings.priority.matrix, accountId, now);
  if (outcome.kind === 'stale') {
    throw staleRevision(outcome.currentRevision);
  }
  if (outcome.kind === 'unchanged')
    return toIncidentView(
      issue,
      outcome.record,
      settings,
      true,
      intake?.notes ?? [],
      now,
      await newestPage(deps.timeline, issue.id, timelineHead),
      config.mirrorKey,
    );

  // A responder's first classification acknowledges the report (the acknowledge clock stops).
  const saved = markResponded(outcome.record, accountId, now);
  const standing = standingOf(accountId, record, settings);
  requireRoomFor(saved, standing, false);
  const release = await claimTimelineRoom(deps.authors, issue.id, accountId, standing, timelineHead?.seq ?? 0);
  await withTimelineRoom(release, () => saveRecord(deps.store, saved, current.revision));
  return publishIncidentChange(deps, {
    issue,
    saved,
    settings,
    mirrorKey: config.mirrorKey,
    notes: [],
    now,
    timelineHead,
    entries: editEntries(current, saved, accountId, now, edit.reason ?? null),
    priorityChanged: outcome.priorityChanged,
  });
}

/** What the timeline records of an edit: a priority change and an exercise flag change. */
function editEntries(before: IncidentRecord, after: IncidentRecord, by: string, now: string, reason: string | null): TimelineDraft[] {
  const entries: TimelineDraft[] = [];
  const base = { by, happenedAt: now, recordedAt: now, corrects: null };
  if (before.priority !== after.priority)
    entries.push({
      ...base,
      kind: 'priority',
      text: `Priority ${before.priority ?? 'not set'} to ${after.priority ?? 'not set'}${reason ? ` (${reason})` : ''}`,
      data: { from: before.priority, to: after.priority },
    });
  if (before.exercise !== after.exercise)
    entries.push({ ...base, kind: 'exercise', text: after.exercise ? 'Marked as an exercise' : 'No longer an exercise', data: { exercise: after.exercise } });
  return entries;
}
