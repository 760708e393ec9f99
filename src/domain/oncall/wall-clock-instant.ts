import { DateTime } from 'luxon';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The zone's UTC offset at an instant, in minutes (NaN for a zone the IANA database does not know). */
function offsetAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/**
 * The instant a local wall-clock time happens in an IANA zone, with the two DST edge cases decided
 * on purpose rather than left to a library default:
 * - a time the clocks skip (02:30 on Berlin's spring-forward day) is the first instant after the
 *   gap, i.e. the moment the clocks jump (03:00 local), so a hand-off is never later than the gap;
 * - a time that happens twice (02:30 on Berlin's fall-back day) is its first occurrence, so a
 *   hand-off never waits an extra hour for the repeat.
 * @example instantOfWallClock('2026-03-29', '02:30', 'Europe/Berlin') // Date.parse('2026-03-29T01:00:00Z'), 03:00 CEST
 */
export function instantOfWallClock(isoDate: string, hhmm: string, zone: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets a day either side cover every transition near this time (they are months apart).
  const offsets = [...new Set([-DAY, 0, DAY].map((d) => offsetAt(wall + d, zone)))];
  if (offsets.some(Number.isNaN)) throw new RangeError(`unknown time zone: ${zone}`);
  const matches = offsets.map((o) => wall - o * MINUTE).filter((t) => wall - t === offsetAt(t, zone) * MINUTE);
  if (matches.length > 0) return Math.min(...matches);
  // In the gap: the jump lies between the time read with the later and with the earlier offset.
  let before = wall - Math.max(...offsets) * MINUTE;
  let after = wall - Math.min(...offsets) * MINUTE;
  const offsetAfter = offsetAt(after, zone);
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    if (offsetAt(mid, zone) === offsetAfter) after = mid;
    else before = mid;
  }
  return after;
}
