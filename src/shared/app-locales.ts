/**
 * The languages the app speaks: manifest.yml's `translations.resources` (a test keeps the two the
 * same), en-US being the source every other locale falls back to.
 */
export const APP_LOCALES = ['en-US', 'de-DE', 'es-ES', 'fr-FR'] as const;

export type AppLocale = (typeof APP_LOCALES)[number];

/** The source locale, and the app's default language until an admin picks another. */
export const SOURCE_LOCALE: AppLocale = 'en-US';

/**
 * The app's locale for a Jira locale (`de_DE`, as Jira's User schema writes it, or `de-DE`): the same
 * language and country, else the same language (Jira's `de_AT` reads German), else null.
 * @example appLocaleOf('de_DE') // 'de-DE'
 * @example appLocaleOf('es_MX') // 'es-ES'
 * @example appLocaleOf('ja_JP') // null
 */
export function appLocaleOf(jiraLocale: string | null | undefined): AppLocale | null {
  if (!jiraLocale) return null;
  const [language = '', country = ''] = jiraLocale.split(/[-_]/);
  const exact = `${language.toLowerCase()}-${country.toUpperCase()}`;
  return APP_LOCALES.find((l) => l === exact) ?? APP_LOCALES.find((l) => l.split('-')[0] === language.toLowerCase()) ?? null;
}
