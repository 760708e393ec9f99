import { findProject, ISSUE_TYPES } from './directory';
import type { StoredIssue } from './site-state';

/**
 * The `extension` of an issue-view module's context (panel, glance, action), as Jira builds it: the
 * issue with its type, the project with its type, and where the issue is shown. The local issue page
 * gives it to the frames; the demo's story gives it to the resolvers it calls as people.
 */
export function issueViewExtension(issue: StoredIssue, type: string, baseUrl: string) {
  const project = findProject(issue.projectId)!;
  return {
    type,
    issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype, typeId: ISSUE_TYPES.find((t) => t.name === issue.fields.issuetype)?.id ?? null },
    project: { id: project.id, key: project.key, type: project.projectTypeKey },
    location: `${baseUrl}/browse/${issue.key}`,
  };
}
