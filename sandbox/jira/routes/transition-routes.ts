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
 * - Resolve has JSM's resolve screen, with the resolution field, required: with
 *   expand=transitions.fields the transition lists it (IssueTransition.fields, FieldMetadata with its
 *   allowedValues, in the REST v3 spec: /work/shared/reference/jira-platform-v3.openapi.json), and a
 *   transition without a resolution, or with one the field does not allow, is refused with 400
 *   ("the request is invalid for any other reason"); the POST's description says to read the screen's
 *   fields with that expand and send them in `fields` or `update`;
 * - any other field in `fields` or `update` is not on a screen and is refused with 400 (documented), as
 *   is a field named in both.
 * The site keeps no resolution on the issue (its resolution date follows the status category, as before).
 * The workflow itself is sandbox/state/workflow.ts; a transition fires the issue-updated event with
 * its status change, as Jira does.
 */
import { Hono } from 'hono';
import { STATUSES } from '../../state/directory';
import { canSeeIssue } from '../../state/permissions';
import { RESOLUTIONS, transitionsFrom, type WorkflowTransition } from '../../state/workflow';
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
    hasScreen: t.screen !== undefined,
    isGlobal: false,
    isInitial: false,
    isAvailable: available,
    isConditional: t.condition !== null,
    isLooped: false,
    ...(expandFields ? { fields: t.screen ? { resolution: resolutionField(t.screen.resolution.required, baseUrl) } : {} } : {}),
  };
}

/** The resolution field as the transition screen's FieldMetadata describes it. */
const resolutionField = (required: boolean, baseUrl: string) => ({
  required,
  schema: { type: 'resolution', system: 'resolution' },
  name: 'Resolution',
  key: 'resolution',
  hasDefaultValue: false,
  operations: ['set'],
  allowedValues: RESOLUTIONS.map((r) => ({ self: `${baseUrl}/rest/api/3/resolution/${r.id}`, ...r })),
});

/** A resolution value as `fields` gives it ({ id } or { name }) or `update` sets it ([{ set: ... }]); null when it names none the field allows. */
function resolutionOf(value: unknown, viaUpdate: boolean): (typeof RESOLUTIONS)[number] | null {
  const v = viaUpdate ? (Array.isArray(value) && value.length === 1 ? (value[0] as { set?: unknown }).set : undefined) : value;
  if (typeof v !== 'object' || v === null) return null;
  const { id, name } = v as { id?: unknown; name?: unknown };
  return RESOLUTIONS.find((r) => (id !== undefined ? r.id === id : r.name === name)) ?? null;
}

/** Why the screen's fields in the request are refused (Jira's `errors` by field), or null when they are fine. */
function screenFieldErrors(transition: WorkflowTransition, fields: Record<string, unknown>, update: Record<string, unknown>): Record<string, string> | null {
  for (const name of Object.keys(fields)) if (name in update) return { [name]: `Field '${name}' cannot be set in both fields and update.` };
  const given = [
    ...Object.entries(fields).map(([name, value]) => ({ name, value, viaUpdate: false })),
    ...Object.entries(update).map(([name, value]) => ({ name, value, viaUpdate: true })),
  ];
  for (const { name, value, viaUpdate } of given) {
    if (value === undefined) continue;
    if (name !== 'resolution' || !transition.screen) return { [name]: `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.` };
    if (!resolutionOf(value, viaUpdate)) return { resolution: 'Specify a valid resolution.' };
  }
  const hasResolution = fields.resolution !== undefined || update.resolution !== undefined;
  if (transition.screen?.resolution.required && !hasResolution) return { resolution: 'Resolution is required.' };
  return null;
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
    const fieldErrors = screenFieldErrors(offered.transition, asObject(body?.fields), asObject(body?.update));
    if (fieldErrors) return jiraError(400, [], fieldErrors);
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
