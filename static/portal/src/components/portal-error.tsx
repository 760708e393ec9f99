/**
 * A resolver error on the portal, in the reporter's language. The backend's message is written for
 * the app's log and in English; the reporter reads the portal's own words for its code instead.
 * Atlaskit's section message loads only when an error happens (as static/common/error-message.tsx
 * does), keeping the initial JS within budget; until then the plain message shows.
 */
import { lazy, Suspense } from 'react';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import type { ErrorBody } from '../../../../src/shared/envelope';

const PortalErrorView = lazy(() => import('./portal-error-view'));

export type { PortalErrorWords } from './portal-error-view';

const WORDS: Partial<Record<ErrorBody['code'], { title: MessageKey; message: MessageKey }>> = {
  NOT_FOUND: { title: 'portal.error.notFound.title', message: 'portal.error.notFound.message' },
  FORBIDDEN: { title: 'portal.error.forbidden.title', message: 'portal.error.forbidden.message' },
  RATE_LIMITED: { title: 'portal.error.busy.title', message: 'portal.error.busy.message' },
};
const OTHER = { title: 'portal.error.other.title', message: 'portal.error.other.message' } as const;

export function PortalError({ error, onRetry }: { error: ErrorBody; onRetry: () => void }) {
  const { t } = useT();
  const keys = WORDS[error.code] ?? OTHER;
  const words = { title: t(keys.title), message: t(keys.message), retry: t('portal.tryAgain') };
  return (
    <Suspense fallback={<p role="alert">{words.message}</p>}>
      <PortalErrorView words={words} information={error.code === 'NOT_FOUND'} onRetry={onRetry} />
    </Suspense>
  );
}
