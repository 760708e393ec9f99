/**
 * Looks a key up and formats it as an ICU message: the viewer's locale first, then the source
 * locale, then the key itself (which the translation checks make impossible in a shipped build).
 */
import type { IntlMessageFormat as Formatter, PrimitiveType } from 'intl-messageformat';
import type { MessageKey } from './message-key';

/** A locale's file as Forge serves it: nested objects whose leaves are messages. */
export type Messages = { [key: string]: string | Messages };
export type MessageValues = Record<string, PrimitiveType>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * A key's message, by its dotted path (Forge's own lookup accepts flat and nested files alike).
 * @example lookUp({ portal: { loading: 'Loading' } }, 'portal.loading') // 'Loading'
 */
export function lookUp(messages: Messages, key: string): string | null {
  const flat = messages[key];
  if (typeof flat === 'string') return flat;
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : null;
}

interface Catalogue {
  locale: string;
  messages: Messages;
}

/** `t` for one viewer: each message parsed once, in the locale its text is written in. */
export function translator(viewer: Catalogue, source: Catalogue, IntlMessageFormat: typeof Formatter): Translate {
  const formats = new Map<string, Formatter>();
  return (key, values) => {
    let format = formats.get(key);
    if (!format) {
      const own = lookUp(viewer.messages, key);
      const message = own ?? lookUp(source.messages, key);
      if (message === null) return key;
      format = new IntlMessageFormat(message, own !== null ? viewer.locale : source.locale);
      formats.set(key, format);
    }
    return String(format.format(values));
  };
}
