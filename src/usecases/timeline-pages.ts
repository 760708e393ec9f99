import { linkOf } from '../domain/timeline/chain-entry';
import type { ChainLink, TimelineDraft, TimelineEntry } from '../domain/timeline/timeline-entry';
import { appendToTimeline } from './append-to-timeline';
import { shownFollowUpText } from '../domain/timeline/follow-up-entry-text';
import type { TimelineEntryView, TimelinePageView } from '../shared/resolver-contract';
import type { TimelineLog } from './ports';

export const TIMELINE_BLOCK = 100;

/** Fewer entries than this in the newest block and the first screen also shows the block before. */
const THIN_BLOCK = 20;

export const blockOf = (seq: number) => Math.floor(seq / TIMELINE_BLOCK);

/** One block of entries as the panel shows it. */
export function toPage(block: number, entries: readonly TimelineEntry[]): TimelinePageView {
  return { block, entries: entries.map(toEntryView), earlier: block > 0 ? block - 1 : null };
}

const toEntryView = ({ v: _v, issueId: _i, ...view }: TimelineEntry): TimelineEntryView => shownFollowUpText(view);

/**
 * The newest block: the one the head hint points into, and the next when the hint lagged and
 * the block is full (rare: a writer was between its entry and its hint). One query, usually.
 */
export async function newestPage(log: TimelineLog, issueId: string, head: ChainLink | null): Promise<TimelinePageView> {
  // No hint: nothing was ever written (the hint follows every append), so no query.
  if (head === null) return toPage(0, []);
  let block = blockOf(head?.seq ?? 0);
  let entries = await log.block(issueId, block);
  while (entries.at(-1)?.seq === (block + 1) * TIMELINE_BLOCK - 1) {
    const next = await log.block(issueId, block + 1);
    if (next.length === 0) break;
    block++;
    entries = next;
  }
  // A newest block that has only just begun would leave the first screen nearly empty: add the one before.
  if (entries.length < THIN_BLOCK && block > 0)
    return { block: block - 1, entries: [...(await log.block(issueId, block - 1)), ...entries].map(toEntryView), earlier: block > 1 ? block - 2 : null };
  return toPage(block, entries);
}

/**
 * The first screen's blocks named but not read (the panel reads them when its Response section
 * opens, so the storage query is off the path to first paint): `block` is the newest block, and the
 * blocks after `earlier` up to it are what newestPage would have shown (the one before too, where
 * the newest has only just begun). No query.
 * @example deferredPage({ seq: 205, hash: 'h' }) // { block: 2, entries: [], earlier: 0 }: blocks 1 and 2 to read
 */
export function deferredPage(head: ChainLink | null): TimelinePageView {
  if (head === null) return toPage(0, []);
  const block = blockOf(head.seq);
  // Sequence numbers start at 1, so block 0 holds one entry fewer.
  const inNewest = head.seq - Math.max(block * TIMELINE_BLOCK, 1) + 1;
  const first = inNewest < THIN_BLOCK && block > 0 ? block - 1 : block;
  return { block, entries: [], earlier: first > 0 ? first - 1 : null };
}

/** Writes `drafts` to the timeline (in order), then reads the newest block for the view. */
export async function appendThenPage(log: TimelineLog, issueId: string, head: ChainLink | null, drafts: readonly TimelineDraft[]): Promise<TimelinePageView> {
  let last = head;
  for (const draft of drafts) last = linkOf(await appendToTimeline(log, issueId, draft));
  return newestPage(log, issueId, last);
}
