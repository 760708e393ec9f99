import { entryHash } from './entry-hash';
import type { ChainLink, TimelineDraft, TimelineEntry } from './timeline-entry';

/**
 * The entry that follows `previous` in the chain of `issueId`: the next sequence number, the
 * previous entry's hash, and its own hash over all of that.
 * @example chainEntry('10001', draft, GENESIS_LINK).seq // 1
 */
export function chainEntry(issueId: string, draft: TimelineDraft, previous: ChainLink): TimelineEntry {
  const body = {
    v: 1 as const,
    issueId,
    seq: previous.seq + 1,
    prevHash: previous.hash,
    kind: draft.kind,
    text: draft.text,
    happenedAt: draft.happenedAt,
    recordedAt: draft.recordedAt,
    by: draft.by,
    corrects: draft.corrects,
    data: draft.data,
  };
  return { ...body, hash: entryHash(body) };
}

export const linkOf = (entry: TimelineEntry): ChainLink => ({ seq: entry.seq, hash: entry.hash });
