import { DateTime } from 'luxon';

export interface TaxonomyReview {
  /** When the next review is due; null when the taxonomy was never reviewed (due now). */
  dueAt: string | null;
  due: boolean;
}

/**
 * The "what to report" list must be reviewed every 6 to 12 months (incident-practice.md A.4:
 * attack vectors change, the list should follow). Calendar months, counted in UTC.
 * @example taxonomyReview({ reviewedAt: '2026-01-31T10:00:00.000Z', reviewEveryMonths: 6 }, '2026-07-30T00:00:00.000Z') // { dueAt: '2026-07-31T10:00:00.000Z', due: false }
 */
export function taxonomyReview(taxonomy: { reviewedAt: string | null; reviewEveryMonths: number }, now: string): TaxonomyReview {
  if (taxonomy.reviewedAt === null) return { dueAt: null, due: true };
  const dueAt = DateTime.fromISO(taxonomy.reviewedAt, { zone: 'utc' }).plus({ months: taxonomy.reviewEveryMonths }).toISO()!;
  return { dueAt: new Date(dueAt).toISOString(), due: Date.parse(now) >= Date.parse(dueAt) };
}
