/**
 * The evidence register: what was collected, its SHA-256, where from, who collected it and when,
 * and every custody hand-off (seed 002: evidence kept so that it cannot easily be deleted;
 * incident-practice.md: chain of custody is what the best tools lack). Items and hand-offs are
 * only added; each is also written to the hash-chained timeline.
 */
export interface CustodyHandOff {
  from: string;
  to: string;
  at: string;
  why: string;
  recordedBy: string;
  recordedAt: string;
}

export interface EvidenceItem {
  id: string;
  item: string;
  sha256: string;
  /** Whether the hash was given by the collector or computed by the app from pasted text. */
  hashSource: 'given' | 'computed';
  source: string;
  collectedBy: string;
  collectedAt: string;
  recordedBy: string;
  recordedAt: string;
  custody: CustodyHandOff[];
}

/** Who holds the item now: the last hand-off's recipient, else its collector. */
export const holderOf = (item: EvidenceItem): string => item.custody.at(-1)?.to ?? item.collectedBy;

/** A SHA-256 as people paste it: 64 hex digits, any case, maybe with spaces or colons. */
export function normaliseSha256(given: string): string | null {
  const hex = given.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/** The register keeps at most this many items in the incident record (each is also in the timeline). */
export const MAX_EVIDENCE_ITEMS = 200;
export const MAX_CUSTODY_HANDOFFS = 50;
