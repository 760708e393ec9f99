/**
 * The language a person reads what the app writes for them in (issue 33): their Jira locale where
 * Jira tells it and the app speaks it, else the app's default language (`language.default` in the
 * settings). Reading the site's own default language would need an admin scope, so the app has its own.
 */
import type { AppConfig } from '../domain/config/app-config';
import type { Reader, Translate } from '../domain/words/translate';
import { type AppLocale, appLocaleOf } from '../shared/app-locales';

/** Where the words come from (src/platform/i18n): people's Jira locales and the app's translations. */
export interface ReaderWords {
  /** The person's Jira locale as Jira writes it (`de_DE`); null where Jira does not say (privacy) or cannot find them. */
  jiraLocaleOf(accountId: string): Promise<string | null>;
  /** The app's messages in one of its locales. */
  inLocale(locale: AppLocale): Promise<Translate>;
}

export type { Reader } from '../domain/words/translate';

/**
 * The reader's locale: their Jira locale when the app speaks its language, else the app's default.
 * @example readerLocale('de_DE', 'en-US') // 'de-DE'
 * @example readerLocale(null, 'fr-FR') // 'fr-FR'
 * @example readerLocale('ja_JP', 'en-US') // 'en-US'
 */
export const readerLocale = (jiraLocale: string | null, appDefault: AppLocale): AppLocale => appLocaleOf(jiraLocale) ?? appDefault;

/** The words for one person (null: nobody in particular, so the app's default language). */
export async function wordsForReader(words: ReaderWords, accountId: string | null, config: Pick<AppConfig, 'language'>): Promise<Reader> {
  const jiraLocale = accountId ? await words.jiraLocaleOf(accountId) : null;
  const locale = readerLocale(jiraLocale, config.language.default);
  return { locale, t: await words.inLocale(locale) };
}

/** The words in the app's default language, for messages to many people at once. */
export async function wordsForEveryone(words: Pick<ReaderWords, 'inLocale'>, config: Pick<AppConfig, 'language'>): Promise<Reader> {
  const locale = config.language.default;
  return { locale, t: await words.inLocale(locale) };
}
