import { DateTime } from 'luxon';
import { WEEKDAYS, type BusinessCalendar } from './business-calendar';
import { publicHolidayDates } from './holiday-dates';

/** A half-open span of time [start, end) in epoch milliseconds. */
export type Span = readonly [start: number, end: number];

interface CalendarDay {
  /** Local midnight at the start and the end of the day (23 or 25 hours apart on DST days). */
  startMs: number;
  endMs: number;
  working: Span[];
  /** The following day, linked once computed, so walking days after the first costs no time-zone math. */
  next?: CalendarDay;
}

/** A calendar with no working time in this many days is refused rather than searched forever. */
const MAX_IDLE_DAYS = 400;
const DAY_CACHE_LIMIT = 20_000;
/** Adjacent spans merge up to a week, so a 24/7 calendar still yields (and callers can stop). */
const MAX_MERGED_MS = 7 * 86_400_000;
const dayCache = new Map<string, CalendarDay>();

/**
 * The working spans of one local day, in instants. Each period's local start and end are turned
 * into instants in the calendar's zone, so DST days are 23 or 25 hours long and a period that
 * begins in a skipped hour begins when the clocks have jumped (luxon's rule). Cached per calendar
 * and date: arithmetic over many deadlines reuses the days.
 */
function calendarDay(calendar: BusinessCalendar, calendarKey: string, local: DateTime): CalendarDay {
  const date = local.toISODate()!;
  const key = `${calendarKey}|${date}`;
  const cached = dayCache.get(key);
  if (cached) return cached;
  const start = local.startOf('day');
  const end = start.plus({ days: 1 }).startOf('day');
  const closed = calendar.closedDates.includes(date) || (calendar.holidays !== null && publicHolidayDates(calendar.holidays, start.year).has(date));
  const periods = closed ? [] : calendar.week[WEEKDAYS[start.weekday - 1]!];
  const working: Span[] = [];
  for (const period of periods) {
    const from = atLocalTime(start, end, period.start);
    const to = atLocalTime(start, end, period.end);
    if (to > from) working.push([from, to]);
  }
  working.sort((a, b) => a[0] - b[0]);
  const day = { startMs: start.toMillis(), endMs: end.toMillis(), working };
  if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
  dayCache.set(key, day);
  return day;
}

function atLocalTime(dayStart: DateTime, nextDay: DateTime, hhmm: string): number {
  if (hhmm === '24:00') return nextDay.toMillis();
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  return dayStart.set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

/**
 * The calendar's working spans from `fromMs` onwards, in order, clipped to start no earlier than
 * `fromMs`; adjacent spans (a 24/7 calendar's days) are merged up to a week. Lazily generated: callers stop
 * when they have what they need, so the cost is O(days covered), not O(minutes).
 */
export function* workingSpansFrom(calendar: BusinessCalendar, fromMs: number): Generator<Span> {
  const calendarKey = keyOf(calendar);
  const local = DateTime.fromMillis(fromMs, { zone: calendar.timeZone });
  if (!local.isValid) throw new RangeError(`unknown time zone: ${calendar.timeZone}`);
  let day = calendarDay(calendar, calendarKey, local);
  let pending: [number, number] | null = null;
  let idleDays = 0;
  for (;;) {
    idleDays = day.working.length === 0 ? idleDays + 1 : 0;
    if (idleDays > MAX_IDLE_DAYS) throw new RangeError(`calendar ${calendar.id} has no working time in ${MAX_IDLE_DAYS} days`);
    for (const [s, e] of day.working) {
      if (e <= fromMs) continue;
      const start = Math.max(s, fromMs);
      if (pending && pending[1] === start && pending[1] - pending[0] < MAX_MERGED_MS) pending[1] = e;
      else {
        if (pending) yield pending;
        pending = [start, e];
      }
    }
    day.next ??= calendarDay(calendar, calendarKey, DateTime.fromMillis(day.endMs, { zone: calendar.timeZone }));
    day = day.next;
  }
}

/**
 * Calendars are plain data, so equal content shares cached days: each distinct content gets a
 * short id (the content is serialised once per calendar object).
 */
const keys = new WeakMap<BusinessCalendar, string>();
const idsByContent = new Map<string, string>();
const MAX_CALENDAR_IDS = 1_000;
function keyOf(calendar: BusinessCalendar): string {
  let key = keys.get(calendar);
  if (!key) {
    const content = JSON.stringify(calendar);
    // Short ids for the first 1,000 contents; past that the content itself is the key (no growth here).
    key = idsByContent.get(content) ?? (idsByContent.size < MAX_CALENDAR_IDS ? String(idsByContent.size) : content);
    if (idsByContent.size < MAX_CALENDAR_IDS) idsByContent.set(content, key);
    keys.set(calendar, key);
  }
  return key;
}

/**
 * Removes paused spans from working spans. Pauses are merged first; an ongoing pause ends at
 * Infinity. Returns the parts of `spans` outside every pause, still in order.
 */
export function* withoutPauses(spans: Iterable<Span>, pauses: readonly Span[]): Generator<Span> {
  const merged = mergeSpans(pauses);
  const last = merged[merged.length - 1];
  // A pause that has not ended (end = Infinity) stops the time: nothing after it counts.
  const stopsAt = last && last[1] === Infinity ? last[0] : Infinity;
  let p = 0;
  for (const [s, e] of spans) {
    if (s >= stopsAt) return;
    let start = s;
    while (p < merged.length && merged[p]![1] <= start) p++;
    let q = p;
    while (start < e) {
      const pause = merged[q];
      if (!pause || pause[0] >= e) {
        yield [start, e];
        break;
      }
      if (pause[0] > start) yield [start, pause[0]];
      start = Math.max(start, pause[1]);
      q++;
    }
  }
}

/** Sorts and merges overlapping or touching spans. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
