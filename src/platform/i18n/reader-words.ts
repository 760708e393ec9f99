/**
 * The app's words for people through Forge's own i18n (issue 33): `@forge/api`'s
 * `i18n.getTranslations` reads the manifest's translation files that `forge deploy` bundles next to
 * the function (`__LOCALES__/`), and intl-messageformat formats them (plurals, selects, values), as
 * the Custom UIs do. People's Jira locales come from Jira's user resource, as the app.
 */
import { i18n, route } from '@forge/api';
import type { Translate } from '../../domain/words/translate';
import { type AppLocale, SOURCE_LOCALE } from '../../shared/app-locales';
import type { ReaderWords } from '../../usecases/reader-words';
import { jiraRequest, JiraRequestError } from '../jira/jira-client';
import { type Messages, translatorOver } from './message-format';

/** One load per locale and function container: the files are part of the deployment and never change under it. */
const loaded = new Map<AppLocale, Promise<Translate>>();

async function load(locale: AppLocale): Promise<Translate> {
  // fallback: false, so a locale's own file is read as it is; en-US fills in key by key.
  const [own, source] = await Promise.all([
    i18n.getTranslations(locale, { fallback: false }),
    locale === SOURCE_LOCALE ? null : i18n.getTranslations(SOURCE_LOCALE, { fallback: false }),
  ]);
  const ownMessages = (own.translations ?? null) as Messages | null;
  return translatorOver(locale, ownMessages, ((source ?? own).translations ?? null) as Messages | null);
}

export function wordsIn(locale: AppLocale): Promise<Translate> {
  let words = loaded.get(locale);
  if (!words) {
    words = load(locale);
    loaded.set(locale, words);
    // A failed read (a platform hiccup) is tried again by the next caller rather than remembered.
    words.catch(() => loaded.delete(locale));
  }
  return words;
}

/**
 * GET /rest/api/3/user?accountId=: the person's `locale` (the User schema's; Jira may leave it out
 * for privacy). Someone Jira no longer knows (404) reads the app's default language.
 */
async function jiraLocaleOf(accountId: string): Promise<string | null> {
  try {
    const { body } = await jiraRequest<{ locale?: string | null }>('app', (jira) => jira.requestJira(route`/rest/api/3/user?accountId=${accountId}`));
    return typeof body?.locale === 'string' && body.locale ? body.locale : null;
  } catch (e) {
    if (e instanceof JiraRequestError && (e.status === 404 || e.status === 403)) return null;
    throw e;
  }
}

export const readerWords: ReaderWords = { jiraLocaleOf, inLocale: wordsIn };
