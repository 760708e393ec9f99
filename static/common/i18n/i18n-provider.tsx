/**
 * The viewer's language for a Custom UI. Forge serves each locale's messages with the resource
 * (`./__LOCALES__/<locale>.json`, built from manifest.yml's `translations`); @forge/bridge's
 * getTranslations fetches only the viewer's locale (from the view context) and the source locale it
 * falls back to, never all of them. Forge's own `t` only looks keys up, so messages are ICU message
 * format, formatted with intl-messageformat (loaded with the messages, outside the initial JS) for
 * plurals, selects and values.
 */
import { i18n, view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { type MessageKey, SOURCE_LOCALE } from './message-key';
import { lookUp, type Messages, translator, type Translate } from './translate';

export interface I18n {
  /** The locale the viewer's messages are in (a Forge locale code such as `de-DE`); dates and numbers follow it. */
  locale: string;
  t: Translate;
  /** The source (en-US) text of a key: what an admin's unchanged default reads, to tell it from their own words. */
  source: (key: MessageKey) => string | null;
}

const I18nContext = createContext<I18n | null>(null);

/** The viewer's messages: the view context's locale, falling back to the source locale, as Forge's lookup order does. */
async function loadI18n(): Promise<I18n> {
  const context = await view.getContext().catch(() => null);
  const wanted = (context as { locale?: unknown } | null)?.locale;
  const locale = typeof wanted === 'string' && wanted ? wanted : SOURCE_LOCALE;
  const [viewer, source, { IntlMessageFormat }] = await Promise.all([
    i18n.getTranslations(locale as never).catch(() => ({ translations: null, locale: SOURCE_LOCALE })),
    i18n.getTranslations(SOURCE_LOCALE).catch(() => ({ translations: null, locale: SOURCE_LOCALE })),
    import('intl-messageformat'),
  ]);
  const sourceMessages = (source.translations ?? {}) as Messages;
  const shown = viewer.translations
    ? { locale: viewer.locale, messages: viewer.translations as Messages }
    : { locale: SOURCE_LOCALE, messages: sourceMessages };
  return {
    locale: shown.locale,
    t: translator(shown, { locale: SOURCE_LOCALE, messages: sourceMessages }, IntlMessageFormat),
    source: (key) => lookUp(sourceMessages, key),
  };
}

/** Renders its children once the viewer's messages are in; until then a spinner (no words yet: their language is not known). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [value, setValue] = useState<I18n | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadI18n().then((loaded) => !cancelled && setValue(loaded));
    return () => {
      cancelled = true;
    };
  }, []);
  if (!value) return <Spinner size="medium" />;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The viewer's `t(key, values)`, locale and source texts; only inside an I18nProvider. */
export function useT(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() is used outside an I18nProvider.');
  return value;
}
