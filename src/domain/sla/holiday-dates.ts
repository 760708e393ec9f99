import Holidays from 'date-holidays';
import type { HolidayRegion } from './business-calendar';

const DAY_MS = 86_400_000;
/** date-holidays builds each region's year from rules; caching keeps working-time arithmetic O(days). */
const cache = new Map<string, ReadonlySet<string>>();

/**
 * The public holidays of a region in one year, as local dates "YYYY-MM-DD". Only holidays of type
 * "public" close the office: observances (Valentine's day) and optional days do not. Holidays that
 * last several days count every day.
 * @example publicHolidayDates({ country: 'DE', state: 'BE', region: null }, 2026).has('2026-12-25') // true
 */
export function publicHolidayDates(region: HolidayRegion, year: number): ReadonlySet<string> {
  const key = `${region.country}/${region.state ?? ''}/${region.region ?? ''}/${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const calendar = region.state
    ? region.region
      ? new Holidays(region.country, region.state, region.region, { types: ['public'] })
      : new Holidays(region.country, region.state, { types: ['public'] })
    : new Holidays(region.country, { types: ['public'] });
  const dates = new Set<string>();
  for (const h of calendar.getHolidays(year) || []) {
    if (h.type !== 'public') continue;
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    const first = Date.UTC(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)) - 1, Number(h.date.slice(8, 10)));
    for (let d = 0; d < days; d++) dates.add(new Date(first + d * DAY_MS).toISOString().slice(0, 10));
  }
  cache.set(key, dates);
  return dates;
}

/** Whether date-holidays knows the region, so settings can name a typo rather than silently have no holidays. */
export function isKnownHolidayRegion(region: HolidayRegion): boolean {
  const dataset = new Holidays();
  if (!dataset.getCountries()?.[region.country]) return false;
  if (region.state && !dataset.getStates(region.country)?.[region.state]) return false;
  if (region.state && region.region && !dataset.getRegions(region.country, region.state)?.[region.region]) return false;
  return true;
}
