/**
 * Issues: create, get, edit, editmeta.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/
 */
import { Hono } from 'hono';
import { ISSUE_TYPES, PRIORITIES, SECURITY_LEVELS, componentsOf, findProject, type SiteProject } from '../../state/directory';
import { canSeeIssue, hasIssuePermission, hasProjectPermission } from '../../state/permissions';
import type { FieldEdit } from '../../state/issue-store';
import type { AdfDoc, StoredIssue } from '../../state/site-state';
import { csv, issueBean, NAVIGABLE_FIELDS, selectFields, userBean } from '../issue-bean';
import type { Caller, JiraDeps, JiraEnv } from '../jira-env';
import { issueNotFound, jiraError } from '../jira-errors';
import { isAdfDoc } from './adf';
import { issueLinkBeans } from './issue-link-routes';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function issueRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  const visible = (idOrKey: string, caller: Caller): StoredIssue | null => {
    const issue = deps.issues.find(idOrKey);
    return issue && canSeeIssue(caller.accountId, issue) ? issue : null;
  };

  // POST /rest/api/3/issue  (Create issue) -> 201 { id, key, self }
  app.post('/issue', async (c) => {
    const caller = c.env.caller;
    const body = (await c.req.json().catch(() => null)) as Body | null;
    const f = body?.fields;
    if (!f || typeof f !== 'object') return jiraError(400, ['The request body must contain "fields".']);
    const project = findProject(String(f.project?.key ?? f.project?.id ?? ''));
    const errors: Record<string, string> = {};
    if (!project) errors.project = 'valid project is required';
    const issuetype = ISSUE_TYPES.find((t) => t.name === f.issuetype?.name || t.id === f.issuetype?.id);
    if (!issuetype) errors.issuetype = 'Specify an issue type';
    if (typeof f.summary !== 'string' || f.summary.trim() === '') errors.summary = 'You must specify a summary of the issue.';
    else if (f.summary.length > 255) errors.summary = 'Summary must be less than 255 characters.';
    if (f.description !== undefined && f.description !== null && !isAdfDoc(f.description))
      errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format).';
    const components = project ? componentNames(project, f.components) : [];
    if (components === null) errors.components = 'Component name or id is not valid for this project.';
    const priority = f.priority ? PRIORITIES.find((p) => p.id === f.priority.id || p.name === f.priority.name) : PRIORITIES[2];
    if (!priority) errors.priority = "Specify a valid 'id' or 'name' for Priority";
    // A security level on create: Jira accepts it only from users with Set issue security in the project
    // (the field is otherwise not on their create screen) and only a level of the project's scheme.
    const securityLevel = f.security ? SECURITY_LEVELS.find((l) => l.id === f.security.id || l.name === f.security.name) : null;
    if (f.security && !securityLevel) errors.security = 'Security level is not valid.';
    else if (securityLevel && project && !hasProjectPermission(caller.accountId, project.id, 'SET_ISSUE_SECURITY'))
      errors.security = "Field 'security' cannot be set. It is not on the appropriate screen, or unknown.";
    if (Object.keys(errors).length > 0) return jiraError(400, [], errors);
    if (!hasProjectPermission(caller.accountId, project!.id, 'CREATE_ISSUES')) {
      return jiraError(400, [], { project: 'You do not have permission to create issues in this project.' });
    }
    const issue = deps.issues.create(
      {
        projectId: project!.id,
        summary: f.summary,
        description: (f.description as AdfDoc | undefined) ?? null,
        issuetype: issuetype!.name,
        priority: priority!.name,
        reporter: typeof f.reporter?.accountId === 'string' ? f.reporter.accountId : caller.accountId,
        assignee: typeof f.assignee?.accountId === 'string' ? f.assignee.accountId : null,
        labels: Array.isArray(f.labels) ? f.labels.map(String) : [],
        securityLevelId: securityLevel?.id ?? null,
        components: components ?? [],
        properties: Object.fromEntries(((body?.properties ?? []) as Body[]).map((p) => [String(p.key), p.value])),
      },
      caller.accountId,
      caller.selfGenerated,
    );
    deps.search.noteCreated(issue);
    return c.json({ id: issue.id, key: issue.key, self: `${deps.baseUrl}/rest/api/3/issue/${issue.id}` }, 201);
  });

  // GET /rest/api/3/issue/{issueIdOrKey}?fields=&properties=  (Get issue)
  app.get('/issue/:idOrKey', (c) => {
    const issue = visible(c.req.param('idOrKey'), c.env.caller);
    if (!issue) return issueNotFound();
    const fields = selectFields(csv(c.req.query('fields')), NAVIGABLE_FIELDS);
    const links = fields.has('issuelinks') ? issueLinkBeans(deps.issues, issue, c.env.caller.accountId, deps.baseUrl) : [];
    return c.json(issueBean(issue, fields, csv(c.req.query('properties')), deps.baseUrl, c.env.caller.accountId, links));
  });

  // GET /rest/api/3/issue/{issueIdOrKey}/changelog -> PageBeanChangelog, oldest first
  // (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-changelog-get).
  app.get('/issue/:idOrKey/changelog', (c) => {
    const issue = visible(c.req.param('idOrKey'), c.env.caller);
    if (!issue) return issueNotFound();
    const startAt = Math.max(0, Number(c.req.query('startAt') ?? 0) || 0);
    const maxResults = Math.min(Math.max(1, Number(c.req.query('maxResults') ?? 100) || 100), 100);
    const page = issue.changelog.slice(startAt, startAt + maxResults);
    return c.json({
      self: `${deps.baseUrl}/rest/api/3/issue/${issue.key}/changelog?startAt=${startAt}&maxResults=${maxResults}`,
      maxResults,
      startAt,
      total: issue.changelog.length,
      isLast: startAt + page.length >= issue.changelog.length,
      // ChangeDetails documents from/to as strings: an empty side (no security level before) is left out, not null.
      values: page.map((e) => ({
        id: e.id,
        author: userBean(e.author, deps.baseUrl),
        created: e.created,
        items: e.items.map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null))),
      })),
    });
  });

  // DELETE /rest/api/3/issue/{issueIdOrKey} -> 204; needs Delete issues in the project
  // (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-delete).
  app.delete('/issue/:idOrKey', (c) => {
    const caller = c.env.caller;
    const issue = visible(c.req.param('idOrKey'), caller);
    if (!issue) return issueNotFound();
    if (!hasIssuePermission(caller.accountId, issue, 'DELETE_ISSUES')) return jiraError(403, ['You do not have permission to delete issues in this project.']);
    deps.issues.delete(issue, caller.accountId, caller.selfGenerated);
    return c.body(null, 204);
  });

  // PUT /rest/api/3/issue/{issueIdOrKey}  (Edit issue) -> 204, or 200 with returnIssue=true
  app.put('/issue/:idOrKey', async (c) => {
    const caller = c.env.caller;
    const issue = visible(c.req.param('idOrKey'), caller);
    if (!issue) return issueNotFound();
    if (!hasIssuePermission(caller.accountId, issue, 'EDIT_ISSUES')) return jiraError(403, ['You do not have permission to edit issues in this project.']);
    const body = (await c.req.json().catch(() => null)) as Body | null;
    if (!body || (typeof body.fields !== 'object' && typeof body.update !== 'object'))
      return jiraError(400, ['The request body must contain "fields" or "update".']);
    const folded = foldUpdateVerbs(body.update ?? {}, body.fields ?? {}, issue, editableFields(caller, issue));
    if ('errors' in folded) return jiraError(400, [], folded.errors);
    const result = toFieldEdit(folded.fields, editableFields(caller, issue), findProject(issue.projectId)!);
    if ('errors' in result) return jiraError(400, [], result.errors);
    deps.issues.edit(issue, result.edit, caller.accountId, caller.selfGenerated);
    if (c.req.query('returnIssue') === 'true') return c.json(issueBean(issue, selectFields(undefined, NAVIGABLE_FIELDS), [], deps.baseUrl, caller.accountId));
    return c.body(null, 204);
  });

  // GET /rest/api/3/issue/{issueIdOrKey}/editmeta  (Get edit issue metadata)
  app.get('/issue/:idOrKey/editmeta', (c) => {
    const issue = visible(c.req.param('idOrKey'), c.env.caller);
    if (!issue) return issueNotFound();
    const editable = editableFields(c.env.caller, issue);
    const meta: Record<string, unknown> = {};
    for (const key of editable) meta[key] = fieldMeta(key);
    return c.json({ fields: meta });
  });

  return app;
}

