/**
 * Issue 30, class 5, for SLA calendars: a public holiday observed on a weekday because it fell on a
 * weekend closes the office on the observed day, in every region the holiday dataset knows, so SLA
 * targets do not run through it. Then literal vectors from the official holiday lists.
 */
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { officeHours } from '../../../src/domain/sla/business-calendar';
import { addWorkingTime, workingTimeBetween } from '../../../src/domain/sla/working-time';
import { NEW_YORK_OFFICE } from './calendars';

const YEARS = [2026, 2027, 2028];
const HOUR = 3_600_000;
/** Observed days the dataset types 'bank' that are holidays in law (5 U.S.C. 6103(b); Executive Order 11582). */
const BANK_OBSERVED_IN_LAW = new Set(['US', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI']);

interface Region {
  country: string;
  state: string | null;
}

/** Countries whose states or provinces keep observed days of their own; elsewhere the country's days are walked. */
const WITH_STATES = new Set(['US', 'GB', 'AU', 'CA', 'NZ']);

/** Every country date-holidays knows, and the states of WITH_STATES (every state would take a minute per run). */
function regions(): Region[] {
  const dataset = new Holidays();
  return Object.keys(dataset.getCountries() ?? {}).flatMap((country) => [
    { country, state: null },
    ...(WITH_STATES.has(country) ? Object.keys(dataset.getStates(country) ?? {}).map((state) => ({ country, state })) : []),
  ]);
}

function observedWeekdays({ country, state }: Region): { zone: string; dates: string[] } {
  const dataset = state ? new Holidays(country, state) : new Holidays(country);
  const dates = YEARS.flatMap((year) => dataset.getHolidays(year) || [])
    .filter((h) => h.substitute === true && (h.type === 'public' || (h.type === 'bank' && BANK_OBSERVED_IN_LAW.has(country))))
    .map((h) => h.date.slice(0, 10))
    .filter((date) => DateTime.fromISO(date).weekday <= 5);
  return { zone: dataset.getTimezones()?.[0] ?? 'UTC', dates };
}

/**
 * The walk builds about 300 holiday datasets (several seconds); its answer does not depend on the machine's zone
 * (dates are local to each office), so it runs once, in the UTC project, while the vectors run under every zone.
 */
const inUtcProject = Intl.DateTimeFormat().resolvedOptions().timeZone === 'UTC';

describe('observed holidays in SLA business calendars (issue 30, class 5)', () => {
  (inUtcProject ? it : it.skip)(
    'for every country the dataset knows (and the states of WITH_STATES), every observed holiday in 2026-2028 has no office hours',
    () => {
      let regionsWalked = 0;
      let checked = 0;
      const open: string[] = [];
      for (const region of regions()) {
        const { zone, dates } = observedWeekdays(region);
        const office = officeHours('office', 'Office', zone, { ...region, region: null });
        regionsWalked++;
        for (const date of dates) {
          checked++;
          const day = DateTime.fromISO(date, { zone });
          if (workingTimeBetween(office, day.toMillis(), day.plus({ days: 1 }).toMillis()) > 0) open.push(`${region.country}/${region.state ?? ''} ${date}`);
        }
      }
      expect(open).toEqual([]);
      expect(regionsWalked).toBeGreaterThan(250);
      expect(checked).toBeGreaterThan(200);
    },
  );

  it.each([
    {
      name: 'New York: Independence Day 2027 is a Sunday, observed Monday 5 July; 2 working hours from Friday 16:00 end Tuesday 10:00',
      cite: '5 U.S.C. 6103(b)(2); https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
      calendar: NEW_YORK_OFFICE,
      start: '2027-07-02T16:00:00-04:00',
      due: '2027-07-06T10:00:00-04:00',
    },
    {
      name: 'New York: Veterans Day 2028 is a Saturday, observed Friday 10 November (dataset type "bank"); from Thursday 16:00 to Monday 10:00',
      cite: '5 U.S.C. 6103(b)(1); Executive Order 11582; https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
      calendar: NEW_YORK_OFFICE,
      start: '2028-11-09T16:00:00-05:00',
      due: '2028-11-13T10:00:00-05:00',
    },
    {
      name: 'London: Christmas and Boxing Day 2027 fall on the weekend, substitute days Monday 27 and Tuesday 28 December',
      cite: 'Banking and Financial Dealings Act 1971 Sch 1; https://www.gov.uk/bank-holidays',
      calendar: officeHours('london', 'London office', 'Europe/London', { country: 'GB', state: 'ENG', region: null }),
      start: '2027-12-24T16:00:00Z',
      due: '2027-12-29T10:00:00Z',
    },
    {
      name: 'Tokyo: the vernal equinox 2027 is a Sunday, substitute holiday Monday 22 March',
      cite: 'Act on National Holidays Art 3(2); https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html',
      calendar: officeHours('tokyo', 'Tokyo office', 'Asia/Tokyo', { country: 'JP', state: null, region: null }),
      start: '2027-03-19T16:00:00+09:00',
      due: '2027-03-23T10:00:00+09:00',
    },
  ])('$name ($cite)', ({ calendar, start, due }) => {
    expect(new Date(addWorkingTime(calendar, Date.parse(start), 2 * HOUR)).toISOString()).toBe(new Date(Date.parse(due)).toISOString());
  });
});
