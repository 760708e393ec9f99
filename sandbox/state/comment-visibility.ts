/**
 * Who reads which comment. Jira returns a comment where the caller may browse the issue and, when
 * the comment has a visibility restriction, belongs to its group or holds its role ("Get comments",
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get).
 * Jira Service Management adds internal comments, for the team: its own API answers "Customers are
 * returned public comments only" ("Get request comments",
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-comment-get).
 * The platform API's page does not say what it answers a customer; the local site takes the stricter
 * reading and gives a customer the public comments only everywhere (REST comments, an issue's comment
 * field, search, the local issue page), as the portal shows them.
 */
import { APP_USER, findProject, GROUPS } from './directory';
import { canSeeIssue, hasProjectPermission } from './permissions';
import type { StoredComment, StoredIssue } from './site-state';

/**
 * Whether JSM shows a comment to the customer: not restricted by visibility, and not marked
 * internal through the `sd.public.comment` property ({ internal: true }), which is how the
 * platform comment API adds internal notes on a service request
 * (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-comment-post
 * documents the flag; the property is its platform-API form).
 */
export function isPublicComment(c: StoredComment): boolean {
  const flag = (c.properties ?? []).find((p) => p.key === 'sd.public.comment')?.value as { internal?: unknown } | undefined;
  return c.visibility === null && flag?.internal !== true;
}

/**
 * Whether the person reaches the issue only as its customer: they reported a request on a portal and
 * hold no Browse projects of their own in its project (a portal customer, or an employee who is not
 * on the team). The project's permission scheme gives customers Browse and Add comments on their own
 * requests only (permissions.ts).
 */
export function readsAsCustomer(accountId: string, issue: StoredIssue): boolean {
  if (accountId === APP_USER.accountId) return false;
  const project = findProject(issue.projectId);
  return project?.portalId != null && !hasProjectPermission(accountId, issue.projectId, 'BROWSE_PROJECTS');
}

/**
 * Whether a comment's group or role restriction admits the person. The site's projects have no named
 * roles, so a role restriction is read strictly: only the project's team (its full role) reads it.
 */
function admittedByVisibility(accountId: string, issue: StoredIssue, visibility: StoredComment['visibility']): boolean {
  if (visibility === null || accountId === APP_USER.accountId) return true;
  if (visibility.type === 'group') return GROUPS.some((g) => g.name === visibility.value && (g.members as readonly string[]).includes(accountId));
  return findProject(issue.projectId)?.roles.full.includes(accountId) ?? false;
}

/**
 * Whether the person may read the comment: they can browse the issue, its restriction admits them,
 * and, where they reach the issue only as its customer, the comment is public.
 * @example canSeeComment('acc-casey-customer', request, internalNote) // false
 */
export function canSeeComment(accountId: string, issue: StoredIssue, comment: StoredComment): boolean {
  if (!canSeeIssue(accountId, issue)) return false;
  if (readsAsCustomer(accountId, issue)) return isPublicComment(comment);
  return admittedByVisibility(accountId, issue, comment.visibility);
}

/** The comments of an issue the person may read, oldest first. */
export const visibleComments = (accountId: string, issue: StoredIssue): StoredComment[] => issue.comments.filter((c) => canSeeComment(accountId, issue, c));
