import { z } from 'zod';
import type { BusinessCalendar } from '../sla/business-calendar';
import { workingStateAt } from '../sla/working-time';

/**
 * When a level may wake someone. 'never-at-night' is the word for Mild ("Mild never at
 * night") and, as specified, means the team's business hours; it is kept apart from
 * 'business-hours' so that the admin's choice reads as they made it. 'never': the level is not paged.
 */
export const PAGING_HOURS = ['any-hour', 'business-hours', 'never-at-night', 'never'] as const;
export type PagingHours = (typeof PAGING_HOURS)[number];

/** Paging hours by the app's priority level id ("Critical", "Serious", "Mild", or a preset's "P1"...). */
export type PagingPolicy = Record<string, PagingHours>;

/** Seed: "some can wait till Monday and some need to be fixed on Saturday at 3 AM". */
export const DEFAULT_PAGING_POLICY: PagingPolicy = { Critical: 'any-hour', Serious: 'business-hours', Mild: 'never-at-night' };

export const pagingPolicySchema = z.record(z.string().min(1).max(64), z.enum(PAGING_HOURS, 'Choose any-hour, business-hours, never-at-night or never.'));

/** `from`: when paging for the level would begin; null when the level never pages. */
export type PagingDecision = { page: true } | { page: false; from: number | null };

/**
 * Whether an incident of `level` may page someone at `atMs`; if not, from when. "Business hours"
 * are the team's business calendar (the SLA calendar: working hours, public holidays, closed days),
 * so paging and SLA clocks agree on when the team works. A level the policy does not name is not
 * paged: the admin marks the levels that page.
 * @example shouldPageNow('Serious', DEFAULT_PAGING_POLICY, berlinOffice, Date.parse('2026-12-06T02:00:00Z')) // { page: false, from: Mon 7 Dec 09:00 Berlin }
 */
export function shouldPageNow(level: string, policy: PagingPolicy, calendar: BusinessCalendar, atMs: number): PagingDecision {
  const hours = policy[level] ?? 'never';
  if (hours === 'any-hour') return { page: true };
  if (hours === 'never') return { page: false, from: null };
  const state = workingStateAt(calendar, atMs);
  return state.working ? { page: true } : { page: false, from: state.changesAt };
}
