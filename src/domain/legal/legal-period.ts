/**
 * Deadline arithmetic for legal periods (§0.2, §2.4), strict by default: count from the exact
 * instant, keep the start's time of day, never extend unless the rule says so.
 */
import { DateTime } from 'luxon';
import type { LegalCalendar } from './legal-calendars';
import type { LegalPeriod } from './legal-rule';

const HOUR_MS = 3_600_000;

/**
 * The instant a period that starts at `startMs` ends.
 * - hours: elapsed time (nights, weekends, holidays and DST changes all count as they pass);
 * - calendar days and months: counted on the local calendar of `zone`, keeping the local time
 *   (a month from 31 January is the last day of February);
 * - business days: the start's day is day 0; the deadline is on the amount-th working day of
 *   `calendar`, at the cut-off when the rule has one (SEC: 17:30 ET).
 * @example addLegalPeriod(Date.parse('2026-01-31T14:00:00Z'), { amount: 1, unit: 'calendar_months' }, 'UTC', null) // Date.parse('2026-02-28T14:00:00Z')
 */
export function addLegalPeriod(startMs: number, period: LegalPeriod, zone: string, calendar: LegalCalendar | null): number {
  if (period.unit === 'hours') return startMs + period.amount * HOUR_MS;
  const start = DateTime.fromMillis(startMs, { zone: calendar?.zone ?? zone });
  let end: DateTime;
  if (period.unit === 'calendar_months') end = start.plus({ months: period.amount });
  else if (period.unit === 'calendar_days') end = start.plus({ days: period.dayOneIsStart ? period.amount - 1 : period.amount });
  else {
    if (!calendar) throw new Error(`business days need a calendar (${period.calendar ?? 'none named'})`);
    end = start;
    for (let counted = 0; counted < period.amount;) {
      end = end.plus({ days: 1 });
      if (calendar.isWorkingDay(end.toISODate()!)) counted++;
    }
  }
  return atTimeOfDay(end, period).toMillis();
}

function atTimeOfDay(day: DateTime, period: LegalPeriod): DateTime {
  if (period.cutoff) {
    const [hour, minute] = period.cutoff.split(':').map(Number);
    return day.set({ hour: hour!, minute: minute!, second: 0, millisecond: 0 });
  }
  return period.endOfDay ? day.endOf('day') : day;
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
