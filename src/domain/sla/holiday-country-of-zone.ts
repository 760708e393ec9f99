import Holidays from 'date-holidays';

/** Zone -> the countries date-holidays lists it for; built once per process (about 200 countries). */
let countriesByZone: Map<string, string[]> | null = null;

function zoneIndex(): Map<string, string[]> {
  if (countriesByZone) return countriesByZone;
  const index = new Map<string, string[]>();
  for (const country of Object.keys(new Holidays().getCountries() ?? {}))
    for (const zone of new Holidays(country).getTimezones() ?? []) index.set(zone, [...(index.get(zone) ?? []), country]);
  countriesByZone = index;
  return index;
}

/**
 * The country whose public holidays an office in this IANA time zone most likely keeps, to propose
 * a calendar from the admin's profile: the one country date-holidays lists the zone for. Null when
 * none or several do (UTC is none; date-holidays files Slovenia under Europe/Belgrade, shared with
 * its neighbours, so Europe/Ljubljana is none too): nothing is guessed, the admin picks.
 * @example holidayCountryOfZone('Europe/Berlin') // 'DE'
 */
export function holidayCountryOfZone(timeZone: string | null): string | null {
  if (!timeZone) return null;
  const countries = zoneIndex().get(timeZone) ?? [];
  return countries.length === 1 ? countries[0]! : null;
}
