import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { TimelineEntryBody } from './timeline-entry';

/**
 * The SHA-256 (hex) of an entry's canonical form: JSON Canonicalization Scheme (RFC 8785), so
 * the same entry hashes the same whatever order its fields were written or stored in.
 * @example entryHash({ v: 1, issueId: '1', seq: 1, ... }) // '3f1c...' (64 hex digits)
 */
export function entryHash(body: TimelineEntryBody): string {
  const { v, issueId, seq, prevHash, kind, text, happenedAt, recordedAt, by, corrects, data } = body;
  // Only the body's own fields: whatever else a stored value carries (its hash) is not hashed.
  return sha256Hex(canonicalize({ v, issueId, seq, prevHash, kind, text, happenedAt, recordedAt, by, corrects, data })!);
}

/** SHA-256 of UTF-8 text, hex: for the entries and for evidence pasted as text. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
