/**
 * Issue links: create, and the `issuelinks` field of an issue.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-links/#api-rest-api-3-issuelink-post
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-link-types/ (Jira's default types)
 */
import { Hono } from 'hono';
import { STATUSES } from '../../state/directory';
import type { IssueStore } from '../../state/issue-store';
import { canSeeIssue, hasIssuePermission } from '../../state/permissions';
import type { StoredIssue } from '../../state/site-state';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { jiraError } from '../jira-errors';

export const LINK_TYPES = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
] as const;

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function issueLinkRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  // POST /rest/api/3/issueLink { type: { name | id }, inwardIssue: { key | id }, outwardIssue: { key | id } } -> 201
  app.post('/issueLink', async (c) => {
    const caller = c.env.caller.accountId;
    const body = (await c.req.json().catch(() => null)) as Body | null;
    const type = LINK_TYPES.find((t) => t.name === body?.type?.name || t.id === body?.type?.id);
    if (!type) return jiraError(404, ['No issue link type with name or id given.']);
    const inward = deps.issues.find(String(body?.inwardIssue?.key ?? body?.inwardIssue?.id ?? ''));
    const outward = deps.issues.find(String(body?.outwardIssue?.key ?? body?.outwardIssue?.id ?? ''));
    if (!inward || !outward || !canSeeIssue(caller, inward) || !canSeeIssue(caller, outward))
      return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
    // Linking needs the Link issues permission on the issues (the site grants it with Edit issues).
    if (!hasIssuePermission(caller, inward, 'EDIT_ISSUES') || !hasIssuePermission(caller, outward, 'EDIT_ISSUES'))
      return jiraError(403, ['You do not have the permission to link issues.']);
    deps.issues.addLink(type.name, inward, outward);
    return c.body(null, 201);
  });

  return app;
}

/**
 * The `issuelinks` field: one entry per link, holding the other issue (only those the caller can
 * see, as Jira hides links to issues you cannot browse) with its summary, status and type.
 */
export function issueLinkBeans(issues: IssueStore, issue: StoredIssue, viewer: string, baseUrl: string) {
  return issues.links(issue.id).flatMap((link) => {
    const type = LINK_TYPES.find((t) => t.name === link.type)!;
    const outward = link.inwardIssueId === issue.id;
    const other = issues.find(outward ? link.outwardIssueId : link.inwardIssueId);
    if (!other || !canSeeIssue(viewer, other)) return [];
    const status = STATUSES.find((s) => s.name === other.fields.status);
    const otherBean = {
      id: other.id,
      key: other.key,
      self: `${baseUrl}/rest/api/3/issue/${other.id}`,
      fields: { summary: other.fields.summary, status: { name: other.fields.status, statusCategory: { key: status?.category ?? 'new' } } },
    };
    return [{ id: link.id, type: { ...type }, ...(outward ? { outwardIssue: otherBean } : { inwardIssue: otherBean }) }];
  });
}
