import { chainEntry, linkOf } from '../domain/timeline/chain-entry';
import { GENESIS_LINK, type ChainLink, type TimelineDraft, type TimelineEntry } from '../domain/timeline/timeline-entry';
import { AppError } from './app-error';
import type { TimelineLog } from './ports';

/** Look-ahead per storage batch when finding the chain's end (the KVS batch limit). */
const LOOK_AHEAD = 25;
/** Enough for many more simultaneous writers than a small team has; then the caller retries later. */
const MAX_ATTEMPTS = 200;

/**
 * Appends one entry to the incident's hash chain. Writers race for the next number: each finds
 * the chain's end, links its entry to it and creates the key only if it is free. A writer that
 * loses re-reads the end and tries the number after, so concurrent writers never overwrite or
 * fork the chain and no entry is lost (optimistic concurrency without locks).
 */
export async function appendToTimeline(log: TimelineLog, issueId: string, draft: TimelineDraft): Promise<TimelineEntry> {
  let end = (await log.headHint(issueId)) ?? GENESIS_LINK;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    end = await chainEnd(log, issueId, end);
    const entry = chainEntry(issueId, draft, end);
    if (await log.create(entry)) {
      await log.setHeadHint(issueId, linkOf(entry));
      return entry;
    }
  }
  throw new AppError('CONFLICT', 'Too many people are writing to this timeline at once. Try again in a moment; nothing was saved.');
}

/** Scans forward from `from` (a hint, maybe behind) to the last entry that exists. */
export async function chainEnd(log: TimelineLog, issueId: string, from: ChainLink): Promise<ChainLink> {
  let end = from;
  for (;;) {
    const seqs = Array.from({ length: LOOK_AHEAD }, (_, i) => end.seq + 1 + i);
    const found = await log.entries(issueId, seqs);
    let moved = 0;
    for (const seq of seqs) {
      const entry = found.get(seq);
      if (!entry) break;
      end = linkOf(entry);
      moved++;
    }
    if (moved < LOOK_AHEAD) return end;
  }
}
