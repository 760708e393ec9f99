import type { AppConfig } from '../domain/config/app-config';
import {
  authorBudgetSpent,
  type AuthorStanding,
  authorStanding,
  recordCeiling,
  recordFullMessage,
  TIMELINE_BUDGET,
  timelineRoomRefusal,
} from '../domain/incident/author-budget';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { recordBytes } from '../domain/incident/record-size';
import { AppError } from './app-error';
import { responseFactsOf } from './response-view';

/**
 * Each person's entries on one incident, counted in storage only the app writes: one create-only
 * key per entry up to the person's budget, so concurrent writers can never pass it together.
 */
export interface AuthorLedger {
  /** Takes this person's next entry on the incident: its number, or null when all `budget` are taken. */
  claim(issueId: string, accountId: string, budget: number): Promise<number | null>;
  /** Gives an entry back (the change it was for was not stored). */
  release(issueId: string, accountId: string, entry: number): Promise<void>;
}

/** The writer's standing on this incident (record not stored yet: no roles). */
export const standingOf = (accountId: string, record: IncidentRecord | undefined, settings: AppConfig): AuthorStanding =>
  authorStanding(accountId, record ? responseFactsOf(record).roles : {}, settings.program);

/**
 * Refuses, before anything is stored, a person who may not add to a timeline that holds `entries`,
 * then takes one entry of their budget. Returns how to give it back when the change is then not
 * stored (a colleague's change came first), so losing a race costs nothing.
 */
export async function claimTimelineRoom(
  ledger: AuthorLedger,
  issueId: string,
  accountId: string,
  standing: AuthorStanding,
  entries: number,
): Promise<() => Promise<void>> {
  const room = timelineRoomRefusal(standing, entries);
  if (room) throw new AppError('VALIDATION_FAILED', `${room} Nothing was saved.`, { text: 'The room left is kept for responders.' });
  const entry = await ledger.claim(issueId, accountId, TIMELINE_BUDGET[standing]);
  if (entry === null)
    throw new AppError('VALIDATION_FAILED', `${authorBudgetSpent(standing)} Nothing was saved.`, { text: 'You have used your entries on this incident.' });
  return () => ledger.release(issueId, accountId, entry);
}

/** Runs `write` with an entry of the budget taken; gives the entry back when `write` fails. */
export async function withTimelineRoom<T>(release: () => Promise<void>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    await release();
    throw e;
  }
}

/** Refuses a changed record that would pass what this person's change may fill (legal facts may use the reserve). */
export function requireRoomFor(record: IncidentRecord, standing: AuthorStanding, legal: boolean): void {
  const bytes = recordBytes(record);
  if (bytes <= recordCeiling(standing, legal)) return;
  throw new AppError('VALIDATION_FAILED', `${recordFullMessage(standing, legal, bytes)} Nothing was saved.`);
}
