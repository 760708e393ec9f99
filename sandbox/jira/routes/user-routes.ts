/**
 * Users and permissions.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-viewissue-search-get
 */
import { Hono } from 'hono';
import { findProject, findUser, GROUPS, ON_CALL_ROTA, OTHER_TEAMS, PROJECTS, type SiteUser, USERS } from '../../state/directory';
import {
  canSeeIssue,
  GLOBAL_PERMISSIONS,
  hasGlobalPermission,
  hasIssuePermission,
  hasProjectPermission,
  isKnownPermission,
  type PermissionKey,
} from '../../state/permissions';
import { csv, userBean } from '../issue-bean';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { jiraError } from '../jira-errors';

const USER_BULK_DEFAULT_RESULTS = 10;
const USER_BULK_MAX_RESULTS = 100;

/**
 * Jira's user-search match: the account id when one is given, else a display-name word, the whole
 * display name or the email address starting with the query (an empty query matches everyone).
 */
function matchesUserQuery(user: SiteUser, query: string, accountId: string | undefined): boolean {
  if (accountId) return user.accountId === accountId;
  const name = user.displayName.toLowerCase();
  return !query || name.split(/\s+/).some((w) => w.startsWith(query)) || name.startsWith(query) || user.emailAddress.toLowerCase().startsWith(query);
}

