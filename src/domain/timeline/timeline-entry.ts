/**
 * One entry of an incident's timeline: the who, what, where, when and why that responders are
 * trained to write down as they go (seed 002, incident-practice.md), plus what the app itself
 * records. Entries are only ever added; a correction is a new entry that names the one it corrects.
 */

/** Kinds people add by hand from the panel's quick-add. */
export const PERSON_ENTRY_KINDS = ['note', 'action', 'decision', 'evidence', 'communication'] as const;
export type PersonEntryKind = (typeof PERSON_ENTRY_KINDS)[number];

/** Kinds the app adds when something happens elsewhere in the incident. */
export const SYSTEM_ENTRY_KINDS = [
  'role',
  'phase',
  'runbook',
  'custody',
  'priority',
  'sla-escalation',
  'legal',
  'exercise',
  'report',
  'follow-up',
  'alert',
  'paging',
] as const;
export type SystemEntryKind = (typeof SYSTEM_ENTRY_KINDS)[number];

export type TimelineEntryKind = PersonEntryKind | SystemEntryKind;

/** Structured details (an evidence item's hash, a role and who holds it): flat, so the canonical form stays simple. */
export type EntryData = Record<string, string | number | boolean | null>;

/** What a writer supplies; the chain adds the sequence number and the hashes. */
export interface TimelineDraft {
  kind: TimelineEntryKind;
  /** What happened, in the writer's words (or the app's, for system entries). */
  text: string;
  /** When it happened: may be earlier than `recordedAt` when a responder backfills. */
  happenedAt: string;
  /** When the app wrote it down (the server's clock, never the browser's). */
  recordedAt: string;
  /** Account id of the person; null when the app recorded it on its own (a sweep, an event). */
  by: string | null;
  /** The sequence number of the entry this one corrects, if any. */
  corrects: number | null;
  data: EntryData | null;
}

/** The hashed part of an entry: everything but its own hash. */
export interface TimelineEntryBody extends TimelineDraft {
  /** Version of the canonical form, so a later format can still verify old entries. */
  v: 1;
  issueId: string;
  /** 1, 2, 3, ... without gaps: a missing number is a deleted entry. */
  seq: number;
  /** The previous entry's hash; GENESIS_HASH for the first entry. */
  prevHash: string;
}

export interface TimelineEntry extends TimelineEntryBody {
  /** SHA-256 (hex) of the canonical form (RFC 8785) of the body. */
  hash: string;
}

/** The link the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** Where a chain ends: the next entry gets `seq + 1` and `prevHash = hash`. */
export interface ChainLink {
  seq: number;
  hash: string;
}

export const GENESIS_LINK: ChainLink = { seq: 0, hash: GENESIS_HASH };

/** Text limits: an entry stays far below the 240 KiB storage limit. */
export const TIMELINE_TEXT_MAX = 4000;
