import type { Rota, RotaOverride, RotaRole } from './rota-shape';
import { shiftIndexAt, shiftStart } from './shift-boundaries';

export type { HandOff, Rota, RotaOverride, RotaRole } from './rota-shape';

export interface OnCall {
  primary: string | null;
  secondary: string | null;
  /** The rotation's shift around the instant; null start before the rota's first shift. */
  shiftStartsAt: number | null;
  shiftEndsAt: number;
  /** The overrides in force at the instant, by role. */
  override?: Partial<Record<RotaRole, RotaOverride>>;
  /** The span over which this same answer holds: the shift, cut where an override begins or ends. */
  holdsFrom: number | null;
  holdsUntil: number;
}

const inTurn = (people: readonly string[], n: number): string | null => (n < 0 || people.length === 0 ? null : people[n % people.length]!);

/**
 * Who is on call at an instant. The rotation decides, except where an override covers the instant
 * for a role: overrides win for their interval. Before the first shift nobody is on call
 * (overrides aside).
 * @example onCallAt(berlinWeekly, Date.parse('2026-03-30T10:00:00Z')) // { primary: 'alice', secondary: 'bob', ... }
 */
export function onCallAt(rota: Rota, atMs: number): OnCall {
  const n = shiftIndexAt(rota, atMs);
  const start = n < 0 ? -Infinity : shiftStart(rota, n);
  const end = n < 0 ? shiftStart(rota, 0) : shiftStart(rota, n + 1);
  const onCall: OnCall = {
    primary: inTurn(rota.primary, n),
    secondary: inTurn(rota.secondary, n),
    shiftStartsAt: null,
    shiftEndsAt: end,
    holdsFrom: null,
    holdsUntil: end,
  };
  let holdsFrom = start;
  for (const o of rota.overrides) {
    const from = Date.parse(o.from);
    const to = Date.parse(o.to);
    if (to <= atMs) holdsFrom = Math.max(holdsFrom, to);
    else if (from > atMs) onCall.holdsUntil = Math.min(onCall.holdsUntil, from);
    else {
      holdsFrom = Math.max(holdsFrom, from);
      onCall.holdsUntil = Math.min(onCall.holdsUntil, to);
      onCall[o.role] = o.accountId;
      onCall.override = { ...onCall.override, [o.role]: o };
    }
  }
  onCall.shiftStartsAt = Number.isFinite(start) ? start : null;
  onCall.holdsFrom = Number.isFinite(holdsFrom) ? holdsFrom : null;
  return onCall;
}

export interface ScheduledShift {
  startsAt: number;
  endsAt: number;
  /** Who the rotation gives the shift to; overrides are shown beside it, not folded in. */
  primary: string | null;
  secondary: string | null;
}

/** At most this many hand-offs are listed at once (a year of daily shifts and then some). */
export const MAX_HAND_OFFS = 400;

/**
 * The next `count` hand-offs strictly after `fromMs`, for the rota's calendar view.
 * @example nextHandOffs(berlinWeekly, Date.parse('2026-03-25T00:00:00Z'), 2).map((s) => s.startsAt) // Mon 30 Mar and Mon 6 Apr, 09:00 CEST
 */
export function nextHandOffs(rota: Rota, fromMs: number, count: number): ScheduledShift[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_HAND_OFFS)
    throw new RangeError(`count must be a whole number from 0 to ${MAX_HAND_OFFS}, got ${count}`);
  const first = Math.max(0, shiftIndexAt(rota, fromMs) + 1);
  return Array.from({ length: count }, (_, i) => ({
    startsAt: shiftStart(rota, first + i),
    endsAt: shiftStart(rota, first + i + 1),
    primary: inTurn(rota.primary, first + i),
    secondary: inTurn(rota.secondary, first + i),
  }));
}

export { rotaSchema } from './rota-schema';
