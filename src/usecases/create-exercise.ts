import { shownFollowUpText } from '../domain/timeline/follow-up-entry-text';
import { newIncidentRecord, type IncidentRecord } from '../domain/incident/incident-record';
import { exerciseDescription, exerciseOutline } from '../domain/response/exercise-outline';
import { EMPTY_RESPONSE_FACTS } from '../domain/response/response-facts';
import { runbookFor } from '../domain/response/runbooks';
import type { TimelineEntry } from '../domain/timeline/timeline-entry';
import type { ExerciseCreateInput } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { appendToTimeline } from './append-to-timeline';
import { currentRecord } from './current-record';
import { incidentMirror } from './incident-mirror';
import { requireIssue } from './require-issue';
import { isResolved } from './response-view';
import type { IncidentStore, IssueSnapshot, JiraAsUser, TimelineLog } from './ports';
import type { AppConfig } from '../domain/config/app-config';

/**
 * Repeated requests (a double click, a retry after a slow answer) within the window make one
 * exercise: the repeat gets the first one's key, or is told it is on its way.
 */
export interface RepeatGuard {
  begin(
    issueId: string,
    kind: string,
    windowMs: number,
  ): Promise<{ kind: 'first'; done: (made: string) => Promise<void>; release: () => Promise<void> } | { kind: 'repeat'; made: string | null }>;
}

/** Within ten minutes the same exercise request from the same incident is a repeat. */
export const EXERCISE_REPEAT_MS = 10 * 60_000;

export interface CreateExerciseDeps {
  jira: JiraAsUser;
  store: IncidentStore;
  timeline: TimelineLog;
  now: () => string;
  repeats: RepeatGuard;
}

/**
 * "New exercise from this incident": a new issue in the same project, created as the user, that
 * copies the resolved incident's category, classification and runbook, with the timeline's
 * outline in its description, flagged as an exercise (left out of statistics, no legal
 * reminders), so new team members can rehearse what really happened.
 */
export async function createExercise(deps: CreateExerciseDeps, issueKey: string, accountId: string, input: ExerciseCreateInput): Promise<{ key: string }> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to start an exercise from it.');
  const { record, config } = await deps.store.getWithSettings(issue);
  const settings = config.config;
  const source = currentRecord(issue, record, settings);
  if (source.exercise)
    throw new AppError('VALIDATION_FAILED', 'This is already an exercise: start exercises from real incidents.', { kind: 'Open the real incident.' });
  if (!isResolved(issue, source))
    throw new AppError('VALIDATION_FAILED', 'Exercises are made from resolved incidents, so the outline tells the whole story.', {
      kind: 'Resolve the incident first.',
    });
  if (!issue.projectId || !issue.issueTypeId) throw new AppError('PLATFORM_ERROR', 'Jira did not say which project and issue type this issue has.');

  const request = await deps.repeats.begin(issue.id, input.kind, EXERCISE_REPEAT_MS);
  if (request.kind === 'repeat') {
    if (request.made) return { key: request.made };
    throw new AppError('CONFLICT', 'This exercise is being created from the same request right now. Reload in a moment to see it; no second one was made.');
  }
  const created = await makeExercise(
    deps,
    { ...issue, projectId: issue.projectId, issueTypeId: issue.issueTypeId },
    source,
    settings,
    input,
    accountId,
    config.mirrorKey,
  ).catch(async (e: unknown) => {
    await request.release();
    throw e;
  });
  await request.done(created.key);
  return created;
}

async function makeExercise(
  deps: CreateExerciseDeps,
  issue: IssueSnapshot & { projectId: string; issueTypeId: string },
  source: IncidentRecord,
  settings: AppConfig,
  input: ExerciseCreateInput,
  accountId: string,
  mirrorKey: string,
): Promise<{ key: string }> {
  const entries: TimelineEntry[] = [];
  for await (const page of deps.timeline.pages(issue.id)) entries.push(...page);
  const runbook = runbookFor(settings.response.runbooks, source.category);
  // A restricted incident's exercise carries its security level, and none of its free text: not the
  // summary, not a note (the level can later be lifted from the exercise alone).
  const restricted = issue.securityLevelId !== null;
  const outline = exerciseOutline(entries.map(shownFollowUpText), source.reportedAt, !restricted);
  const created = await deps.jira.createIssue({
    projectId: issue.projectId,
    issueTypeId: issue.issueTypeId,
    summary: (restricted ? `[Exercise] From restricted incident ${issue.key}` : `[Exercise] ${issue.summary}`).slice(0, 255),
    description: exerciseDescription(issue.key, input.kind, runbook?.title ?? null, outline),
    securityLevelId: issue.securityLevelId,
  });

  const now = deps.now();
  const copied = {
    category: source.category,
    impact: source.impact,
    urgency: source.urgency,
    matrixId: source.matrixId,
    priority: source.priority,
    cia: { ...source.cia },
    exercise: true,
    triage: { state: 'incident' as const, by: accountId, at: now, reason: `Exercise from ${issue.key}` },
    response: { ...EMPTY_RESPONSE_FACTS, exerciseOf: { issueKey: issue.key, kind: input.kind } },
  };
  const fresh: IncidentRecord = { ...newIncidentRecord(created.id, now, source.matrixId), ...copied };
  let saved = fresh;
  // The created-event's intake may have made a record first: the exercise's facts win.
  if (!(await deps.store.create(fresh))) {
    const existing = (await deps.store.get(created.id)) ?? fresh;
    saved = { ...existing, ...copied, revision: existing.revision + 1, updatedAt: now };
    await deps.store.put(saved);
  }
  await deps.jira.setIncidentIndex(created.key, incidentMirror(saved, settings, now, mirrorKey));
  const entry = { by: accountId, happenedAt: now, recordedAt: now, corrects: null } as const;
  await appendToTimeline(deps.timeline, created.id, {
    ...entry,
    kind: 'exercise',
    text: `${input.kind === 'tabletop' ? 'Tabletop exercise' : 'Drill'} created from ${issue.key}, with ${outline.length} outline steps`,
    data: { source: issue.key, kind: input.kind },
  });
  await appendToTimeline(deps.timeline, issue.id, {
    ...entry,
    kind: 'exercise',
    text: `Exercise ${created.key} created from this incident`,
    data: { exercise: created.key, kind: input.kind },
  });
  return { key: created.key };
}
