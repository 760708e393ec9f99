import type { BusinessCalendar } from './business-calendar';
import { type Span, withoutPauses, workingSpansFrom } from './working-intervals';

/**
 * The instant at which `durationMs` of working time has passed since `startMs`, not counting
 * time outside the calendar or inside `pauses`. A deadline that falls exactly at the end of a
 * working period is that end (17:00), not the next morning. O(days spanned).
 * @example addWorkingTime(officeHours(...Berlin), Date.parse('2026-11-20T15:00:00Z'), 2 * 3_600_000) // Mon 23 Nov 10:00 Berlin
 */
export function addWorkingTime(calendar: BusinessCalendar, startMs: number, durationMs: number, pauses: readonly Span[] = []): number {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError(`duration must be a non-negative number of ms, got ${durationMs}`);
  if (durationMs === 0) return startMs;
  let left = durationMs;
  for (const [s, e] of withoutPauses(workingSpansFrom(calendar, startMs), pauses)) {
    if (e - s >= left) return s + left;
    left -= e - s;
  }
  // Only an ongoing pause ends the spans (a calendar without working time throws instead).
  throw new RangeError('no deadline while the clock is paused');
}

/**
 * Working time between two instants (0 when `toMs` is not after `fromMs`), not counting time
 * outside the calendar or inside `pauses`. O(days spanned).
 */
export function workingTimeBetween(calendar: BusinessCalendar, fromMs: number, toMs: number, pauses: readonly Span[] = []): number {
  if (toMs <= fromMs) return 0;
  let total = 0;
  for (const [s, e] of withoutPauses(workingSpansFrom(calendar, fromMs), pauses)) {
    if (s >= toMs) break;
    total += Math.min(e, toMs) - s;
    if (e >= toMs) break;
  }
  return total;
}

/**
 * Whether the calendar counts time at `atMs` (outside `pauses`), and when that next changes: the
 * end of the current working span, or the start of the next. The panel's countdown ticks while
 * counting and stands still otherwise, refreshing at the change.
 */
export function workingStateAt(calendar: BusinessCalendar, atMs: number, pauses: readonly Span[] = []): { working: boolean; changesAt: number } {
  for (const [s, e] of withoutPauses(workingSpansFrom(calendar, atMs), pauses)) {
    return s <= atMs ? { working: true, changesAt: e } : { working: false, changesAt: s };
  }
  return { working: false, changesAt: Infinity };
}
