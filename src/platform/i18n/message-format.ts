/**
 * A translate function over a locale's messages as Forge's i18n gives them, formatted as ICU
 * messages by intl-messageformat (plurals, selects, values), as the Custom UIs do.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey, MessageValues, Translate } from '../../domain/words/translate';
import { SOURCE_LOCALE } from '../../shared/app-locales';

/** A locale's file as Forge gives it: nested objects whose leaves are messages. */
export type Messages = { [key: string]: string | Messages };

/**
 * A key's message, by its dotted path (Forge's files are nested by the dots of the keys).
 * @example lookUp({ message: { hello: 'Hello' } }, 'message.hello') // 'Hello'
 */
export function lookUp(messages: Messages | null, key: string): string | null {
  let node: string | Messages | undefined = messages ?? undefined;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : null;
}

/** `t` over one locale's messages, falling back key by key to the source locale's; each message parsed once. */
export function translatorOver(locale: string, own: Messages | null, source: Messages | null): Translate {
  const formats = new Map<string, IntlMessageFormat>();
  return (key: MessageKey, values?: MessageValues) => {
    let format = formats.get(key);
    if (!format) {
      const message = lookUp(own, key);
      const fallback = message === null ? lookUp(source, key) : null;
      // The translation checks make a key missing from en-US impossible in a shipped build.
      if (message === null && fallback === null) return key;
      format = new IntlMessageFormat(message ?? fallback!, message !== null ? locale : SOURCE_LOCALE);
      formats.set(key, format);
    }
    return String(format.format(values as Record<string, string | number | boolean | Date | null | undefined>));
  };
}
