import { entryHash } from './entry-hash';
import { GENESIS_LINK, type ChainLink, type TimelineEntry } from './timeline-entry';

/** Why an entry breaks the chain. */
export type ChainProblem =
  /** Its content no longer matches its own hash: it was edited after it was written. */
  | 'altered'
  /** It does not point at the previous entry's hash: an entry before it was altered or replaced. */
  | 'relinked'
  /** Its number is not the next one: entries before it were deleted (or it belongs elsewhere). */
  | 'missing-before'
  /** It claims to belong to another incident: it was copied in. */
  | 'foreign'
  /** The chain ends before the last entry the app knows it wrote: entries at the end were deleted. */
  | 'truncated';

export interface ChainBreak {
  seq: number;
  problem: ChainProblem;
}

export interface ChainVerification {
  /** Entries checked so far. */
  checked: number;
  /** The first entry that breaks the chain; null when every entry checked holds. */
  firstBreak: ChainBreak | null;
  /** Where the checked part ends, so verification can continue page by page. */
  head: ChainLink;
}

/**
 * Recomputes the chain over `entries` (in sequence order), continuing from `from` (the genesis
 * for the first page), and names the first entry that does not hold. Pure, so the same check runs
 * on one page at a time inside the 25-second limit and on a whole exported timeline.
 * @example verifyChain('10001', [e1, e2]).firstBreak // null
 */
export function verifyChain(issueId: string, entries: readonly TimelineEntry[], from: ChainLink = GENESIS_LINK, checkedBefore = 0): ChainVerification {
  let head = from;
  let checked = checkedBefore;
  for (const entry of entries) {
    checked++;
    const problem = problemOf(issueId, entry, head);
    if (problem) return { checked, firstBreak: { seq: Number.isInteger(entry.seq) ? entry.seq : head.seq + 1, problem }, head };
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { checked, firstBreak: null, head };
}

function problemOf(issueId: string, entry: TimelineEntry, previous: ChainLink): ChainProblem | null {
  if (entry.issueId !== issueId) return 'foreign';
  if (entry.seq !== previous.seq + 1) return 'missing-before';
  if (entryHash(entry) !== entry.hash) return 'altered';
  if (entry.prevHash !== previous.hash) return 'relinked';
  return null;
}
