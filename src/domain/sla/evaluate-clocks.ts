import type { BusinessCalendar } from './business-calendar';
import type { ClockEvents } from './clock-events';
import { SLA_CLOCKS, type SlaClockKind, type SlaPolicy } from './sla-settings';
import type { Span } from './working-intervals';
import { addWorkingTime, workingStateAt, workingTimeBetween } from './working-time';

export type ClockState = 'running' | 'paused' | 'met' | 'missed' | 'not-applicable';

/** One clock as of a moment. Times are epoch ms; durations are ms of working time. */
export interface ClockReading {
  kind: SlaClockKind;
  state: ClockState;
  targetMs: number;
  startedAt: number;
  stoppedAt: number | null;
  /** When the target is (or was) reached; null while paused, since the deadline moves. */
  dueAt: number | null;
  warningAt: number | null;
  /** Target minus working time used; negative when late (by that much working time). */
  remainingMs: number;
  /** Whether the clock is counting at this moment, and when that next changes (for countdowns). */
  counting: boolean;
  changesAt: number | null;
}

const MINUTE = 60_000;

/**
 * Reads the three clocks of an incident with the policy of its current priority level. The rule
 * for changes of priority or calendar: every clock is measured from the incident's original start
 * with the targets and calendar that apply now, so raising the priority can make a clock due (or
 * overdue) at once, and lowering it gives the time back. `now` only matters for running clocks.
 */
export function evaluateClocks(events: ClockEvents, policy: SlaPolicy, calendar: BusinessCalendar, warnAtPercent: number, now: number): ClockReading[] {
  return SLA_CLOCKS.map((kind) => evaluateClock(kind, events, policy, calendar, warnAtPercent, now));
}

function stopOf(kind: SlaClockKind, events: ClockEvents): number | null {
  if (kind === 'acknowledge') return events.acknowledgedAt;
  return kind === 'contain' ? events.containedAt : events.resolvedAt;
}

function evaluateClock(
  kind: SlaClockKind,
  events: ClockEvents,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  warnAtPercent: number,
  now: number,
): ClockReading {
  const targetMs = policy.targetMinutes[kind] * MINUTE;
  const base = { kind, targetMs, startedAt: events.startedAt };
  const stoppedAt = stopOf(kind, events);
  if (stoppedAt === null && kind !== 'acknowledge' && events.dismissed) {
    return { ...base, state: 'not-applicable', stoppedAt: null, dueAt: null, warningAt: null, remainingMs: targetMs, counting: false, changesAt: null };
  }
  if (stoppedAt !== null) {
    const pauses = pausesBefore(events.pauses, stoppedAt);
    const dueAt = addWorkingTime(calendar, events.startedAt, targetMs, pauses);
    const used = workingTimeBetween(calendar, events.startedAt, stoppedAt, pauses);
    return {
      ...base,
      state: stoppedAt <= dueAt ? 'met' : 'missed',
      stoppedAt,
      dueAt,
      warningAt: null,
      remainingMs: targetMs - used,
      counting: false,
      changesAt: null,
    };
  }
  const ongoing = events.pauses.some(([, e]) => e === Infinity);
  const used = workingTimeBetween(calendar, events.startedAt, now, events.pauses);
  if (ongoing) {
    return { ...base, state: 'paused', stoppedAt: null, dueAt: null, warningAt: null, remainingMs: targetMs - used, counting: false, changesAt: null };
  }
  const dueAt = addWorkingTime(calendar, events.startedAt, targetMs, events.pauses);
  const warningAt = addWorkingTime(calendar, events.startedAt, Math.floor((targetMs * warnAtPercent) / 100), events.pauses);
  const state = workingStateAt(calendar, now, events.pauses);
  return { ...base, state: 'running', stoppedAt: null, dueAt, warningAt, remainingMs: targetMs - used, counting: state.working, changesAt: state.changesAt };
}

/** The pauses as they were when a clock stopped (an ongoing pause ends with the stop). */
function pausesBefore(pauses: readonly Span[], stop: number): Span[] {
  return pauses.filter(([s]) => s < stop).map(([s, e]) => [s, Math.min(e, stop)] as const);
}
