/** How well one incident's stakeholder updates kept its cadence: updates sent, and how many of them came on time. */
export interface CadenceKept {
  updates: number;
  onTime: number;
}

const MINUTE = 60_000;

/**
 * Whether each update came on time: no later than the cadence after the update before it, the
 * first no later than the cadence after the incident's start (its confirmation). Updates are taken
 * in time order whatever order they come in. Null when the incident has no cadence (nothing to keep).
 * @example cadenceKept('2026-12-07T09:00:00.000Z', ['2026-12-07T09:25:00.000Z', '2026-12-07T10:05:00.000Z'], 30) // { updates: 2, onTime: 1 }
 * @example cadenceKept('2026-12-07T09:00:00.000Z', [], 30) // { updates: 0, onTime: 0 }
 * @example cadenceKept('2026-12-07T09:00:00.000Z', ['2026-12-07T09:25:00.000Z'], null) // null
 */
export function cadenceKept(startedAt: string, updateTimes: readonly string[], cadenceMinutes: number | null): CadenceKept | null {
  if (cadenceMinutes === null) return null;
  const times = updateTimes.map((t) => Date.parse(t)).sort((a, b) => a - b);
  let previous = Date.parse(startedAt);
  let onTime = 0;
  for (const at of times) {
    if (at - previous <= cadenceMinutes * MINUTE) onTime += 1;
    previous = at;
  }
  return { updates: times.length, onTime };
}
