import { doc, p, strong, text } from '@atlaskit/adf-utils/builders';
import type { Translate } from '../words/translate';
import type { FirstResponsePromise } from './expected-first-response';

/** The comment property that marks the app's acknowledgement, so a repeated intake never posts it twice. */
export const ACKNOWLEDGEMENT_PROPERTY_KEY = 'incident-response.acknowledgement';

/**
 * The public comment that thanks the reporter (seed 000: never blame reporters; 004: keep them
 * informed), in Atlassian Document Format, in the reporter's language (`t`).
 * @example acknowledgementComment(t, { promise: 'businessHours', amount: 4 }).content[0].content[0].text // 'Thank you for reporting this.'
 */
export function acknowledgementComment(t: Translate, expected: FirstResponsePromise) {
  return doc(
    p(strong(t('message.reporter.acknowledgement.thanks'))),
    p(text(t('message.reporter.acknowledgement.received', { promise: expected.promise, amount: expected.amount }))),
    p(text(t('message.reporter.acknowledgement.noBlame'))),
  );
}

/**
 * The notice the reporter gets when their report is closed (seed 000: the reporter is informed at
 * close). It names the request by its key only: responders may have edited the summary since it was
 * reported (a restricted incident's summary may name what they found), and the reporter knows their
 * request by the key the portal showed them.
 * @example closedNotice(t, 'SEC-12').subject // '[SEC-12] Your report is closed'
 */
export function closedNotice(t: Translate, issueKey: string): { subject: string; textBody: string } {
  return {
    subject: t('message.reporter.closed.subject', { issueKey }),
    textBody: t('message.reporter.closed.body', { issueKey }),
  };
}
