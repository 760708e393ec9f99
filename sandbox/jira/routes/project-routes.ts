/**
 * Projects the caller can browse, and their components.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-components/#api-rest-api-3-project-projectidorkey-components-get
 * And what a new issue of a project and type may hold (Get create metadata issue types / fields, read:jira-work):
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
 * The site has one priority scheme (every priority in every project); createmeta is its documented
 * way to read a project's priorities without administering Jira.
 */
import { Hono } from 'hono';
import { ISSUE_TYPES, PRIORITIES, PROJECTS, componentsOf, findProject } from '../../state/directory';
import { hasProjectPermission } from '../../state/permissions';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { jiraError } from '../jira-errors';
import { issueTypeBean } from './metadata-routes';

export function projectRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  // GET /rest/api/3/project/search?keys=A&keys=B&startAt=&maxResults=  -> only the projects the caller can browse
  app.get('/project/search', (c) => {
    const keys = c.req.queries('keys') ?? [];
    const startAt = Math.max(0, Number(c.req.query('startAt') ?? 0) || 0);
    const maxResults = Math.min(Math.max(1, Number(c.req.query('maxResults') ?? 50) || 50), 100);
    const visible = PROJECTS.filter(
      (p) => (keys.length === 0 || keys.some((k) => k.toUpperCase() === p.key)) && hasProjectPermission(c.env.caller.accountId, p.id, 'BROWSE_PROJECTS'),
    );
    const page = visible.slice(startAt, startAt + maxResults);
    return c.json({
      self: `${deps.baseUrl}/rest/api/3/project/search`,
      startAt,
      maxResults,
      total: visible.length,
      isLast: startAt + page.length >= visible.length,
      values: page.map((p) => ({ self: `${deps.baseUrl}/rest/api/3/project/${p.id}`, id: p.id, key: p.key, name: p.name, projectTypeKey: p.projectTypeKey })),
    });
  });

  // GET /rest/api/3/project/{projectIdOrKey}/components
  app.get('/project/:idOrKey/components', (c) => {
    const project = findProject(c.req.param('idOrKey'));
    if (!project || !hasProjectPermission(c.env.caller.accountId, project.id, 'BROWSE_PROJECTS'))
      return jiraError(404, [`No project could be found with key '${c.req.param('idOrKey')}'.`]);
    return c.json(
      componentsOf(project).map((comp) => ({
        self: `${deps.baseUrl}/rest/api/3/component/${comp.id}`,
        ...comp,
        project: project.key,
        projectId: Number(project.id),
      })),
    );
  });

  const pageParams = (startAt: string | undefined, maxResults: string | undefined) => ({
    startAt: Math.max(0, Number(startAt ?? 0) || 0),
    maxResults: Math.min(Math.max(1, Number(maxResults ?? 50) || 50), 200),
  });
  /** The project, when the caller may create issues in it; otherwise the request is invalid for them (the document lists 400, not 404). */
  const creatable = (idOrKey: string, accountId: string) => {
    const project = findProject(idOrKey);
    return project && hasProjectPermission(accountId, project.id, 'CREATE_ISSUES') ? project : null;
  };

  // GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes -> PageOfCreateMetaIssueTypes
  app.get('/issue/createmeta/:idOrKey/issuetypes', (c) => {
    if (!creatable(c.req.param('idOrKey'), c.env.caller.accountId))
      return jiraError(400, ['Project not found or you do not have permission to create issues in it.']);
    const { startAt, maxResults } = pageParams(c.req.query('startAt'), c.req.query('maxResults'));
    const issueTypes = ISSUE_TYPES.slice(startAt, startAt + maxResults).map((t) => issueTypeBean(deps.baseUrl, t));
    return c.json({ issueTypes, maxResults, startAt, total: ISSUE_TYPES.length });
  });

  // GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId} -> PageOfCreateMetaIssueTypeWithField
  app.get('/issue/createmeta/:idOrKey/issuetypes/:typeId', (c) => {
    if (!creatable(c.req.param('idOrKey'), c.env.caller.accountId) || !ISSUE_TYPES.some((t) => t.id === c.req.param('typeId')))
      return jiraError(400, ['Issue type not found or you do not have permission to create issues of it in this project.']);
    const { startAt, maxResults } = pageParams(c.req.query('startAt'), c.req.query('maxResults'));
    const field = (fieldId: string, name: string, schema: object, extra: object = {}) => ({
      fieldId,
      key: fieldId,
      name,
      required: fieldId === 'summary',
      operations: ['set'],
      schema,
      ...extra,
    });
    const fields = [
      field('summary', 'Summary', { type: 'string', system: 'summary' }),
      field(
        'priority',
        'Priority',
        { type: 'priority', system: 'priority' },
        {
          allowedValues: PRIORITIES.map((p) => ({ self: `${deps.baseUrl}/rest/api/3/priority/${p.id}`, id: p.id, name: p.name })),
          hasDefaultValue: true,
        },
      ),
      field('description', 'Description', { type: 'string', system: 'description' }),
    ].slice(startAt, startAt + maxResults);
    return c.json({ fields, maxResults, startAt, total: 3 });
  });

  return app;
}
