/**
 * The five-minute window a scheduled run belongs to. Forge may run a scheduled trigger twice for
 * the same slot, so the sweep claims its window with a create-only marker keyed by this id.
 *
 * @example sweepWindowId('2026-11-22T10:07:31.000Z', 5) // '2026-11-22T10:05Z'
 */
export function sweepWindowId(nowIso: string, minutes: number): string {
  const ms = Date.parse(nowIso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO time: ${nowIso}`);
  if (!Number.isInteger(minutes) || minutes <= 0) throw new RangeError(`window must be a positive integer: ${minutes}`);
  const windowMs = minutes * 60_000;
  const start = new Date(Math.floor(ms / windowMs) * windowMs).toISOString();
  return `${start.slice(0, 16)}Z`;
}
