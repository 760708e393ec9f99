import type { OnCallView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { appendToTimeline } from './append-to-timeline';
import { type PagingActionDeps, assignQuietly } from './paging-acknowledge';
import { loadOnCall } from './paging-view';
import { requireIssue } from './require-issue';

/**
 * "Assign to me", for anyone who may edit the incident, paged or not: Jira assigns it to them as
 * themselves (their Assign issues permission applies) and the timeline says who took it. It does not
 * acknowledge a page: paging goes on until someone says "I'm on it". Already theirs: nothing is
 * written (a second click, or a rule repeating it, adds no timeline entry).
 */
export async function assignToMe(deps: PagingActionDeps, issueKey: string, accountId: string): Promise<OnCallView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to assign it to yourself.');
  if ((await deps.pagingJira.assignee(issue.key)) === accountId) return loadOnCall(deps, issueKey, accountId);
  const notes = await assignQuietly(deps, issue.key, accountId);
  if (notes.length > 0) throw new AppError('FORBIDDEN', notes[0]!);
  const now = deps.now();
  const name = (await deps.jira.displayNames([accountId]))[accountId] ?? 'Someone';
  await appendToTimeline(deps.timeline, issue.id, {
    kind: 'action',
    text: `${name} assigned the incident to themselves`,
    happenedAt: now,
    recordedAt: now,
    by: accountId,
    corrects: null,
    data: { assignee: 'self' },
  });
  return loadOnCall(deps, issueKey, accountId);
}
