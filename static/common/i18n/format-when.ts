/**
 * An instant in the reader's language and zone, with the zone named in their language, e.g.
 * "Montag, 7. Dezember 2026 um 09:55 Mitteleuropäische Normalzeit" for a German reader in Berlin.
 * @example formatWhen('2026-12-07T08:55:00.000Z', 'en-US', 'Europe/Berlin') // 'Monday, December 7, 2026 at 9:55 AM Central European Standard Time'
 */
export function formatWhen(instant: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'long',
  }).format(new Date(instant));
}
