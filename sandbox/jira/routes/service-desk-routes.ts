/**
 * Jira Service Management's REST API (mounted at /rest/servicedeskapi): the service desks, their
 * request types and request type groups, as the setup assistant reads them.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-get
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-requesttype-get
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-requesttypegroup-get
 * Answers are paged ({size, start, limit, isLastPage, values, _links}); jira.js 6's service-desk
 * schemas judge them (test/sandbox/service-desk-api.contract.test.ts). Errors use JSM's
 * `{errorMessage}` body, not the platform's `{errorMessages}`.
 */
import { Hono } from 'hono';
import { findProject, findUser } from '../../state/directory';
import { REQUEST_TYPE_GROUPS, REQUEST_TYPES, SERVICE_DESKS } from '../../state/service-desks';
import { hasProjectPermission } from '../../state/permissions';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { jsmError } from '../jira-errors';

/**
 * "Permission to access the service desk": its agents (project members) and its customers. On this
 * site every licensed user and every portal customer is a customer of every desk (an open help center).
 */
const canAccessDesk = (accountId: string, projectId: string) =>
  hasProjectPermission(accountId, projectId, 'BROWSE_PROJECTS') || ['atlassian', 'customer'].includes(findUser(accountId)?.accountType ?? '');

function paged<T>(deps: JiraDeps, path: string, items: T[], startParam: string | undefined, limitParam: string | undefined) {
  const start = Math.max(0, Number(startParam ?? 0) || 0);
  const limit = Math.min(Math.max(1, Number(limitParam ?? 50) || 50), 100);
  const values = items.slice(start, start + limit);
  return {
    size: values.length,
    start,
    limit,
    isLastPage: start + values.length >= items.length,
    values,
    _links: { base: deps.baseUrl, context: '', self: `${deps.baseUrl}/rest/servicedeskapi${path}` },
  };
}

export function serviceDeskRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();
  const deskOf = (ref: string) => SERVICE_DESKS.find((d) => d.id === ref || d.projectId === ref || findProject(ref)?.id === d.projectId);

  // GET /rest/servicedeskapi/servicedesk?start=&limit=  -> the desks the caller can access
  app.get('/servicedesk', (c) => {
    const desks = SERVICE_DESKS.filter((d) => canAccessDesk(c.env.caller.accountId, d.projectId)).map((d) => {
      const project = findProject(d.projectId)!;
      return {
        id: d.id,
        projectId: project.id,
        projectName: project.name,
        projectKey: project.key,
        _links: { self: `${deps.baseUrl}/rest/servicedeskapi/servicedesk/${d.id}` },
      };
    });
    return c.json(paged(deps, '/servicedesk', desks, c.req.query('start'), c.req.query('limit')));
  });

  // GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype?groupId=&start=&limit=
  // serviceDeskId may also be the project's id or key, as the page says.
  app.get('/servicedesk/:deskId/requesttype', (c) => {
    const desk = deskOf(c.req.param('deskId'));
    if (!desk || !canAccessDesk(c.env.caller.accountId, desk.projectId)) return jsmError(404, 'The service desk does not exist or you cannot access it.');
    const groupId = c.req.query('groupId');
    const types = REQUEST_TYPES.filter((t) => t.portalId === desk.id && (!groupId || t.groupIds.includes(groupId))).map((t) => ({
      id: t.id,
      _links: { self: `${deps.baseUrl}/rest/servicedeskapi/servicedesk/${desk.id}/requesttype/${t.id}` },
      name: t.name,
      description: t.description,
      helpText: '',
      issueTypeId: t.issueTypeId,
      serviceDeskId: desk.id,
      portalId: t.portalId,
      groupIds: [...t.groupIds],
    }));
    return c.json(paged(deps, `/servicedesk/${desk.id}/requesttype`, types, c.req.query('start'), c.req.query('limit')));
  });

  // GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup?start=&limit=
  app.get('/servicedesk/:deskId/requesttypegroup', (c) => {
    const desk = deskOf(c.req.param('deskId'));
    if (!desk || !canAccessDesk(c.env.caller.accountId, desk.projectId)) return jsmError(404, 'The service desk does not exist or you cannot access it.');
    const groups = REQUEST_TYPE_GROUPS.filter((g) => g.portalId === desk.id).map((g) => ({ id: g.id, name: g.name }));
    return c.json(paged(deps, `/servicedesk/${desk.id}/requesttypegroup`, groups, c.req.query('start'), c.req.query('limit')));
  });

  return app;
}