type EditableField = 'summary' | 'description' | 'priority' | 'assignee' | 'labels' | 'security' | 'components';

/** Component references ({ name } or { id }) as names; null when one is not the project's. */
function componentNames(project: SiteProject, value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const known = componentsOf(project);
  const names = value.map((v: Body) => known.find((c) => c.id === v?.id || c.name === v?.name)?.name);
  return names.every((n): n is string => n !== undefined) ? [...new Set(names)] : null;
}

function editableFields(caller: Caller, issue: StoredIssue): EditableField[] {
  if (!hasIssuePermission(caller.accountId, issue, 'EDIT_ISSUES')) return [];
  const fields: EditableField[] = ['summary', 'description', 'priority', 'assignee', 'labels', 'components'];
  if (hasIssuePermission(caller.accountId, issue, 'SET_ISSUE_SECURITY')) fields.push('security');
  return fields;
}

function fieldMeta(key: EditableField) {
  const base = { required: key === 'summary', key, name: key[0]!.toUpperCase() + key.slice(1), operations: ['set'] };
  if (key === 'priority')
    return { ...base, schema: { type: 'priority', system: 'priority' }, allowedValues: PRIORITIES.map((p) => ({ id: p.id, name: p.name })) };
  if (key === 'security')
    return { ...base, schema: { type: 'securitylevel', system: 'security' }, allowedValues: SECURITY_LEVELS.map((l) => ({ id: l.id, name: l.name })) };
  if (key === 'labels') return { ...base, schema: { type: 'array', items: 'string', system: 'labels' }, operations: ['add', 'set', 'remove'] };
  if (key === 'components') return { ...base, schema: { type: 'array', items: 'component', system: 'components' }, operations: ['add', 'set', 'remove'] };
  if (key === 'assignee') return { ...base, schema: { type: 'user', system: 'assignee' } };
  return { ...base, schema: { type: key === 'description' ? 'doc' : 'string', system: key } };
}

