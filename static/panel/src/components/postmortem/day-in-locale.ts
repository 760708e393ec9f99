/**
 * The day an instant falls on, in the viewer's language. The source locale keeps the app's own
 * words (src/shared/time-in-words.ts: "Sun 20 Dec 2026"), the words the documents use; other
 * locales get Intl's words for the same day. Times with their zone: labels.ts's formatTime.
 */
import { dayInWords } from '../../../../../src/shared/time-in-words';
import { SOURCE_LOCALE } from '../../../../common/i18n/message-key';

/**
 * The day an instant falls on in `timeZone`.
 * @example dayInLocale('2026-12-20T10:00:00.000Z', 'Europe/Berlin', 'fr-FR') // 'dim. 20 déc. 2026'
 */
export function dayInLocale(instant: string, timeZone: string, locale: string): string {
  if (locale === SOURCE_LOCALE) return dayInWords(instant, timeZone);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(instant));
}
