import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ErrorBody } from '../../src/shared/envelope';

/** Lazy-loaded by error-message.tsx, which re-exports these props; declared here so neither file imports the other's values or types in a circle. */
export interface ErrorMessageProps {
  error: ErrorBody;
  action?: { text: string; onClick: () => void };
}

const TITLES: Partial<Record<ErrorBody['code'], string>> = {
  NOT_FOUND: 'Not available',
  FORBIDDEN: 'Not allowed',
  CONFLICT: 'Changed elsewhere',
  VALIDATION_FAILED: 'Please check the values',
  RATE_LIMITED: 'Jira is busy',
};

/**
 * Nothing here (not set up, not an incident) is information, not a failure: it is said as such,
 * in a status rather than an alert.
 */
const appearanceOf = (code: ErrorBody['code']) => (code === 'NOT_FOUND' ? 'information' : code === 'CONFLICT' || code === 'RATE_LIMITED' ? 'warning' : 'error');

/** The full error view: Atlaskit section message, field problems, and an optional action. */
export default function SectionErrorMessage({ error, action }: ErrorMessageProps) {
  return (
    <SectionMessage
      appearance={appearanceOf(error.code)}
      title={TITLES[error.code] ?? 'Something went wrong'}
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
      <p role={error.code === 'NOT_FOUND' ? 'status' : 'alert'}>{error.message}</p>
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
