/**
 * Jira's permission model, reduced to what the site needs: project permissions from project roles,
 * the global Administer permission, issue security levels and JSM customers' access to their own
 * requests. https://support.atlassian.com/jira-cloud-administration/docs/manage-project-permissions/
 */
import { APP_USER, SECURITY_LEVELS, findProject, findUser } from './directory';
import type { StoredIssue } from './site-state';

export const PROJECT_PERMISSIONS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'ADD_COMMENTS',
  'ASSIGN_ISSUES',
  'TRANSITION_ISSUES',
  'RESOLVE_ISSUES',
  'CLOSE_ISSUES',
  'DELETE_ISSUES',
  'SET_ISSUE_SECURITY',
  'WORK_ON_ISSUES',
  'ADMINISTER_PROJECTS',
] as const;
export const GLOBAL_PERMISSIONS = ['ADMINISTER', 'USER_PICKER'] as const;
export type PermissionKey = (typeof PROJECT_PERMISSIONS)[number] | (typeof GLOBAL_PERMISSIONS)[number];

const COMMENT_ROLE: PermissionKey[] = ['BROWSE_PROJECTS', 'ADD_COMMENTS'];
const CUSTOMER_ON_OWN_REQUEST: PermissionKey[] = ['BROWSE_PROJECTS', 'ADD_COMMENTS'];

export const isKnownPermission = (key: string): key is PermissionKey =>
  (PROJECT_PERMISSIONS as readonly string[]).includes(key) || (GLOBAL_PERMISSIONS as readonly string[]).includes(key);

export function hasGlobalPermission(accountId: string, key: PermissionKey): boolean {
  if (accountId === APP_USER.accountId) return true;
  const user = findUser(accountId);
  if (!user) return false;
  if (key === 'ADMINISTER') return user.persona === 'admin';
  if (key === 'USER_PICKER') return user.accountType === 'atlassian';
  return false;
}

/** Whether the user holds a project permission in a project (ignoring issue security). */
export function hasProjectPermission(accountId: string, projectId: string, key: PermissionKey): boolean {
  if (accountId === APP_USER.accountId) return true;
  const project = findProject(projectId);
  if (!project) return false;
  if (project.roles.full.includes(accountId)) return true;
  if (project.roles.comment.includes(accountId)) return COMMENT_ROLE.includes(key);
  if (project.roles.browse.includes(accountId)) return key === 'BROWSE_PROJECTS';
  return false;
}

export function canSeeIssue(accountId: string, issue: StoredIssue): boolean {
  if (accountId === APP_USER.accountId) return true;
  const level = SECURITY_LEVELS.find((l) => l.id === issue.fields.securityLevelId);
  // Like a typical Jira security level, the reporter is always among those who can see the issue.
  if (level && !level.members.includes(accountId) && issue.fields.reporter !== accountId) return false;
  return hasIssuePermission(accountId, issue, 'BROWSE_PROJECTS');
}

/** A project permission on one issue: customers hold a few on the requests they reported. */
export function hasIssuePermission(accountId: string, issue: StoredIssue, key: PermissionKey): boolean {
  if (hasProjectPermission(accountId, issue.projectId, key)) return true;
  const project = findProject(issue.projectId);
  const isOwnRequest = project?.portalId != null && issue.fields.reporter === accountId;
  return isOwnRequest && CUSTOMER_ON_OWN_REQUEST.includes(key);
}
