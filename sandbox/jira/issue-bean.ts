/**
 * The REST v3 representation of an issue (IssueBean), limited to the fields the site stores.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */
import { ISSUE_TYPES, PRIORITIES, SECURITY_LEVELS, STATUSES, componentsOf, findProject, findUser } from '../state/directory';
import { isPublicComment, visibleComments } from '../state/comment-visibility';
import type { StoredIssue } from '../state/site-state';

export const NAVIGABLE_FIELDS = [
  'summary',
  'description',
  'issuetype',
  'status',
  'priority',
  'reporter',
  'assignee',
  'labels',
  'security',
  'project',
  'created',
  'updated',
  'resolutiondate',
  'statuscategorychangedate',
  'comment',
  'issuelinks',
  'components',
  'worklog',
] as const;

export function userBean(accountId: string | null, baseUrl: string) {
  if (!accountId) return null;
  const user = findUser(accountId);
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
    accountId,
    accountType: user?.accountType ?? 'atlassian',
    displayName: user?.displayName ?? 'Former user',
    active: user !== undefined,
    timeZone: user?.timeZone ?? 'UTC',
  };
}

/** Reads `fields` as Jira does: default *navigable (ours: all stored), `*all`, or a list, with `-name` exclusions. */
export function selectFields(requested: string[] | undefined, defaultFields: readonly string[]): Set<string> {
  const list = requested && requested.length > 0 ? requested : [...defaultFields];
  const selected = new Set<string>();
  for (const f of list) {
    if (f === '*all' || f === '*navigable') NAVIGABLE_FIELDS.forEach((n) => selected.add(n));
    else if (f.startsWith('-')) selected.delete(f.slice(1));
    else selected.add(f);
  }
  return selected;
}

/**
 * `viewerId` is who reads it: the comment field holds only the comments they may read
 * (comment-visibility.ts). `links` are the issue's `issuelinks` as they may see them (issue-link-routes.ts).
 */
export function issueBean(issue: StoredIssue, fields: Set<string>, propertyKeys: string[], baseUrl: string, viewerId: string, links: unknown[] = []) {
  const project = findProject(issue.projectId)!;
  const status = STATUSES.find((s) => s.name === issue.fields.status);
  const priority = PRIORITIES.find((p) => p.name === issue.fields.priority);
  const issuetype = ISSUE_TYPES.find((t) => t.name === issue.fields.issuetype);
  const level = SECURITY_LEVELS.find((l) => l.id === issue.fields.securityLevelId);
  const all: Record<string, () => unknown> = {
    summary: () => issue.fields.summary,
    description: () => issue.fields.description,
    issuetype: () => ({ id: issuetype?.id ?? '0', name: issue.fields.issuetype, subtask: false }),
    status: () => ({ id: status?.id ?? '0', name: issue.fields.status, statusCategory: { key: status?.category ?? 'new' } }),
    priority: () => (priority ? { id: priority.id, name: priority.name } : null),
    reporter: () => userBean(issue.fields.reporter, baseUrl),
    assignee: () => userBean(issue.fields.assignee, baseUrl),
    labels: () => issue.fields.labels,
    security: () => (level ? { id: level.id, name: level.name } : null),
    project: () => ({ id: project.id, key: project.key, name: project.name, projectTypeKey: project.projectTypeKey }),
    created: () => toJiraTime(issue.fields.created),
    updated: () => toJiraTime(issue.fields.updated),
    resolutiondate: () => (issue.fields.resolutiondate ? toJiraTime(issue.fields.resolutiondate) : null),
    statuscategorychangedate: () => toJiraTime(issue.fields.statuscategorychangedate),
    // Search results cap embedded comments at 20 (forge-platform.md 3.2).
    issuelinks: () => links,
    components: () =>
      componentsOf(project)
        .filter((c) => (issue.fields.components ?? []).includes(c.name))
        .map((c) => ({ self: `${baseUrl}/rest/api/3/component/${c.id}`, ...c })),
    // Like comments, the embedded worklog field holds at most 20; GET .../worklog pages the rest.
    worklog: () => {
      const all = issue.worklogs ?? [];
      return { startAt: 0, maxResults: 20, total: all.length, worklogs: all.slice(0, 20).map((w) => worklogBean(w, baseUrl, issue.id)) };
    },
    comment: () => {
      const comments = visibleComments(viewerId, issue);
      return {
        comments: comments.slice(-20).map((c) => commentBean(c, baseUrl, issue.id)),
        total: comments.length,
        maxResults: 20,
        startAt: Math.max(0, comments.length - 20),
      };
    },
  };
  const out: Record<string, unknown> = {};
  for (const f of fields) if (all[f]) out[f] = all[f]!();
  const bean: Record<string, unknown> = { id: issue.id, key: issue.key, self: `${baseUrl}/rest/api/3/issue/${issue.id}`, fields: out };
  if (propertyKeys.length > 0) {
    const wanted = propertyKeys.includes('*all') ? Object.keys(issue.properties) : propertyKeys;
    bean.properties = Object.fromEntries(wanted.filter((k) => k in issue.properties).map((k) => [k, issue.properties[k]]));
  }
  return bean;
}

export { isPublicComment } from '../state/comment-visibility';

/** A comment as REST v3 returns it; `expand=properties` adds the comment's entity properties. */
export function commentBean(c: StoredIssue['comments'][number], baseUrl: string, issueId: string, expandProperties = false) {
  return {
    self: `${baseUrl}/rest/api/3/issue/${issueId}/comment/${c.id}`,
    id: c.id,
    author: userBean(c.author, baseUrl),
    updateAuthor: userBean(c.author, baseUrl),
    body: c.body,
    created: toJiraTime(c.created),
    updated: toJiraTime(c.updated),
    jsdPublic: isPublicComment(c),
    ...(c.visibility ? { visibility: c.visibility } : {}),
    ...(expandProperties ? { properties: (c.properties ?? []).map((p) => ({ key: p.key, value: p.value })) } : {}),
  };
}

/** A worklog as REST v3 returns it. */
export function worklogBean(w: NonNullable<StoredIssue['worklogs']>[number], baseUrl: string, issueId: string) {
  return {
    self: `${baseUrl}/rest/api/3/issue/${issueId}/worklog/${w.id}`,
    id: w.id,
    issueId,
    author: userBean(w.author, baseUrl),
    updateAuthor: userBean(w.author, baseUrl),
    started: toJiraTime(w.started),
    timeSpentSeconds: w.timeSpentSeconds,
    timeSpent: `${Math.round(w.timeSpentSeconds / 60)}m`,
    created: toJiraTime(w.created),
    updated: toJiraTime(w.updated),
  };
}

/** Jira prints times as 2026-03-01T09:00:00.000+0000. */
export function toJiraTime(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}

export const csv = (value: string | null | undefined): string[] =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
