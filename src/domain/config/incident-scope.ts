import type { IncidentScope } from './app-config';

/**
 * Whether a new issue is an incident report the app takes in. Nothing is, until an admin has set
 * incident response up; then empty lists mean every project and every issue type, and a scope
 * keeps follow-up tasks and unrelated projects out of the incident records and the statistics.
 */
export function isInScope(scope: IncidentScope, issue: { projectKey: string; issueTypeId: string | null }): boolean {
  if (!scope.setUp) return false;
  const projectIn = scope.projectKeys.length === 0 || scope.projectKeys.includes(issue.projectKey);
  const typeIn = scope.issueTypeIds.length === 0 || (issue.issueTypeId !== null && scope.issueTypeIds.includes(issue.issueTypeId));
  return projectIn && typeIn;
}
