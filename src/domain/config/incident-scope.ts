import type { AppConfig, IncidentScope } from './app-config';

/**
 * Whether a new issue is an incident report the app takes in. Nothing is, until an admin has set
 * incident response up; then only the projects and issue types ticked (or "all", chosen on
 * purpose): a list with nothing ticked covers nothing, so a forgotten tick never makes every team's
 * issues incidents.
 *
 * @example isInScope({ projectKeys: ['SEC'], issueTypeIds: [], allProjects: false, allIssueTypes: false, setUp: true }, { projectKey: 'SEC', issueTypeId: '10003' }) // false: no type ticked
 */
export function isInScope(scope: IncidentScope, issue: { projectKey: string; issueTypeId: string | null }): boolean {
  if (!scope.setUp) return false;
  const projectIn = scope.allProjects || scope.projectKeys.includes(issue.projectKey);
  const typeIn = scope.allIssueTypes || (issue.issueTypeId !== null && scope.issueTypeIds.includes(issue.issueTypeId));
  return projectIn && typeIn;
}

/**
 * Whether the portal's incident questions show on a request type: only on those ticked (or all,
 * chosen on purpose) of a set-up site.
 *
 * @example asksOnRequestType({ scope: { setUp: true }, intake: { requestTypeIds: ['11'], allRequestTypes: false } }, '12') // false
 */
export function asksOnRequestType(
  config: { scope: Pick<IncidentScope, 'setUp'>; intake: Pick<AppConfig['intake'], 'requestTypeIds' | 'allRequestTypes'> },
  requestTypeId: string | null,
): boolean {
  if (!config.scope.setUp) return false;
  return config.intake.allRequestTypes || (requestTypeId !== null && config.intake.requestTypeIds.includes(requestTypeId));
}
