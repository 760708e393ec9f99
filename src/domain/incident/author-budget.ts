import type { ProgramSettings } from '../config/app-config';
import { type IncidentRoles, ROLE_KEYS } from '../response/incident-roles';
import { MAX_RECORD_BYTES } from './record-size';

/**
 * What one person may add to one incident. Anyone who can edit the issue may write to it, so the
 * room is shared out: the incident's responders (the program's owner and responders in the
 * settings, and whoever holds a role on the incident that someone else gave them: a role one takes
 * oneself does not count) get most of it, everyone else a little, and the last part of the record
 * only responders' legal facts may use. One person can then no longer fill an incident so that its
 * responders cannot add notes or legal facts.
 */
export type AuthorStanding = 'responder' | 'other';

/** Entries one person may add to one incident's timeline through quick-add and response changes. */
export const TIMELINE_BUDGET: Readonly<Record<AuthorStanding, number>> = { responder: 2_000, other: 100 };

/** Past this many entries only responders add to a timeline (the most it keeps is 5,000). */
export const OTHERS_TIMELINE_CEILING = 4_000;

/** The record's bytes a change may take it to: 40 KiB are kept for responders' legal facts, 40 more for responders. */
export const RECORD_CEILING = { legal: MAX_RECORD_BYTES, responder: MAX_RECORD_BYTES - 40 * 1024, other: MAX_RECORD_BYTES - 80 * 1024 } as const;

/**
 * @example authorStanding('acc-1', { commander: { accountId: 'acc-1', by: 'acc-2', at: '2026-11-20T10:00:00Z' } }, { ownerAccountId: null, responderAccountIds: [] }) // 'responder'
 */
export function authorStanding(
  accountId: string,
  roles: IncidentRoles,
  program: Pick<ProgramSettings, 'ownerAccountId' | 'responderAccountIds'>,
): AuthorStanding {
  if (accountId === program.ownerAccountId || program.responderAccountIds.includes(accountId)) return 'responder';
  const given = ROLE_KEYS.some((key) => roles[key]?.accountId === accountId && roles[key]?.by !== accountId);
  return given ? 'responder' : 'other';
}

/**
 * How many bytes a change by this person may take the record to.
 * @example recordCeiling('other', true) // 122880 (others' legal facts do not reach the legal reserve)
 */
export const recordCeiling = (standing: AuthorStanding, legal: boolean): number =>
  standing === 'other' ? RECORD_CEILING.other : legal ? RECORD_CEILING.legal : RECORD_CEILING.responder;

/**
 * Why this person may not add to a timeline that holds `entries` now, in words; null when they may.
 * @example timelineRoomRefusal('other', 4000) // 'This timeline holds 4,000 entries; the room left is kept for ...'
 */
export function timelineRoomRefusal(standing: AuthorStanding, entries: number): string | null {
  if (standing === 'responder' || entries < OTHERS_TIMELINE_CEILING) return null;
  return `This timeline holds ${entries.toLocaleString('en')} entries; the room left is kept for the incident's responders. Ask the incident commander to give you a role if you need to add more.`;
}

/**
 * Said to someone who has used their whole budget of entries on one incident.
 * @example authorBudgetSpent('other') // 'You have added 100 entries to this incident, the most someone ...'
 */
export function authorBudgetSpent(standing: AuthorStanding): string {
  const budget = TIMELINE_BUDGET[standing].toLocaleString('en');
  return standing === 'other'
    ? `You have added ${budget} entries to this incident, the most someone without a role on it may add. Ask the incident commander to give you a role, or put long logs in an attachment and note where they are.`
    : `You have added ${budget} entries to this incident, the most one person may add. Put long logs in an attachment and note where they are in the issue.`;
}

/**
 * Said when a change would take the record past what this person's changes may fill, in words.
 * @example recordFullMessage('other', false, 130_000) // "This incident's record is full for you (127 KiB of the 120 KiB ..."
 */
export function recordFullMessage(standing: AuthorStanding, legal: boolean, bytes: number): string {
  const ceiling = recordCeiling(standing, legal);
  const size = `${Math.ceil(bytes / 1024)} KiB of ${ceiling / 1024} KiB`;
  if (ceiling === MAX_RECORD_BYTES)
    return `This incident's record is full (${size}): shorten the text, or keep long material as evidence outside Jira and record its SHA-256.`;
  const kept = standing === 'other' ? "the incident's responders and their legal facts" : 'legal facts';
  return `This incident's record is full for this change (${size}; the rest of its ${MAX_RECORD_BYTES / 1024} KiB is kept for ${kept}): shorten the text, or keep long material as evidence outside Jira and record its SHA-256.`;
}
