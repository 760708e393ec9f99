import { doc, mention, paragraph, text } from '@atlaskit/adf-utils/builders';

/** The comment property that marks the app's paging comments (as escalations carry theirs). */
export const PAGING_PROPERTY_KEY = 'incident-response-paging';

/**
 * The page as an internal comment: a mention of the person (Jira mails and pushes mentions to
 * people who can see the comment) and, in words, what is asked of them.
 * @example pagingComment('acc-sam', 'Sam Responder', 'You are on call as primary: …') // doc(paragraph(mention, ' ', text))
 */
export function pagingComment(accountId: string, name: string, request: string): object {
  return doc(paragraph(mention({ id: accountId, text: `@${name}` }), text(` ${request}`)));
}
