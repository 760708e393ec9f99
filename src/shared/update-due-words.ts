import { formatDuration } from './durations';

/**
 * When the next stakeholder update is due, relative to now, for the panel's header of the section.
 * @example updateDueInWords('2026-12-07T09:30:00.000Z', Date.parse('2026-12-07T09:18:00.000Z')) // 'due in 12 min'
 * @example updateDueInWords('2026-12-07T09:30:00.000Z', Date.parse('2026-12-07T09:35:00.000Z')) // 'overdue by 5 min'
 * @example updateDueInWords('2026-12-07T09:30:00.000Z', Date.parse('2026-12-07T09:30:20.000Z')) // 'due now'
 */
export function updateDueInWords(dueAt: string, nowMs: number): string {
  const ms = Date.parse(dueAt) - nowMs;
  if (Math.abs(ms) < 60_000) return 'due now';
  return ms > 0 ? `due in ${formatDuration(ms)}` : `overdue by ${formatDuration(ms)}`;
}
