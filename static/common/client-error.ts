/**
 * Errors the UI makes itself (invoke-resolver.ts: a request too large to send, the platform's
 * refusal, no connection) carry their message key and values beside the source-locale message, so
 * the error views show them in the viewer's language; errors from the backend carry only a message.
 */
import type { ErrorBody } from '../../src/shared/envelope';
import type { MessageKey } from './i18n/message-key';
import type { MessageValues, Translate } from './i18n/translate';

export interface ClientErrorBody extends ErrorBody {
  messageKey: MessageKey;
  values?: MessageValues;
}

/** An error's words for the viewer: its key translated when the UI made it, else its message as sent. */
export function errorText(error: ErrorBody, t: Translate): string {
  const { messageKey, values } = error as Partial<ClientErrorBody>;
  return messageKey ? t(messageKey, values) : error.message;
}
