import type { TimelineAddInput, TimelinePageView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { requireIssue } from './require-issue';
import { appendThenPage, toPage } from './timeline-pages';
import { chainEnd } from './append-to-timeline';
import { GENESIS_LINK } from '../domain/timeline/timeline-entry';
import { tooEarlyForIssue } from '../domain/incident/earliest-event';
import { type AuthorLedger, claimTimelineRoom, standingOf, withTimelineRoom } from './author-budget';
import type { IncidentStore, JiraAsUser, TimelineLog } from './ports';

/**
 * Entries people may add to one incident. Past it the timeline is full: the whole-timeline reads
 * (verify, reports, exports, exercises) stay bounded, and one writer cannot flood an incident. The
 * app's own entries (escalations, publications) are still recorded.
 */
export const MAX_TIMELINE_ENTRIES = 5_000;

export interface TimelineDeps {
  jira: JiraAsUser;
  timeline: TimelineLog;
  now: () => string;
}

/** Adding also reads the record and settings (who is a responder) and counts each person's entries. */
export interface TimelineAddDeps extends TimelineDeps {
  store: Pick<IncidentStore, 'getWithSettings'>;
  authors: AuthorLedger;
}

/**
 * Quick-add: a note, action, decision, evidence or communication entry, stamped with the server's
 * time as "recorded at" and the writer's "happened at" (for backfilling). It touches only the
 * timeline, never the record, so many people can write at once without conflicts.
 */
export async function addTimelineEntry(deps: TimelineAddDeps, issueKey: string, accountId: string, input: TimelineAddInput): Promise<TimelinePageView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to add to its timeline.');
  const now = deps.now();
  const happenedAt = input.happenedAt ?? now;
  if (Date.parse(happenedAt) > Date.parse(now) + 60_000)
    throw new AppError('VALIDATION_FAILED', 'An entry cannot happen in the future. Nothing was saved.', { happenedAt: 'Give a time in the past.' });
  const tooEarly = tooEarlyForIssue(happenedAt, issue.created);
  if (tooEarly) throw new AppError('VALIDATION_FAILED', `${tooEarly} Nothing was saved.`, { happenedAt: tooEarly });
  if (input.corrects !== undefined) {
    const found = await deps.timeline.entries(issue.id, [input.corrects]);
    if (!found.has(input.corrects))
      throw new AppError('VALIDATION_FAILED', 'There is no such entry to correct. Nothing was saved.', {
        corrects: `Entry #${input.corrects} does not exist.`,
      });
  }
  const { record, config, timelineHead } = await deps.store.getWithSettings(issue);
  const head = await chainEnd(deps.timeline, issue.id, timelineHead ?? GENESIS_LINK);
  if (head.seq >= MAX_TIMELINE_ENTRIES)
    throw new AppError(
      'VALIDATION_FAILED',
      `This incident's timeline is full: it holds ${head.seq.toLocaleString('en')} entries, the most one incident keeps (${MAX_TIMELINE_ENTRIES.toLocaleString('en')}). Nothing was saved. Put long logs in an attachment and note where they are in the issue.`,
      { text: 'The timeline is full.' },
    );
  const release = await claimTimelineRoom(deps.authors, issue.id, accountId, standingOf(accountId, record, config.config), head.seq);
  return withTimelineRoom(release, () =>
    appendThenPage(deps.timeline, issue.id, head, [
      { kind: input.kind, text: input.text, happenedAt, recordedAt: now, by: accountId, corrects: input.corrects ?? null, data: null },
    ]),
  );
}

/** Earlier blocks, for "load earlier". */
export async function timelinePage(deps: TimelineDeps, issueKey: string, block: number): Promise<TimelinePageView> {
  const { issue } = await requireIssue(deps.jira, issueKey);
  return toPage(block, await deps.timeline.block(issue.id, block));
}
