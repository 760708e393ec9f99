/**
 * The app's words for people, as the domain and use cases receive them: a translate function for
 * one reader's language, passed in (the platform adapter loads it through Forge's i18n), so message
 * builders stay pure and testable with literal values.
 */
import type SourceMessages from '../../../locales/en-US.json';
import type { AppLocale } from '../../shared/app-locales';

type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}` }[keyof T & string];

/** Every message key, from the source locale's file (a type-only import: nothing is bundled). */
export type MessageKey = Leaves<typeof SourceMessages>;

/** What a message's placeholders take (ICU message format: `{name}`, plurals, selects). */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** A key's message in the reader's language, formatted with its values. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** One reader's language and the app's words in it. */
export interface Reader {
  locale: AppLocale;
  t: Translate;
}
