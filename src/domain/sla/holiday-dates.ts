import Holidays from 'date-holidays';
import type { HolidayRegion } from './business-calendar';

const DAY_MS = 86_400_000;
/** date-holidays builds each region's year from rules; caching keeps working-time arithmetic O(days). */
const cache = new Map<string, ReadonlySet<string>>();
/**
 * Where the law observes a weekend holiday on a weekday but date-holidays types that observed day 'bank':
 * US federal law moves a Saturday holiday to the Friday before and a Sunday one to the Monday after
 * (5 U.S.C. 6103(b); Executive Order 11582), and the dataset marks Veterans Day's observed Friday (10 Nov
 * 2028) 'bank' with "Federal Government offices are closed"; the territories keep the same federal days.
 * Ireland's substitute St Stephen's Day stays out: the Organisation of Working Time Act 1997 makes no
 * substitute public holiday. Observed days the dataset types 'public' (most of them) always count.
 */
const OBSERVED_BANK_SUBSTITUTES = new Set(['US', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI']);

/**
 * The public holidays of a region in one year, as local dates "YYYY-MM-DD". Only holidays of type
 * "public" close the office: observances (Valentine's day) and optional days do not. A holiday that
 * falls on a weekend counts on the weekday it is observed on too (its substitute day). Holidays that
 * last several days count every day.
 * @example publicHolidayDates({ country: 'DE', state: 'BE', region: null }, 2026).has('2026-12-25') // true
 * @example publicHolidayDates({ country: 'US', state: null, region: null }, 2028).has('2028-11-10') // true (Veterans Day observed)
 */
export function publicHolidayDates(region: HolidayRegion, year: number): ReadonlySet<string> {
  const key = `${region.country}/${region.state ?? ''}/${region.region ?? ''}/${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const options = { types: ['public', 'bank'] as ('public' | 'bank')[] };
  const calendar = region.state
    ? region.region
      ? new Holidays(region.country, region.state, region.region, options)
      : new Holidays(region.country, region.state, options)
    : new Holidays(region.country, options);
  const dates = new Set<string>();
  for (const h of calendar.getHolidays(year) || []) {
    if (!closesOffices(h, region.country)) continue;
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    const first = Date.UTC(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)) - 1, Number(h.date.slice(8, 10)));
    for (let d = 0; d < days; d++) dates.add(new Date(first + d * DAY_MS).toISOString().slice(0, 10));
  }
  cache.set(key, dates);
  return dates;
}

function closesOffices(h: { type: string; substitute?: boolean }, country: string): boolean {
  return h.type === 'public' || (h.type === 'bank' && h.substitute === true && OBSERVED_BANK_SUBSTITUTES.has(country));
}

/** Whether date-holidays knows the region, so settings can name a typo rather than silently have no holidays. */
export function isKnownHolidayRegion(region: HolidayRegion): boolean {
  const dataset = new Holidays();
  if (!dataset.getCountries()?.[region.country]) return false;
  if (region.state && !dataset.getStates(region.country)?.[region.state]) return false;
  if (region.state && region.region && !dataset.getRegions(region.country, region.state)?.[region.region]) return false;
  return true;
}
