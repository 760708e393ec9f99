import { i18n, view } from '@forge/bridge';
import { Component, type ErrorInfo, type ReactNode, useEffect, useState } from 'react';
import { type MessageKey, SOURCE_LOCALE } from './i18n/message-key';
import { lookUp, type Messages } from './i18n/translate';

const FAILED: MessageKey = 'common.errorBoundary.failed';

/**
 * The notice in the viewer's language. The boundary sits outside the module's I18nProvider (it must
 * catch what fails inside it), so it reads the message itself: the view context's locale, then the
 * source locale, as the provider does. The message has no values, so no formatter is needed.
 */
async function failedNotice(): Promise<string | null> {
  const context = await view.getContext().catch(() => null);
  const wanted = (context as { locale?: unknown } | null)?.locale;
  for (const locale of [typeof wanted === 'string' && wanted ? wanted : SOURCE_LOCALE, SOURCE_LOCALE]) {
    const found = await i18n
      .getTranslations(locale as never)
      .then((r) => (r.translations ? lookUp(r.translations as Messages, FAILED) : null))
      .catch(() => null);
    if (found) return found;
  }
  return null;
}

function FailedNotice() {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void failedNotice().then((found) => !cancelled && setText(found));
    return () => {
      cancelled = true;
    };
  }, []);
  // An alert region, present at once, so the words are announced when they arrive.
  return <p role="alert">{text}</p>;
}

/** Keeps a rendering bug from blanking the module: the user sees what happened and can reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Incident response app failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <FailedNotice />;
  }
}
