/**
 * The app's backend words in a locale, from the locale files as they are (locales/), formatted as the
 * deployed function formats them (src/platform/i18n/message-format.ts): for tests of message builders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../src/domain/words/translate';
import { type Messages, translatorOver } from '../../src/platform/i18n/message-format';
import type { AppLocale } from '../../src/shared/app-locales';

const REPO = join(__dirname, '..', '..');
const messages = (locale: AppLocale) => JSON.parse(readFileSync(join(REPO, 'locales', `${locale}.json`), 'utf8')) as Messages;

/** `t` for a reader of `locale`. */
export const wordsIn = (locale: AppLocale): Translate => translatorOver(locale, messages(locale), messages('en-US'));

/** The English (en-US) words: what the app writes for a reader whose language it does not know, by default. */
export const en = wordsIn('en-US');
