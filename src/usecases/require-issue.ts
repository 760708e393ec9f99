import { AppError } from './app-error';
import type { IssueSnapshot, JiraAsUser } from './ports';

/**
 * The issue as the calling user sees it, with whether they may edit it: one permissions request
 * and one issue request, in parallel. A hidden issue reads exactly like a missing one.
 * With `mustEdit`, a user who may only look is refused with that message.
 */
export async function requireIssue(jira: JiraAsUser, issueKey: string, mustEdit?: string): Promise<{ issue: IssueSnapshot; canEdit: boolean }> {
  const [permissions, issue] = await Promise.all([jira.permissions(['BROWSE_PROJECTS', 'EDIT_ISSUES'], issueKey), jira.issue(issueKey)]);
  if (!permissions.BROWSE_PROJECTS || !issue) throw new AppError('NOT_FOUND', 'This issue does not exist or you cannot see it.');
  if (mustEdit && !permissions.EDIT_ISSUES) throw new AppError('FORBIDDEN', mustEdit);
  return { issue, canEdit: permissions.EDIT_ISSUES };
}