/**
 * The `update` verbs of Edit issue (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put):
 * each field takes a list of operations, `set`, `add` or `remove`, as its editmeta `operations` allow
 * (labels and components: add, set, remove; other fields: set). They are folded into plain field values,
 * starting from the issue's; a field named in both `fields` and `update` is an error, as in Jira.
 */
function foldUpdateVerbs(update: Body, fields: Body, issue: StoredIssue, editable: EditableField[]): { fields: Body } | { errors: Record<string, string> } {
  const out: Body = { ...fields };
  const errors: Record<string, string> = {};
  for (const [key, ops] of Object.entries(update)) {
    if (key in fields) {
      errors[key] = `Field '${key}' cannot be set in both fields and update.`;
      continue;
    }
    if (!editable.includes(key as EditableField)) {
      errors[key] = `Field '${key}' cannot be set. It is not on the appropriate screen, or unknown.`;
      continue;
    }
    const allowed = fieldMeta(key as EditableField).operations;
    const list =
      key === 'labels'
        ? (issue.fields.labels ?? []).map((l) => l as unknown)
        : key === 'components'
          ? (issue.fields.components ?? []).map((name) => componentsOf(findProject(issue.projectId)!).find((c) => c.name === name) ?? { name })
          : undefined;
    let value: unknown = list;
    for (const op of Array.isArray(ops) ? (ops as Body[]) : [null]) {
      const [verb, arg] = Object.entries(op ?? {})[0] ?? [];
      if (Object.keys(op ?? {}).length !== 1 || !verb || !allowed.includes(verb)) {
        errors[key] = `Field '${key}' does not support the operation ${verb ? `'${verb}'` : '(none)'}; it supports ${allowed.join(', ')}.`;
        break;
      }
      if (verb === 'set') value = arg;
      else {
        const same = (a: unknown) =>
          JSON.stringify(a) === JSON.stringify(arg) ||
          (typeof a === 'object' &&
            a !== null &&
            typeof arg === 'object' &&
            arg !== null &&
            ((a as Body).name === (arg as Body).name || ((arg as Body).id !== undefined && (a as Body).id === (arg as Body).id)));
        const current = Array.isArray(value) ? value : [];
        value = verb === 'add' ? [...current.filter((v) => !same(v)), arg] : current.filter((v) => !same(v));
      }
    }
    out[key] = value;
  }
  return Object.keys(errors).length > 0 ? { errors } : { fields: out };
}

function toFieldEdit(fields: Body, editable: EditableField[], project: SiteProject): { edit: FieldEdit } | { errors: Record<string, string> } {
  const edit: FieldEdit = {};
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!editable.includes(key as EditableField)) {
      errors[key] = `Field '${key}' cannot be set. It is not on the appropriate screen, or unknown.`;
      continue;
    }
    if (key === 'summary') {
      if (typeof value !== 'string' || !value.trim()) errors.summary = 'You must specify a summary of the issue.';
      else edit.summary = value;
    } else if (key === 'description') {
      if (value !== null && !isAdfDoc(value)) errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format).';
      else edit.description = value as AdfDoc | null;
    } else if (key === 'priority') {
      const p = PRIORITIES.find((x) => x.id === value?.id || x.name === value?.name);
      if (!p) errors.priority = "Specify a valid 'id' or 'name' for Priority";
      else edit.priority = p.name;
    } else if (key === 'assignee') {
      edit.assignee = value === null ? null : String(value?.accountId ?? '');
    } else if (key === 'labels') {
      if (!Array.isArray(value)) errors.labels = 'Labels must be an array of strings.';
      else edit.labels = value.map(String);
    } else if (key === 'components') {
      const names = componentNames(project, value);
      if (names === null) errors.components = 'Component name or id is not valid for this project.';
      else edit.components = names;
    } else if (key === 'security') {
      const level = value === null ? null : SECURITY_LEVELS.find((l) => l.id === value?.id || l.name === value?.name);
      if (level === undefined) errors.security = 'Security level is not valid.';
      else edit.securityLevelId = level?.id ?? null;
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { edit };
}
