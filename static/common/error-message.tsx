/**
 * Shows a resolver error. The Atlaskit section message (with its buttons and icons) loads only
 * when an error happens, keeping every module's initial JS within budget; until it arrives the
 * plain message is shown, so nothing is hidden.
 */
import { lazy, Suspense } from 'react';
import { errorText } from './client-error';
import { useT } from './i18n/i18n-provider';
import type { ErrorMessageProps } from './section-error-message';

const SectionErrorMessage = lazy(() => import('./section-error-message'));

export type { ErrorMessageProps } from './section-error-message';

export function ErrorMessage(props: ErrorMessageProps) {
  const { t } = useT();
  return (
    <Suspense fallback={<p role={props.error.code === 'NOT_FOUND' ? 'status' : 'alert'}>{errorText(props.error, t)}</p>}>
      <SectionErrorMessage {...props} />
    </Suspense>
  );
}
