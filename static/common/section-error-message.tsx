import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ErrorBody } from '../../src/shared/envelope';
import { useT } from './i18n/i18n-provider';
import type { MessageKey } from './i18n/message-key';
import { errorText } from './client-error';

/** Lazy-loaded by error-message.tsx, which re-exports these props; declared here so neither file imports the other's values or types in a circle. */
export interface ErrorMessageProps {
  error: ErrorBody;
  action?: { text: string; onClick: () => void };
}

const TITLES: Partial<Record<ErrorBody['code'], MessageKey>> = {
  NOT_FOUND: 'common.error.title.notFound',
  FORBIDDEN: 'common.error.title.forbidden',
  CONFLICT: 'common.error.title.conflict',
  VALIDATION_FAILED: 'common.error.title.validation',
  RATE_LIMITED: 'common.error.title.rateLimited',
};

/**
 * Nothing here (not set up, not an incident) is information, not a failure: it is said as such,
 * in a status rather than an alert.
 */
const appearanceOf = (code: ErrorBody['code']) => (code === 'NOT_FOUND' ? 'information' : code === 'CONFLICT' || code === 'RATE_LIMITED' ? 'warning' : 'error');

/** The full error view: Atlaskit section message, field problems, and an optional action. */
export default function SectionErrorMessage({ error, action }: ErrorMessageProps) {
  const { t } = useT();
  return (
    <SectionMessage
      appearance={appearanceOf(error.code)}
      title={t(TITLES[error.code] ?? 'common.error.title.other')}
      actions={
        action
          ? [
              <SectionMessageAction key="action" onClick={action.onClick}>
                {action.text}
              </SectionMessageAction>,
            ]
          : []
      }
    >
      <p role={error.code === 'NOT_FOUND' ? 'status' : 'alert'}>{errorText(error, t)}</p>
      {error.fields && (
        <ul>
          {Object.entries(error.fields).map(([field, message]) => (
            <li key={field}>
              <strong>{field}</strong>: {message}
            </li>
          ))}
        </ul>
      )}
    </SectionMessage>
  );
}
