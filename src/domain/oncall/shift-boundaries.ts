import { DateTime } from 'luxon';
import type { HandOff } from './rota-shape';
import { instantOfWallClock } from './wall-clock-instant';

const DAY = 86_400_000;

/** Shift n's hand-off day, counted in calendar days from the first shift's day (no zone involved). */
function shiftDay(startsOn: string, daysPerShift: number, n: number): string {
  return DateTime.fromISO(startsOn, { zone: 'utc' })
    .plus({ days: n * daysPerShift })
    .toISODate()!;
}

export interface ShiftClock {
  zone: string;
  handOff: HandOff;
  startsOn: string;
}

const daysPerShift = (clock: ShiftClock): number => (clock.handOff.every === 'week' ? 7 : 1);

/**
 * When shift n begins: the hand-off time on its day, read on the zone's wall clock, so a shift that
 * spans a DST change lasts 23 or 25 hours (167 or 169 for a week). Shift 0 begins on `startsOn`.
 * @example shiftStart({ zone: 'Europe/Berlin', handOff: { every: 'day', at: '09:00' }, startsOn: '2026-03-28' }, 1) // 2026-03-29T07:00:00Z
 */
export function shiftStart(clock: ShiftClock, n: number): number {
  return instantOfWallClock(shiftDay(clock.startsOn, daysPerShift(clock), n), clock.handOff.at, clock.zone);
}

/**
 * The number of the shift running at `atMs` (negative before the first shift). Guessed from the
 * local date, then corrected by at most a step or two for a hand-off later in the day.
 */
export function shiftIndexAt(clock: ShiftClock, atMs: number): number {
  const local = DateTime.fromMillis(atMs, { zone: clock.zone });
  if (!local.isValid) throw new RangeError(`unknown time zone: ${clock.zone}`);
  const localDay = Date.UTC(local.year, local.month - 1, local.day);
  const days = Math.round((localDay - Date.parse(`${clock.startsOn}T00:00:00Z`)) / DAY);
  let n = Math.floor(days / daysPerShift(clock));
  while (shiftStart(clock, n) > atMs) n--;
  while (shiftStart(clock, n + 1) <= atMs) n++;
  return n;
}
