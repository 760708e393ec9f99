import { AROUND_THE_CLOCK, type BusinessCalendar, officeHours } from '../../../src/domain/sla/business-calendar';

/** Calendars the SLA tests share. */
export const BERLIN_OFFICE = officeHours('berlin', 'Berlin office', 'Europe/Berlin', { country: 'DE', state: 'BE', region: null });
export const NEW_YORK_OFFICE = officeHours('new-york', 'New York office', 'America/New_York', { country: 'US', state: 'NY', region: null });
/** Every day 00:00-24:00 in Berlin: DST days are 23 and 25 hours long. */
export const BERLIN_EVERY_HOUR: BusinessCalendar = { ...AROUND_THE_CLOCK, id: 'berlin-24x7', timeZone: 'Europe/Berlin' };
/** Two shifts a day, Monday to Saturday, in a zone with a half-hour offset. */
export const PUNE_SHIFTS: BusinessCalendar = {
  id: 'pune',
  name: 'Pune shifts',
  timeZone: 'Asia/Kolkata',
  week: {
    mon: [
      { start: '06:00', end: '14:00' },
      { start: '14:00', end: '22:00' },
    ],
    tue: [
      { start: '06:00', end: '14:00' },
      { start: '14:00', end: '22:00' },
    ],
    wed: [
      { start: '06:00', end: '14:00' },
      { start: '14:00', end: '22:00' },
    ],
    thu: [
      { start: '06:00', end: '14:00' },
      { start: '14:00', end: '22:00' },
    ],
    fri: [
      { start: '06:00', end: '14:00' },
      { start: '14:00', end: '22:00' },
    ],
    sat: [{ start: '09:00', end: '13:00' }],
    sun: [],
  },
  holidays: { country: 'IN', state: null, region: null },
  closedDates: ['2026-12-31'],
};
export const ALL_CALENDARS = [BERLIN_OFFICE, NEW_YORK_OFFICE, BERLIN_EVERY_HOUR, PUNE_SHIFTS, AROUND_THE_CLOCK];

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const at = (iso: string) => Date.parse(iso);
export const iso = (ms: number) => new Date(ms).toISOString();
