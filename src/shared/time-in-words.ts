/**
 * Dates and times as people read them, in a zone the caller names: the panel passes the viewer's
 * zone, a document the one it states at its top. The words are built from numbers (not the
 * locale's short names, which differ between ICU versions: "Sep" or "Sept"), so every machine,
 * browser and golden file says the same.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(instant: string, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

const dayOf = ({ year, month, day }: WallClock) => `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${MONTHS[month - 1]} ${year}`;
const pad = (n: number) => String(n).padStart(2, '0');

/** A zone as people write it: "America/Los_Angeles" -> "America/Los Angeles". */
export const zoneInWords = (timeZone: string): string => timeZone.replace(/_/g, ' ');

/**
 * The day an instant falls on in `timeZone`.
 * @example dayInWords('2026-12-20T10:00:00.000Z', 'Europe/Berlin') // 'Sun 20 Dec 2026'
 */
export const dayInWords = (instant: string, timeZone: string): string => dayOf(wallClock(instant, timeZone));

/**
 * An instant's day and 24-hour time in `timeZone`, for a document that names its zone once at the top.
 * @example timeInWords('2026-12-07T08:55:00.000Z', 'Europe/Berlin') // 'Mon 7 Dec 2026, 09:55'
 */
export function timeInWords(instant: string, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  return `${dayOf(wall)}, ${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * An instant in `timeZone` with the zone named, where no heading names it.
 * @example zonedTimeInWords('2026-12-07T08:55:00.000Z', 'Europe/Berlin') // 'Mon 7 Dec 2026, 09:55 (Europe/Berlin)'
 */
export const zonedTimeInWords = (instant: string, timeZone: string): string => `${timeInWords(instant, timeZone)} (${zoneInWords(timeZone)})`;

/**
 * A calendar day with no time and no zone (a rule pack's review date) in words; anything else as given.
 * @example calendarDayInWords('2026-11-22') // 'Sun 22 Nov 2026'
 */
export function calendarDayInWords(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? dayInWords(`${day}T12:00:00.000Z`, 'UTC') : day;
}

/**
 * A moment in a zone for a reader of `locale`, the zone named: in en-US the app's own words (the same
 * the documents use, so a time read on a screen can be found in a report); in another language its
 * own words for the day and month (Intl).
 * @example zonedTimeInLocale('2026-12-07T08:55:00.000Z', 'Europe/Berlin', 'de-DE') // 'Mo., 7. Dez. 2026, 09:55 (Europe/Berlin)'
 */
export function zonedTimeInLocale(instant: string, timeZone: string, locale: string): string {
  if (locale === 'en-US') return zonedTimeInWords(instant, timeZone);
  const when = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
  return `${when} (${zoneInWords(timeZone)})`;
}