export function userRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  app.get('/myself', (c) => {
    const user = findUser(c.env.caller.accountId);
    if (!user) return jiraError(401, ['You are not logged in.']);
    // expand=groups lists the groups the user belongs to (GroupName items: name, groupId, self).
    const expand = csv(c.req.query('expand'));
    const groups = GROUPS.filter((g) => (g.members as readonly string[]).includes(user.accountId)).map((g) => ({
      name: g.name,
      groupId: g.groupId,
      self: `${deps.baseUrl}/rest/api/3/group?groupId=${g.groupId}`,
    }));
    return c.json({
      ...userBean(user.accountId, deps.baseUrl),
      emailAddress: user.emailAddress,
      locale: user.locale ?? 'en_US',
      ...(expand.includes('groups') ? { groups: { size: groups.length, items: groups } } : {}),
    });
  });

  app.get('/user', (c) => {
    const accountId = c.req.query('accountId');
    if (!accountId) return jiraError(400, ['The accountId query parameter needs to be provided.']);
    if (!findUser(accountId)) return jiraError(404, [`Specified user does not exist or you do not have required permissions`]);
    // The User schema's locale (Jira may withhold it for privacy; the site's people all share theirs).
    return c.json({ ...userBean(accountId, deps.baseUrl), locale: findUser(accountId)?.locale ?? 'en_US' });
  });

  // GET /rest/api/3/user/bulk?accountId=a&accountId=b&startAt=&maxResults= -> PageBeanUser. Jira pages
  // the answer: maxResults defaults to 10 (the spec's parameter default). The cap on maxResults is not
  // documented; the local site takes the stricter reading and serves at most 100 a page, so callers page.
  app.get('/user/bulk', (c) => {
    const ids = c.req.queries('accountId') ?? [];
    if (ids.length === 0) return jiraError(400, ['The accountId query parameter needs to be provided.']);
    const startAt = Math.max(0, Number(c.req.query('startAt') ?? 0) || 0);
    const maxResults = Math.min(
      USER_BULK_MAX_RESULTS,
      Math.max(1, Number(c.req.query('maxResults') ?? USER_BULK_DEFAULT_RESULTS) || USER_BULK_DEFAULT_RESULTS),
    );
    const found = [...new Set(ids)].filter((id) => findUser(id));
    const values = found.slice(startAt, startAt + maxResults).map((id) => userBean(id, deps.baseUrl));
    return c.json({
      self: `${deps.baseUrl}/rest/api/3/user/bulk?startAt=${startAt}&maxResults=${maxResults}`,
      startAt,
      maxResults,
      total: found.length,
      isLast: startAt + values.length >= found.length,
      values,
    });
  });

  // The `permissions` parameter is required; the context is global, a project or an issue.
  app.get('/mypermissions', (c) => {
    const caller = c.env.caller;
    const requested = csv(c.req.query('permissions'));
    if (requested.length === 0) return jiraError(400, ['The permissions query parameter is required.']);
    const unknown = requested.filter((p) => !isKnownPermission(p));
    if (unknown.length > 0) return jiraError(400, [`Unrecognized permission keys: ${unknown.join(', ')}`]);
    const issueRef = c.req.query('issueKey') ?? c.req.query('issueId');
    const projectRef = c.req.query('projectKey') ?? c.req.query('projectId');
    const issue = issueRef ? deps.issues.find(issueRef) : undefined;
    if (issueRef && (!issue || !canSeeIssue(caller.accountId, issue))) return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
    const project = projectRef ? findProject(projectRef) : undefined;
    if (projectRef && !project) return jiraError(404, ['No project could be found with key or id.']);
    const holds = (key: PermissionKey): boolean => {
      if ((GLOBAL_PERMISSIONS as readonly string[]).includes(key)) return hasGlobalPermission(caller.accountId, key);
      if (issue) return hasIssuePermission(caller.accountId, issue, key);
      if (project) return hasProjectPermission(caller.accountId, project.id, key);
      return false;
    };
    const permissions = Object.fromEntries(
      (requested as PermissionKey[]).map((key) => [
        key,
        {
          id: key,
          key,
          name: key.replace(/_/g, ' ').toLowerCase(),
          type: (GLOBAL_PERMISSIONS as readonly string[]).includes(key) ? 'GLOBAL' : 'PROJECT',
          description: '',
          havePermission: holds(key),
        },
      ]),
    );
    return c.json({ permissions });
  });

  // GET /rest/api/3/groups/picker?query=&maxResults= -> FoundGroups: groups whose name contains the query
  // (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-groups/#api-rest-api-3-groups-picker-get).
  // The page: callers without Browse projects get an empty list; without Browse users and groups
  // (USER_PICKER), only a query that is exactly a group's name finds it. A customer's Browse on their own
  // requests is not counted here (the stricter reading): a portal customer finds no group.
  app.get('/groups/picker', (c) => {
    const caller = c.env.caller.accountId;
    const query = (c.req.query('query') ?? '').toLowerCase();
    const maxResults = Math.min(Number(c.req.query('maxResults') ?? 20) || 20, 1000);
    const browses = PROJECTS.some((p) => hasProjectPermission(caller, p.id, 'BROWSE_PROJECTS'));
    const picks = hasGlobalPermission(caller, 'USER_PICKER');
    const matching = GROUPS.filter((g) => browses && (picks ? g.name.toLowerCase().includes(query) : g.name.toLowerCase() === query));
    const shown = matching.slice(0, maxResults);
    return c.json({
      header: `Showing ${shown.length} of ${matching.length} matching groups`,
      total: matching.length,
      groups: shown.map((g) => ({ name: g.name, groupId: g.groupId, html: g.name, labels: [] })),
    });
  });

  // GET /rest/api/3/user/search?query=&maxResults= -> User[]: active users whose display name (any
  // word) or email starts with the query (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get).
  // Jira requires query or accountId; portal customers are users too, so pickers filter by accountType.
  // It needs Browse users and groups (USER_PICKER): "calls by users without the required permission
  // return empty search results" (the page), so a portal customer finds nobody. A call without
  // credentials is answered 401 before it gets here (jira-api.ts), as the page's 401 documents.
  app.get('/user/search', (c) => {
    const query = (c.req.query('query') ?? '').toLowerCase();
    const accountId = c.req.query('accountId');
    if (!query && !accountId) return jiraError(400, ['The query parameter or the accountId parameter must be provided.']);
    if (!hasGlobalPermission(c.env.caller.accountId, 'USER_PICKER')) return c.json([]);
    const maxResults = Math.min(Number(c.req.query('maxResults') ?? 50) || 50, 1000);
    const found = [...USERS, ...ON_CALL_ROTA, ...OTHER_TEAMS]
      .filter((u) => matchesUserQuery(u, query, accountId))
      .slice(0, maxResults)
      .map((u) => userBean(u.accountId, deps.baseUrl));
    return c.json(found);
  });

  // GET /rest/api/3/user/viewissue/search?issueKey=&query=&accountId=&maxResults= -> User[]:
  // users who can browse the issue, matched on display name or email prefix (or the account id).
  // The caller needs Browse users; the issue must be visible to the caller, else 404.
  app.get('/user/viewissue/search', (c) => {
    const issueRef = c.req.query('issueKey') ?? c.req.query('issueId');
    if (!issueRef) return jiraError(400, ['Either issueKey or projectKey must be provided.']);
    const issue = deps.issues.find(issueRef);
    if (!issue || !canSeeIssue(c.env.caller.accountId, issue)) return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
    const query = (c.req.query('query') ?? '').toLowerCase();
    const accountId = c.req.query('accountId');
    const maxResults = Math.min(Number(c.req.query('maxResults') ?? 50) || 50, 1000);
    const found = [...USERS, ...ON_CALL_ROTA, ...OTHER_TEAMS]
      .filter((u) => u.accountType === 'atlassian' && canSeeIssue(u.accountId, issue))
      .filter((u) => matchesUserQuery(u, query, accountId))
      .slice(0, maxResults)
      .map((u) => userBean(u.accountId, deps.baseUrl));
    return c.json(found);
  });

  return app;
}
