/**
 * The site's vocabulary: priorities, issue types and issue security levels.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-priorities/#api-rest-api-3-priority-search-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-types/#api-rest-api-3-issuetype-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-security-schemes/#api-rest-api-3-issuesecurityschemes-level-get
 */
import { Hono } from 'hono';
import { ISSUE_TYPES, PRIORITIES, SECURITY_LEVELS } from '../../state/directory';
import { hasGlobalPermission } from '../../state/permissions';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { jiraError } from '../jira-errors';

/** The one issue security scheme of the local site. */
const SECURITY_SCHEME_ID = '10000';

function pageOf<T>(all: T[], startAtParam: string | undefined, maxParam: string | undefined) {
  const startAt = Math.max(0, Number(startAtParam ?? 0) || 0);
  const maxResults = Math.min(Math.max(1, Number(maxParam ?? 50) || 50), 50);
  const values = all.slice(startAt, startAt + maxResults);
  return { maxResults, startAt, total: all.length, isLast: startAt + values.length >= all.length, values };
}

/** One issue type as Jira describes it (IssueTypeDetails; createmeta's IssueTypeIssueCreateMetadata has the same fields). */
export function issueTypeBean(baseUrl: string, t: { id: string; name: string }) {
  return { self: `${baseUrl}/rest/api/3/issuetype/${t.id}`, id: t.id, name: t.name, description: '', subtask: false, hierarchyLevel: 0 };
}

export function metadataRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  // GET /rest/api/3/priority/search -> PageBeanPriority (any user with access to Jira).
  app.get('/priority/search', (c) =>
    c.json(
      pageOf(
        PRIORITIES.map((p) => ({
          self: `${deps.baseUrl}/rest/api/3/priority/${p.id}`,
          id: p.id,
          name: p.name,
          description: '',
          statusColor: '#cccccc',
          iconUrl: '',
        })),
        c.req.query('startAt'),
        c.req.query('maxResults'),
      ),
    ),
  );

  // GET /rest/api/3/issuetype -> IssueTypeDetails[] (the types the caller can see; all of them here).
  app.get('/issuetype', (c) => c.json(ISSUE_TYPES.map((t) => issueTypeBean(deps.baseUrl, t))));

  // GET /rest/api/3/issuesecurityschemes/level -> PageBeanSecurityLevel; needs Administer Jira.
  app.get('/issuesecurityschemes/level', (c) => {
    if (!hasGlobalPermission(c.env.caller.accountId, 'ADMINISTER')) return jiraError(403, ['You do not have permission to perform this action.']);
    const levels = SECURITY_LEVELS.map((l) => ({
      self: `${deps.baseUrl}/rest/api/3/securitylevel/${l.id}`,
      id: l.id,
      name: l.name,
      description: '',
      isDefault: false,
      issueSecuritySchemeId: SECURITY_SCHEME_ID,
    }));
    return c.json(pageOf(levels, c.req.query('startAt'), c.req.query('maxResults')));
  });

  return app;
}
