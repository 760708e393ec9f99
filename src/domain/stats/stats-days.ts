/**
 * Statistics are counted per UTC calendar day and stored per project and month (one KVS key
 * each), so a period of any length is a handful of keys and days are its finest grain.
 */
const DAY_MS = 86_400_000;

/** @example utcDay('2026-11-22T23:30:00.000Z') // '2026-11-22' */
export const utcDay = (iso: string | number): string => new Date(iso).toISOString().slice(0, 10);

/** @example monthOf('2026-11-22') // '2026-11' */
export const monthOf = (day: string): string => day.slice(0, 7);

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += DAY_MS) out.push(utcDay(t));
  return out;
}

/** The months a run of days touches, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

export const addDays = (day: string, n: number): string => utcDay(Date.parse(day) + n * DAY_MS);

/** Whole days from `from` to `to` (to minus from). */
export const dayDiff = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
