/**
 * Wall-clock times in a rota's zone, for the on-call section, with the browser's Intl alone (the
 * settings page does not carry a date library). Rota overrides are stored as instants with their
 * offset; the page edits them as the rota's local date and time.
 */

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

/** The zone's offset from UTC at an instant, in minutes (east positive). */
function offsetMinutes(zone: string, atMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', ...Object.fromEntries(PARTS.map((p) => [p, 'numeric'])) }).formatToParts(
    atMs,
  );
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(atMs / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * "YYYY-MM-DDTHH:mm" read in `zone` -> an ISO instant with that offset, e.g. "2026-12-24T09:00:00+01:00".
 * A time skipped by a DST change reads as the offset before it; null for an empty or malformed value.
 */
export function wallTimeToIso(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  let offset = offsetMinutes(zone, asUtc);
  offset = offsetMinutes(zone, asUtc - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${local}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An ISO instant -> "YYYY-MM-DDTHH:mm" on the zone's wall clock (for a datetime-local field). */
export function isoToWallTime(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + offsetMinutes(zone, ms) * 60_000).toISOString();
  return local.slice(0, 16);
}

/** The first date on or after `date` ("YYYY-MM-DD") that falls on ISO weekday 1 (Monday) to 7 (Sunday). */
export function onOrAfterWeekday(date: string, weekday: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const start = Number.isNaN(ms) ? Date.now() : ms;
  const current = ((new Date(start).getUTCDay() + 6) % 7) + 1;
  return new Date(start + ((weekday - current + 7) % 7) * 86_400_000).toISOString().slice(0, 10);
}
