import { holidayCountryOfZone } from '../../../src/domain/sla/holiday-country-of-zone';

describe('the holiday country proposed from a profile time zone', () => {
  it.each([
    ['Europe/Berlin', 'DE'],
    ['America/New_York', 'US'],
    ['America/Chicago', 'US'],
    ['Europe/London', 'GB'],
    ['Europe/Dublin', 'IE'],
    ['Asia/Singapore', 'SG'],
    // Not guessed: no country keeps UTC's holidays; date-holidays lists Ljubljana under no country.
    ['UTC', null],
    ['Europe/Ljubljana', null],
    ['Not/AZone', null],
    [null, null],
  ])('%s -> %s', (zone, country) => {
    expect(holidayCountryOfZone(zone)).toBe(country);
  });
});
