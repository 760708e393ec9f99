import fc from 'fast-check';
import { AROUND_THE_CLOCK } from '../../../src/domain/sla/business-calendar';
import { publicHolidayDates } from '../../../src/domain/sla/holiday-dates';
import { addWorkingTime, workingStateAt, workingTimeBetween } from '../../../src/domain/sla/working-time';
import type { Span } from '../../../src/domain/sla/working-intervals';
import { ALL_CALENDARS, BERLIN_EVERY_HOUR, BERLIN_OFFICE, HOUR, NEW_YORK_OFFICE, PUNE_SHIFTS, at, iso } from './calendars';

describe('addWorkingTime: deadlines on business calendars', () => {
  it.each([
    // [case, calendar, start, working hours, expected deadline (UTC)]
    ['Friday afternoon waits for Monday (Berlin)', BERLIN_OFFICE, '2026-11-20T15:00:00Z', 2, '2026-11-23T09:00:00.000Z'],
    ['a deadline at the end of the day is 17:00, not the next morning', BERLIN_OFFICE, '2026-11-23T08:00:00Z', 8, '2026-11-23T16:00:00.000Z'],
    ['a start before opening counts from 09:00', BERLIN_OFFICE, '2026-11-24T05:00:00Z', 1, '2026-11-24T09:00:00.000Z'],
    ['Easter: Good Friday and Easter Monday are holidays in Berlin', BERLIN_OFFICE, '2026-04-02T14:00:00Z', 2, '2026-04-07T08:00:00.000Z'],
    ['Christmas: 24 Dec is a working day, 25 Dec (Fri) a holiday, then the weekend', BERLIN_OFFICE, '2026-12-23T15:00:00Z', 10, '2026-12-28T09:00:00.000Z'],
    ['Thanksgiving closes the New York office', NEW_YORK_OFFICE, '2026-11-25T21:00:00Z', 2, '2026-11-27T15:00:00.000Z'],
    ['New York spring forward: Friday EST, Monday EDT', NEW_YORK_OFFICE, '2026-03-06T21:00:00Z', 2, '2026-03-09T14:00:00.000Z'],
    ['New York fall back: Friday EDT, Monday EST', NEW_YORK_OFFICE, '2026-10-30T20:00:00Z', 2, '2026-11-02T15:00:00.000Z'],
    [
      'Berlin spring forward: 24 h across the 23-hour day end an hour "later" on the wall clock',
      BERLIN_EVERY_HOUR,
      '2026-03-28T11:00:00Z',
      24,
      '2026-03-29T11:00:00.000Z',
    ],
    ['30 working days (six weeks) from Monday 2 November in Berlin', BERLIN_OFFICE, '2026-11-02T08:00:00Z', 240, '2026-12-11T16:00:00.000Z'],
    ['30 working days over Christmas and New Year (25, 26 Dec, 1 Jan off)', BERLIN_OFFICE, '2026-12-14T08:00:00Z', 240, '2027-01-26T16:00:00.000Z'],
    ['shifts in a half-hour zone, Saturday morning only, Sunday off', PUNE_SHIFTS, '2026-11-21T07:00:00Z', 2, '2026-11-23T02:00:00.000Z'],
    ['a custom closed date (31 Dec); 1 Jan is no public holiday in India', PUNE_SHIFTS, '2026-12-30T16:00:00Z', 1, '2027-01-01T01:00:00.000Z'],
    ['24/7 counts every hour', AROUND_THE_CLOCK, '2026-11-20T15:00:00Z', 30, '2026-11-21T21:00:00.000Z'],
  ])('%s', (_case, calendar, start, hours, expected) => {
    const due = addWorkingTime(calendar, at(start), hours * HOUR);
    expect(iso(due)).toBe(expected);
    expect(workingTimeBetween(calendar, at(start), due)).toBe(hours * HOUR);
  });

  it('DST days are 23 and 25 working hours long on an every-hour calendar (Europe/Berlin)', () => {
    expect(workingTimeBetween(BERLIN_EVERY_HOUR, at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'))).toBe(23 * HOUR);
    expect(workingTimeBetween(BERLIN_EVERY_HOUR, at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'))).toBe(25 * HOUR);
  });

  it('office hours stay 09:00-17:00 local across DST (America/New_York)', () => {
    // Monday after spring forward: 09:00 EDT is 13:00Z; the week before, 09:00 EST was 14:00Z.
    expect(workingStateAt(NEW_YORK_OFFICE, at('2026-03-09T13:30:00Z'))).toEqual({ working: true, changesAt: at('2026-03-09T21:00:00Z') });
    expect(workingStateAt(NEW_YORK_OFFICE, at('2026-03-02T13:30:00Z'))).toEqual({ working: false, changesAt: at('2026-03-02T14:00:00Z') });
  });

  it('takes public holidays from the date-holidays dataset, not from a table of our own', () => {
    expect([...publicHolidayDates({ country: 'DE', state: 'BE', region: null }, 2026)]).toEqual([
      '2026-01-01',
      '2026-03-08',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-10-03',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(publicHolidayDates({ country: 'US', state: 'NY', region: null }, 2026).has('2026-11-26')).toBe(true);
  });
});

describe('pauses', () => {
  it.each([
    [
      'a pause across midnight on a 24/7 calendar',
      AROUND_THE_CLOCK,
      '2026-11-23T22:00:00Z',
      [['2026-11-23T23:00:00Z', '2026-11-24T02:00:00Z']],
      4,
      '2026-11-24T05:00:00.000Z',
    ],
    [
      'a pause from one afternoon to the next morning in office hours',
      BERLIN_OFFICE,
      '2026-11-24T14:00:00Z',
      [['2026-11-24T15:00:00Z', '2026-11-25T09:00:00Z']],
      2,
      '2026-11-25T10:00:00.000Z',
    ],
    [
      'a pause entirely outside working hours changes nothing',
      BERLIN_OFFICE,
      '2026-11-24T14:00:00Z',
      [['2026-11-24T20:00:00Z', '2026-11-25T06:00:00Z']],
      4,
      '2026-11-25T10:00:00.000Z',
    ],
    [
      'overlapping pauses count once',
      AROUND_THE_CLOCK,
      '2026-11-23T00:00:00Z',
      [
        ['2026-11-23T01:00:00Z', '2026-11-23T03:00:00Z'],
        ['2026-11-23T02:00:00Z', '2026-11-23T04:00:00Z'],
      ],
      2,
      '2026-11-23T05:00:00.000Z',
    ],
  ] as const)('%s', (_case, calendar, start, pauses, hours, expected) => {
    const spans = pauses.map(([s, e]) => [at(s), at(e)] as Span);
    const due = addWorkingTime(calendar, at(start), hours * HOUR, spans);
    expect(iso(due)).toBe(expected);
    expect(workingTimeBetween(calendar, at(start), due, spans)).toBe(hours * HOUR);
  });

  it('an ongoing pause stops the time: nothing after it counts, and no deadline exists', () => {
    const ongoing: Span[] = [[at('2026-11-23T10:00:00Z'), Infinity]];
    expect(workingTimeBetween(AROUND_THE_CLOCK, at('2026-11-23T08:00:00Z'), at('2026-11-30T00:00:00Z'), ongoing)).toBe(2 * HOUR);
    expect(() => addWorkingTime(AROUND_THE_CLOCK, at('2026-11-23T08:00:00Z'), 3 * HOUR, ongoing)).toThrow('no deadline while the clock is paused');
    expect(workingStateAt(AROUND_THE_CLOCK, at('2026-11-24T00:00:00Z'), ongoing)).toEqual({ working: false, changesAt: Infinity });
  });
});

describe('refusals', () => {
  it('a calendar without working time is refused instead of searched forever', () => {
    const never = { ...BERLIN_OFFICE, week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(() => addWorkingTime(never, at('2026-11-23T08:00:00Z'), HOUR)).toThrow('calendar berlin has no working time in 400 days');
  });

  it('a negative duration is refused', () => {
    expect(() => addWorkingTime(BERLIN_OFFICE, 0, -1)).toThrow(RangeError);
  });
});

describe('laws (property-based)', () => {
  const calendar = fc.constantFrom(...ALL_CALENDARS);
  const start = fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2028-12-31T00:00:00Z') });
  /** Up to 30 working days of 8 hours, in whole seconds. */
  const duration = fc.integer({ min: 0, max: 30 * 8 * 3600 }).map((s) => s * 1000);
  const pauses = fc.array(fc.tuple(fc.integer({ min: 0, max: 20 * 86_400_000 }), fc.integer({ min: 1, max: 3 * 86_400_000 })), { maxLength: 4 });

  it('adding a working duration and measuring it back returns the same duration', () => {
    fc.assert(
      fc.property(calendar, start, duration, pauses, (cal, s, d, ps) => {
        const spans = ps.map(([offset, length]) => [s + offset, s + offset + length] as Span);
        const due = addWorkingTime(cal, s, d, spans);
        expect(due).toBeGreaterThanOrEqual(s);
        expect(workingTimeBetween(cal, s, due, spans)).toBe(d);
      }),
      { numRuns: 300 },
    );
  });

  it('deadlines are monotonic in the duration', () => {
    fc.assert(
      fc.property(calendar, start, duration, duration, (cal, s, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(cal, s, short)).toBeLessThanOrEqual(addWorkingTime(cal, s, long));
      }),
      { numRuns: 300 },
    );
  });

  it('working time is additive: [a, b] + [b, c] = [a, c]', () => {
    fc.assert(
      fc.property(calendar, start, fc.integer({ min: 0, max: 40 * 86_400_000 }), fc.integer({ min: 0, max: 40 * 86_400_000 }), (cal, a, x, y) => {
        const b = a + x;
        const c = b + y;
        expect(workingTimeBetween(cal, a, b) + workingTimeBetween(cal, b, c)).toBe(workingTimeBetween(cal, a, c));
      }),
      { numRuns: 200 },
    );
  });
});

it('runs under a pinned machine time zone (jest.config.js runs this suite under three)', () => {
  expect(['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Calcutta']).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
});
