/**
 * A business calendar: when the team works. SLA clocks only count time inside it (seed 002: "what
 * support periods does the team really have"; some things can wait till Monday, some cannot).
 * Time zones come from the IANA database (via luxon), public holidays from the maintained
 * `date-holidays` dataset, by country and optionally state and region; no hand-written tables.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local wall-clock times "HH:mm"; an end of "24:00" means midnight at the end of the day. */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface HolidayRegion {
  /** ISO 3166-1 country code, e.g. "DE". */
  country: string;
  /** State or province code as date-holidays names it, e.g. "BE" for Berlin. */
  state: string | null;
  region: string | null;
}

export interface BusinessCalendar {
  id: string;
  name: string;
  /** IANA time zone the working hours are read in, e.g. "Europe/Berlin". */
  timeZone: string;
  week: Record<Weekday, WorkingPeriod[]>;
  /** Public holidays of this region are days off; null for none (a 24/7 calendar). */
  holidays: HolidayRegion | null;
  /** Extra days off ("YYYY-MM-DD", local), e.g. a company shutdown. */
  closedDates: string[];
}

const ALL_DAY: WorkingPeriod[] = [{ start: '00:00', end: '24:00' }];
const NINE_TO_FIVE: WorkingPeriod[] = [{ start: '09:00', end: '17:00' }];

/** Around the clock, every day of the year. */
export const AROUND_THE_CLOCK: BusinessCalendar = {
  id: '24x7',
  name: 'Around the clock (24/7)',
  timeZone: 'UTC',
  week: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
  holidays: null,
  closedDates: [],
};

/** Monday to Friday 09:00-17:00 in a time zone, without the region's public holidays. */
export function officeHours(id: string, name: string, timeZone: string, holidays: HolidayRegion | null): BusinessCalendar {
  return {
    id,
    name,
    timeZone,
    week: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: NINE_TO_FIVE, sat: [], sun: [] },
    holidays,
    closedDates: [],
  };
}

/** Whether a calendar counts every minute (so targets read "within 1 hour", not "business hours"). */
export function isAroundTheClock(calendar: BusinessCalendar): boolean {
  return (
    calendar.holidays === null &&
    calendar.closedDates.length === 0 &&
    WEEKDAYS.every((d) => calendar.week[d].some((p) => p.start === '00:00' && p.end === '24:00'))
  );
}
