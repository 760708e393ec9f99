/**
 * Deadline arithmetic for legal periods (§0.2, §2.4), strict by default: count from the exact
 * instant, keep the start's time of day, never extend unless the rule says so.
 */
import { DateTime } from 'luxon';
import type { LegalCalendar } from './legal-calendars';
import type { DayConvention, LegalPeriod, LegalRule } from './legal-rule';

const HOUR_MS = 3_600_000;

/**
 * The instant a period that starts at `startMs` ends.
 * - hours: elapsed time (nights, weekends, holidays and DST changes all count as they pass);
 * - calendar days and months: counted on the local calendar of `zone`, keeping the local time
 *   (a month from 31 January is the last day of February);
 * - business days: the start's day is day 0; the deadline is on the amount-th working day of
 *   `calendar`, at the cut-off when the rule has one (SEC: 17:30 ET).
 * The rule's day convention then says whether the last day ends at the start's time of day
 * ('elapsed') or at its end, and whether the start's day is day 1 (see DAY_CONVENTIONS).
 * @example addLegalPeriod(Date.parse('2026-01-31T14:00:00Z'), { amount: 1, unit: 'calendar_months' }, 'UTC', null) // Date.parse('2026-02-28T14:00:00Z')
 * @example addLegalPeriod(Date.parse('2026-11-20T09:00:00Z'), { amount: 3, unit: 'calendar_days' }, 'Asia/Singapore', null, 'end-of-nth-day') // Date.parse('2026-11-23T15:59:59.999Z')
 */
export function addLegalPeriod(
  startMs: number,
  period: LegalPeriod,
  zone: string,
  calendar: LegalCalendar | null,
  convention: DayConvention = 'elapsed',
): number {
  if (period.unit === 'hours') return startMs + period.amount * HOUR_MS;
  const start = DateTime.fromMillis(startMs, { zone: calendar?.zone ?? zone });
  const dayOneIsStart = period.dayOneIsStart || convention === 'start-day-is-day-one';
  let end: DateTime;
  if (period.unit === 'calendar_months') end = start.plus({ months: period.amount });
  else if (period.unit === 'calendar_days') end = start.plus({ days: dayOneIsStart ? period.amount - 1 : period.amount });
  else {
    if (!calendar) throw new Error(`business days need a calendar (${period.calendar ?? 'none named'})`);
    end = start;
    for (let counted = 0; counted < period.amount;) {
      end = end.plus({ days: 1 });
      if (calendar.isWorkingDay(end.toISODate()!)) counted++;
    }
  }
  return atTimeOfDay(end, period, convention).toMillis();
}

function atTimeOfDay(day: DateTime, period: LegalPeriod, convention: DayConvention): DateTime {
  if (period.cutoff) {
    const [hour, minute] = period.cutoff.split(':').map(Number);
    return day.set({ hour: hour!, minute: minute!, second: 0, millisecond: 0 });
  }
  return period.endOfDay || convention !== 'elapsed' ? day.endOf('day') : day;
}

/**
 * The instant a rule's "applies from" date begins: the start of that local day in the rule's zone,
 * not midnight UTC, so an incident in the first hours of the first day gets its clock (§2.11).
 * @example effectiveFromMs('2026-09-11', 'Europe/Brussels') // Date.parse('2026-09-10T22:00:00Z')
 */
export function effectiveFromMs(date: string, zone: string): number {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  if (!start.isValid) throw new RangeError(`not a date in ${zone}: ${date}`);
  return start.toMillis();
}

/**
 * Whether a rule governs a clock that starts at `startMs`: it has no effective date, or the clock
 * starts on or after the start of that date in the rule's zone (§2.11).
 * @example isInEffectAt({ effectiveFrom: '2026-09-11', zone: 'Europe/Brussels' }, Date.parse('2026-09-10T22:30:00Z')) // true: 00:30 in Brussels
 */
export function isInEffectAt(rule: Pick<LegalRule, 'effectiveFrom' | 'zone'>, startMs: number): boolean {
  return rule.effectiveFrom === null || startMs >= effectiveFromMs(rule.effectiveFrom, rule.zone);
}

/**
 * Moves a deadline that falls on a non-working day to the next working day, at noon (DORA RTS
 * 2025/301 Art 5(4)) or at the end of that day (Japan's roll-forward).
 */
export function rollToWorkingDay(dueMs: number, calendar: LegalCalendar, at: 'noon' | 'end-of-day'): number {
  let day = DateTime.fromMillis(dueMs, { zone: calendar.zone });
  if (calendar.isWorkingDay(day.toISODate()!)) return dueMs;
  do day = day.plus({ days: 1 });
  while (!calendar.isWorkingDay(day.toISODate()!));
  return (at === 'noon' ? day.set({ hour: 12, minute: 0, second: 0, millisecond: 0 }) : day.endOf('day')).toMillis();
}

/** 31 December, end of day, of the year the instant falls in (HIPAA 164.408(c) annual log). */
export function yearEnd(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).endOf('year').toMillis();
}
