import { doc, p, strong, text } from '@atlaskit/adf-utils/builders';

/** The comment property that marks the app's acknowledgement, so a repeated intake never posts it twice. */
export const ACKNOWLEDGEMENT_PROPERTY_KEY = 'incident-response.acknowledgement';

/**
 * The public comment that thanks the reporter (seed 000: never blame reporters; 004: keep them
 * informed), in Atlassian Document Format.
 * @example acknowledgementComment('within 4 business hours').content[0].content[0].text // 'Thank you for reporting this.'
 */
export function acknowledgementComment(expectedResponse: string) {
  return doc(
    p(strong('Thank you for reporting this.')),
    p(text(`The incident team has received your report and will get back to you ${expectedResponse}. You can follow what happens next on this request.`)),
    p(text('You did the right thing by speaking up: reporting something that turns out to be harmless is never a mistake.')),
  );
}

/**
 * The notice the reporter gets when their report is closed (seed 000: the reporter is informed at
 * close). It names the request by its key only: responders may have edited the summary since it was
 * reported (a restricted incident's summary may name what they found), and the reporter knows their
 * request by the key the portal showed them.
 * @example closedNotice('SEC-12').subject // '[SEC-12] Your report is closed'
 */
export function closedNotice(issueKey: string): { subject: string; textBody: string } {
  return {
    subject: `[${issueKey}] Your report is closed`,
    textBody: `Your report ${issueKey} is now closed. Thank you for reporting it. If it happens again, or you notice anything else that seems off, report it the same way.`,
  };
}
