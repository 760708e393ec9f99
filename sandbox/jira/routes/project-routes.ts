/**
 * Projects the caller can browse, and their components.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-components/#api-rest-api-3-project-projectidorkey-components-get
 */
import { Hono } from 'hono';
import { PROJECTS, componentsOf, findProject } from '../../state/directory';
import { hasProjectPermission } from '../../state/permissions';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { jiraError } from '../jira-errors';

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

  return app;
}
