import { calendarDayInWords, dayInWords, timeInWords, zonedTimeInWords, zoneInWords } from '../../src/shared/time-in-words';

// Every answer names its zone, so none depends on the machine's; jest runs this file under UTC and
// the cases below cross a date line, a DST change and a half-hour offset explicitly.
describe('times in words', () => {
  it.each([
    ['2026-12-07T08:55:00.000Z', 'Europe/Berlin', 'Mon 7 Dec 2026, 09:55'],
    ['2026-12-07T08:55:00.000Z', 'UTC', 'Mon 7 Dec 2026, 08:55'],
    ['2026-12-07T05:00:00.000Z', 'America/Los_Angeles', 'Sun 6 Dec 2026, 21:00'],
    ['2026-12-06T18:45:00.000Z', 'Asia/Kolkata', 'Mon 7 Dec 2026, 00:15'],
    // 29 March 2026: Berlin moves from +01:00 to +02:00 at 01:00 UTC.
    ['2026-03-29T00:59:00.000Z', 'Europe/Berlin', 'Sun 29 Mar 2026, 01:59'],
    ['2026-03-29T01:00:00.000Z', 'Europe/Berlin', 'Sun 29 Mar 2026, 03:00'],
    ['2026-09-01T00:00:00.000Z', 'UTC', 'Tue 1 Sep 2026, 00:00'],
    ['2026-12-31T23:30:00.000Z', 'Asia/Kolkata', 'Fri 1 Jan 2027, 05:00'],
  ])('%s in %s is %s', (instant, zone, words) => {
    expect(timeInWords(instant, zone)).toBe(words);
  });

  it('names the zone where no heading does, in words', () => {
    expect(zonedTimeInWords('2026-12-07T08:55:00.000Z', 'Europe/Berlin')).toBe('Mon 7 Dec 2026, 09:55 (Europe/Berlin)');
    expect(zonedTimeInWords('2026-12-07T17:00:00.000Z', 'America/Los_Angeles')).toBe('Mon 7 Dec 2026, 09:00 (America/Los Angeles)');
    expect(zoneInWords('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos Aires');
  });

  it('gives the day the instant falls on where the reader is', () => {
    expect(dayInWords('2026-12-20T10:00:00.000Z', 'Europe/Berlin')).toBe('Sun 20 Dec 2026');
    expect(dayInWords('2026-12-20T23:30:00.000Z', 'Europe/Berlin')).toBe('Mon 21 Dec 2026');
    expect(dayInWords('2026-12-20T03:00:00.000Z', 'America/Los_Angeles')).toBe('Sat 19 Dec 2026');
  });

  it('reads a calendar day as that day everywhere, and leaves anything else as given', () => {
    expect(calendarDayInWords('2026-11-22')).toBe('Sun 22 Nov 2026');
    expect(calendarDayInWords('2024-02-29')).toBe('Thu 29 Feb 2024');
    expect(calendarDayInWords('2026-13-40')).toBe('2026-13-40');
    expect(calendarDayInWords('v3')).toBe('v3');
  });
});
