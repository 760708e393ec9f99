import { markResponded, slaFactsOf } from '../domain/sla/incident-sla';
import { acknowledgedText } from '../domain/oncall/paging-words';
import type { TimelineDraft } from '../domain/timeline/timeline-entry';
import type { OnCallView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { appendToTimeline } from './append-to-timeline';
import type { PagingJiraAsUser, PagingStore } from './paging-ports';
import { loadOnCall } from './paging-view';
import type { IssueSnapshot } from './ports';
import { type IncidentChangeDeps, publishIncidentChange } from './publish-incident-change';
import { requireIssue } from './require-issue';

export interface PagingActionDeps extends IncidentChangeDeps {
  paging: PagingStore;
  pagingJira: PagingJiraAsUser;
}

export const NOTHING_TO_ACKNOWLEDGE = 'Nobody is being paged for this incident, so there is nothing to acknowledge. Use "Assign to me" to take it.';

/**
 * "I'm on it": someone who can edit the incident acknowledges its paging. The first acknowledgement
 * wins (written under the paging record's lease); it stops further pages, assigns the incident to them as themselves,
 * says so in the timeline, and stops the acknowledge clock if nobody had responded yet (an
 * incident taken in from an alert). A second person gets who was first, in words.
 */
export async function acknowledgePage(deps: PagingActionDeps, issueKey: string, accountId: string): Promise<OnCallView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to say you are on it.');
  const paging = await deps.paging.get(issue.id);
  if (!paging || paging.endedAt !== null) throw new AppError('CONFLICT', NOTHING_TO_ACKNOWLEDGE);
  if (paging.acknowledgedBy === accountId) return loadOnCall(deps, issueKey, accountId);
  if (paging.acknowledgedBy !== null) throw await alreadyOnIt(deps, paging.acknowledgedBy);
  const now = deps.now();
  // Under the record's lease: of two acknowledgements at once, the first written wins.
  const after = await deps.paging.update(issue.id, (c) =>
    c.acknowledgedBy === null && c.endedAt === null ? { ...c, acknowledgedBy: accountId, acknowledgedAt: now } : null,
  );
  if (!after || after.acknowledgedBy === null) throw new AppError('CONFLICT', NOTHING_TO_ACKNOWLEDGE);
  if (after.acknowledgedBy !== accountId) throw await alreadyOnIt(deps, after.acknowledgedBy);
  const notes = await assignQuietly(deps, issue.key, accountId);
  const name = (await deps.jira.displayNames([accountId]))[accountId] ?? 'Someone';
  await recordResponse(deps, issue, accountId, now, {
    kind: 'paging',
    text: acknowledgedText(name),
    happenedAt: now,
    recordedAt: now,
    by: accountId,
    corrects: null,
    data: { paging: 'acknowledged' },
  });
  return loadOnCall(deps, issueKey, accountId, notes);
}

async function alreadyOnIt(deps: PagingActionDeps, who: string): Promise<AppError> {
  const name = (await deps.jira.displayNames([who]))[who] ?? 'Someone else';
  return new AppError('CONFLICT', `${name} is already on it: paging stopped when they said so.`);
}

/** The acknowledgement stands whatever Jira says about the assignment; the panel says what Jira refused. */
export async function assignQuietly(deps: Pick<PagingActionDeps, 'pagingJira'>, issueKey: string, accountId: string): Promise<string[]> {
  try {
    await deps.pagingJira.assign(issueKey, accountId);
    return [];
  } catch {
    return ['Jira did not let you assign the issue to yourself (the Assign issues permission): ask a project admin, or assign it in Jira.'];
  }
}

/**
 * The timeline's entry; when nobody had responded to the incident yet, the record marks the response
 * too (and Jira's mirror follows through the usual path). A colleague's change meanwhile wins: the
 * entry is then written alone.
 */
async function recordResponse(deps: PagingActionDeps, issue: IssueSnapshot, accountId: string, now: string, entry: TimelineDraft): Promise<void> {
  const { record, config, timelineHead } = await deps.store.getWithSettings(issue);
  if (record && slaFactsOf(record).respondedAt === null) {
    const saved = { ...markResponded(record, accountId, now), revision: record.revision + 1, updatedAt: now };
    if ((await deps.store.putIfRevision(saved, record.revision)).saved) {
      await publishIncidentChange(deps, { issue, saved, settings: config.config, mirrorKey: config.mirrorKey, notes: [], now, timelineHead, entries: [entry] });
      return;
    }
  }
  await appendToTimeline(deps.timeline, issue.id, entry);
}
