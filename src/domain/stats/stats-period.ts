import type { StatsPeriod } from '../../shared/stats-contract';
import { addDays, dayDiff, utcDay } from './stats-days';

export interface DayRange {
  from: string;
  to: string;
}

/**
 * The period a gadget shows, as of `now`, and the one before it of the same length (for the
 * change). Rolling periods end today; "quarter" is the calendar quarter so far; "custom" is given.
 * @example statsPeriod('30d', Date.parse('2026-11-22T10:00:00Z')) // { current: { from: '2026-10-24', to: '2026-11-22' }, previous: { from: '2026-09-24', to: '2026-10-23' } }
 */
export function statsPeriod(period: StatsPeriod, now: number, custom?: { from?: string; to?: string }): { current: DayRange; previous: DayRange } {
  const today = utcDay(now);
  let current: DayRange;
  if (period === 'custom' && custom?.from && custom.to) current = { from: custom.from, to: custom.to };
  else if (period === 'quarter') {
    const month = Number(today.slice(5, 7));
    const first = Math.floor((month - 1) / 3) * 3 + 1;
    current = { from: `${today.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, to: today };
  } else {
    const days = period === '90d' ? 90 : period === '365d' ? 365 : 30;
    current = { from: addDays(today, -(days - 1)), to: today };
  }
  const length = dayDiff(current.from, current.to) + 1;
  return { current, previous: { from: addDays(current.from, -length), to: addDays(current.from, -1) } };
}
