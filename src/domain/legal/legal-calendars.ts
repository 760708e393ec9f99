/**
 * The business-day calendars legal rules count in (§2.4): weekdays minus the jurisdiction's public
 * holidays (date-holidays, observed dates included), in the jurisdiction's time zone. These are the
 * law's calendars, never the team's support hours.
 */
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { publicHolidayDates } from '../sla/holiday-dates';
import type { LegalCalendarId } from './legal-rule';
import type { OrganisationProfile } from './organisation-profile';

export interface LegalCalendar {
  id: LegalCalendarId;
  name: string;
  zone: string;
  /** A local date "YYYY-MM-DD" on which the regulator counts a working day. */
  isWorkingDay(date: string): boolean;
}

const SATURDAY = 6;
/** A calendar of weekdays only, without public holidays. */
const NO_COUNTRY = 'ZZ';

function calendar(
  id: LegalCalendarId,
  name: string,
  zone: string,
  country: string,
  state: string | null,
  closed: (date: string) => boolean = () => false,
): LegalCalendar {
  return {
    id,
    name,
    zone,
    isWorkingDay(date) {
      const day = DateTime.fromISO(date, { zone: 'UTC' });
      if (day.weekday >= SATURDAY) return false;
      return !closed(date) && (country === NO_COUNTRY || !publicHolidayDates({ country, state, region: null }, day.year).has(date));
    },
  };
}

/** Japan's government offices close 29 December to 3 January (§2.4, Japan day count). */
const japaneseYearEnd = (date: string) => date.slice(5) >= '12-29' || date.slice(5) <= '01-03';

/** The zone of a country's capital, as date-holidays lists it first. */
function countryZone(country: string): string | null {
  if (!zoneByCountry.has(country)) zoneByCountry.set(country, new Holidays(country).getTimezones?.()?.[0] ?? null);
  return zoneByCountry.get(country)!;
}
/** Reference data (not customer data): building a date-holidays country is slow, so zones are kept. */
const zoneByCountry = new Map<string, string | null>();

function countryCalendar(id: LegalCalendarId, country: string | null): LegalCalendar | null {
  const zone = country ? countryZone(country) : null;
  return country && zone ? calendar(id, `${country} working days`, zone, country, null) : null;
}

/**
 * The calendar a rule names, for this organisation; null when the profile lacks what it needs (no
 * Member State for DORA's roll), in which case the deadline is not moved (the stricter reading).
 */
export function legalCalendar(id: LegalCalendarId, profile: OrganisationProfile): LegalCalendar | null {
  switch (id) {
    case 'US-federal':
      return calendar(id, 'US federal working days', 'America/New_York', 'US', null);
    case 'US-VT':
      return calendar(id, 'Vermont working days', 'America/New_York', 'US', 'VT');
    case 'US-ME':
      return calendar(id, 'Maine working days', 'America/New_York', 'US', 'ME');
    case 'BR-national':
      return calendar(id, 'Brazil national working days', 'America/Sao_Paulo', 'BR', null);
    case 'JP-government':
      return calendar(id, 'Japan government working days', 'Asia/Tokyo', 'JP', null, japaneseYearEnd);
    case 'AU-national':
      // Acts Interpretation Act 1901 s 36(2) moves a last day that is a holiday "in the place concerned"; the
      // holidays every state keeps are used, so no state's own holiday lengthens a period (the stricter reading).
      return calendar(id, 'Australia national public holidays', 'Australia/Sydney', 'AU', null);
    case 'EU-member-state':
      return countryCalendar(id, profile.memberStates[0] ?? null);
    case 'acquirer-country':
      // Unless agreed otherwise, the acquirer's country's working days [policy]; weekdays until it is set.
      return countryCalendar(id, profile.acquirerCountry) ?? calendar(id, 'Weekdays (set the acquirer country in the profile)', 'UTC', NO_COUNTRY, null);
  }
}
