/**
 * Issue transitions: list what the caller may do from the issue's status, and do one.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-post
 * Scopes (Atlassian's spec): read:jira-work to list, write:jira-work to transition; the spec gate
 * judges them. The stricter reading of the documents:
 * - an issue the caller cannot browse is 404 for both;
 * - without Transition issues the list is empty, and a transition is refused with 400 (the POST
 *   documents no 403: "the user does not have permission to transition the issue" is a 400);
 * - a transition whose condition fails is left out unless includeUnavailableTransitions asks for it,
 *   and is refused with 400 like one that does not lead from the issue's status;
 * - the site's transitions have no screens, so any field in `fields` or `update` is refused with 400.
 * The workflow itself is sandbox/state/workflow.ts; a transition fires the issue-updated event with
 * its status change, as Jira does.
 */
import { Hono } from 'hono';
import { STATUSES } from '../../state/directory';
import { canSeeIssue } from '../../state/permissions';
import { transitionsFrom, type WorkflowTransition } from '../../state/workflow';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { issueNotFound, jiraError } from '../jira-errors';

const CATEGORY_IDS: Record<string, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

function transitionBean(t: WorkflowTransition, available: boolean, baseUrl: string, expandFields: boolean) {
  const status = STATUSES.find((s) => s.name === t.to)!;
  const category = CATEGORY_IDS[status.category]!;
  return {
    id: t.id,
    name: t.name,
    to: {
      self: `${baseUrl}/rest/api/3/status/${status.id}`,
      description: '',
      iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
      name: status.name,
      id: status.id,
      statusCategory: {
        self: `${baseUrl}/rest/api/3/statuscategory/${category.id}`,
        id: category.id,
        key: status.category,
        colorName: category.colorName,
        name: category.name,
      },
    },
    hasScreen: false,
    isGlobal: false,
    isInitial: false,
    isAvailable: available,
    isConditional: t.condition !== null,
    isLooped: false,
    ...(expandFields ? { fields: {} } : {}),
  };
}

const hasKeys = (value: unknown) => typeof value === 'object' && value !== null && Object.keys(value).length > 0;

export function transitionRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  // GET /rest/api/3/issue/{issueIdOrKey}/transitions?transitionId=&includeUnavailableTransitions=&expand=transitions.fields
  app.get('/issue/:idOrKey/transitions', (c) => {
    const caller = c.env.caller;
    const issue = deps.issues.find(c.req.param('idOrKey'));
    if (!issue || !canSeeIssue(caller.accountId, issue)) return issueNotFound();
    const only = c.req.query('transitionId');
    const includeUnavailable = c.req.query('includeUnavailableTransitions') === 'true';
    const expandFields = (c.req.query('expand') ?? '').split(',').includes('transitions.fields');
    const listed = transitionsFrom(issue, caller.accountId)
      .filter(({ available }) => available || includeUnavailable)
      .filter(({ transition }) => only === undefined || transition.id === only);
    return c.json({
      ...(expandFields ? { expand: 'transitions' } : {}),
      transitions: listed.map(({ transition, available }) => transitionBean(transition, available, deps.baseUrl, expandFields)),
    });
  });

  // POST /rest/api/3/issue/{issueIdOrKey}/transitions { transition: { id }, fields?, update?, properties? } -> 204
  app.post('/issue/:idOrKey/transitions', async (c) => {
    const caller = c.env.caller;
    const issue = deps.issues.find(c.req.param('idOrKey'));
    if (!issue || !canSeeIssue(caller.accountId, issue)) return issueNotFound();
    const body = (await c.req.json().catch(() => null)) as {
      transition?: { id?: unknown };
      fields?: unknown;
      update?: unknown;
      properties?: { key?: unknown; value?: unknown }[];
    } | null;
    const id = body?.transition?.id;
    if (typeof id !== 'string' || id === '') return jiraError(400, ['You must specify a transition to perform.']);
    const offered = transitionsFrom(issue, caller.accountId).find(({ transition }) => transition.id === id);
    if (!offered || !offered.available) return jiraError(400, [`Transition id '${id}' is not valid for this issue.`]);
    for (const [name, value] of Object.entries({ ...asObject(body?.fields), ...asObject(body?.update) }))
      if (value !== undefined) return jiraError(400, [], { [name]: `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.` });
    for (const property of body?.properties ?? []) {
      if (typeof property.key !== 'string' || property.key === '' || property.value === undefined)
        return jiraError(400, ['Issue properties must be a list of { key, value }.']);
    }
    for (const property of body?.properties ?? []) deps.issues.setProperty(issue, property.key as string, property.value);
    deps.issues.edit(issue, { status: offered.transition.to }, caller.accountId, caller.selfGenerated);
    return c.body(null, 204);
  });

  return app;
}

const asObject = (value: unknown): Record<string, unknown> => (hasKeys(value) ? (value as Record<string, unknown>) : {});
