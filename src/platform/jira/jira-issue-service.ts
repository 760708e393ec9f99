/**
 * What the app means by its Jira calls: issues with the incident property, permissions, the
 * property mirror. Each method cites the Jira Cloud REST v3 operation it uses.
 */
import { route } from '@forge/api';
import type { IncidentIndex } from '../../domain/incident/incident-index';
import { INCIDENT_PROPERTY_KEY, PORTAL_REPORT_PROPERTY_KEY } from '../../shared/vocabulary';
import type { EscalationRecipients } from '../../domain/sla/sla-settings';
import type { EditableChoices, FieldWrites, IssueSnapshot, JiraAsApp, JiraAsUser, JiraPermissionKey, NamedOption, NewIssueFields } from '../../usecases/ports';
import { type JiraActor, JiraRequestError, jiraRequest, jsonBody } from './jira-client';
import { findByIds, mirrorsOf, search } from './jira-issue-search';
import type { ReporterReplyJira } from '../../usecases/reply-to-reporter';
import type { RequestStatusJira } from '../../usecases/ports';
import { requestStatusAsUser } from './jira-request-status';

interface IssueBean {
  id: string;
  key: string;
  fields: {
    summary?: string;
    status?: { name?: string; statusCategory?: { key?: string } };
    priority?: { name?: string } | null;
    reporter?: { accountId?: string } | null;
    security?: { id?: string; name?: string } | null;
    created?: string;
    statuscategorychangedate?: string;
    project?: { id?: string };
    issuetype?: { id?: string };
  };
  properties?: Record<string, unknown>;
}

const ISSUE_FIELDS = 'summary,status,statuscategorychangedate,priority,reporter,security,created,project,issuetype';
const ISSUE_PROPERTIES = `${INCIDENT_PROPERTY_KEY},${PORTAL_REPORT_PROPERTY_KEY}`;
const STATUS_CATEGORIES = ['new', 'indeterminate', 'done'] as const;

/** GET /rest/api/3/issue/{issueIdOrKey} with `properties`, so one request brings the mirror too. */
async function getIssue(actor: JiraActor, issueIdOrKey: string): Promise<IssueSnapshot | null> {
  try {
    const { body } = await jiraRequest<IssueBean>(actor, (jira) =>
      jira.requestJira(route`/rest/api/3/issue/${issueIdOrKey}?fields=${ISSUE_FIELDS}&properties=${ISSUE_PROPERTIES}`),
    );
    return toSnapshot(body);
  } catch (e) {
    if (e instanceof JiraRequestError && e.status === 404) return null;
    throw e;
  }
}

function toSnapshot(bean: IssueBean): IssueSnapshot {
  return {
    id: bean.id,
    key: bean.key,
    summary: bean.fields.summary ?? '',
    status: bean.fields.status?.name ?? 'Unknown',
    statusCategory: STATUS_CATEGORIES.find((c) => c === bean.fields.status?.statusCategory?.key) ?? 'indeterminate',
    statusCategoryChangedAt: bean.fields.statuscategorychangedate ? new Date(bean.fields.statuscategorychangedate).toISOString() : null,
    priority: bean.fields.priority?.name ?? null,
    reporter: bean.fields.reporter?.accountId ?? null,
    securityLevel: bean.fields.security?.name ?? null,
    securityLevelId: bean.fields.security?.id ?? null,
    projectId: bean.fields.project?.id ?? null,
    issueTypeId: bean.fields.issuetype?.id ?? null,
    // Jira prints times as 2026-03-01T09:00:00.000+0000; the app keeps ISO 8601 in UTC throughout.
    created: new Date(bean.fields.created ?? 0).toISOString(),
    incidentProperty: bean.properties?.[INCIDENT_PROPERTY_KEY],
    portalReport: bean.properties?.[PORTAL_REPORT_PROPERTY_KEY],
  };
}

interface EditMetaField {
  allowedValues?: { id?: string; name?: string }[];
}

/** GET /rest/api/3/issue/{issueIdOrKey}/editmeta: which priorities and security levels the caller may set. */
async function editableChoices(actor: JiraActor, issueKey: string): Promise<EditableChoices> {
  const { body } = await jiraRequest<{ fields?: Record<string, EditMetaField | undefined> }>(actor, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/editmeta`),
  );
  const options = (field: EditMetaField | undefined): NamedOption[] | null =>
    field ? (field.allowedValues ?? []).filter((v) => v.id && v.name).map((v) => ({ id: v.id!, name: v.name! })) : null;
  return { priorities: options(body.fields?.priority), securityLevels: options(body.fields?.security) };
}

/** PUT /rest/api/3/issue/{issueIdOrKey} with the priority and security fields (ids from editmeta). */
async function editFields(actor: JiraActor, issueKey: string, writes: FieldWrites): Promise<void> {
  const fields: Record<string, unknown> = {};
  if (writes.priorityId) fields.priority = { id: writes.priorityId };
  if (writes.securityLevelId) fields.security = { id: writes.securityLevelId };
  if (Object.keys(fields).length === 0) return;
  await jiraRequest(actor, (jira) => jira.requestJira(route`/rest/api/3/issue/${issueKey}`, { method: 'PUT', ...jsonBody({ fields }) }));
}

interface CommentPage {
  comments?: { properties?: { key?: string }[] }[];
}

/**
 * GET /rest/api/3/issue/{issueIdOrKey}/comment?expand=properties. Only the first page (oldest
 * first) is read: the app's markers are posted at intake, before anyone else has commented much.
 */
async function hasMarkedComment(issueKey: string, propertyKey: string): Promise<boolean> {
  const { body } = await jiraRequest<CommentPage>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment?expand=properties&maxResults=100`),
  );
  return (body.comments ?? []).some((c) => (c.properties ?? []).some((p) => p.key === propertyKey));
}

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/comment: an ADF comment carrying the app's marker property.
 * Internal ones also carry `sd.public.comment` { internal: true }, JSM's flag for agent-only notes.
 */
async function addComment(issueKey: string, adf: object, markerPropertyKey: string, audience: 'public' | 'internal'): Promise<void> {
  const properties = [
    { key: markerPropertyKey, value: { app: 'incident-response' } },
    ...(audience === 'internal' ? [{ key: 'sd.public.comment', value: { internal: true } }] : []),
  ];
  await jiraRequest('app', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment`, { method: 'POST', ...jsonBody({ body: adf, properties }) }),
  );
}

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/comment as the user: a public comment (no visibility, no
 * `sd.public.comment` internal flag), which JSM shows the customer on the portal. Jira checks the
 * user's Add comments permission and names them as its author.
 */
async function addPublicCommentAsUser(issueKey: string, adf: object, markerPropertyKey: string): Promise<void> {
  const properties = [{ key: markerPropertyKey, value: { app: 'incident-response' } }];
  await jiraRequest('user', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment`, { method: 'POST', ...jsonBody({ body: adf, properties }) }),
  );
}

/** Replies to a request's reporter, written as the responder, and resolves the request as them. */
export const reporterRepliesAsUser: ReporterReplyJira & RequestStatusJira = { addPublicComment: addPublicCommentAsUser, ...requestStatusAsUser };

/**
 * GET /rest/api/3/issue/{issueIdOrKey}/watchers as the app: the watchers who work in Jira. The
 * reporter and portal customers (accountType "customer") are left out: a portal reporter watches
 * their own request (Jira's default), and internal reminders must not reach them. People an
 * escalation path names (a commander, a manager) are not watchers and are not filtered.
 */
async function internalWatchers(issueKey: string, reporter: string | null): Promise<string[]> {
  const { body } = await jiraRequest<{ watchers?: { accountId?: string; accountType?: string }[] }>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/watchers`),
  );
  return (body.watchers ?? []).filter((w) => w.accountId && w.accountType !== 'customer' && w.accountId !== reporter).map((w) => w.accountId!);
}

/** Only people who can browse the incident receive it: a restricted incident's reminder never reaches a group member outside its level. */
const ONLY_WHO_CAN_SEE = { permissions: [{ key: 'BROWSE_PROJECTS' }] };

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/notify: an internal message (escalation, reminder) to an
 * escalation path (users by account id, groups by name). Never to the reporter as such, whatever the
 * path says (on a portal request that is the employee who reported it); watchers are read and
 * filtered first; and Jira's `restrict` drops anyone who cannot browse the issue.
 */
async function notify(issueKey: string, message: { subject: string; textBody: string }, to: EscalationRecipients, reporter: string | null): Promise<void> {
  const watchers = to.watchers ? await internalWatchers(issueKey, reporter) : [];
  const users = [...new Set([...to.users, ...watchers])];
  await sendNotification(issueKey, message, {
    reporter: false,
    assignee: to.assignee,
    users: users.map((accountId) => ({ accountId })),
    groups: to.groups.map((name) => ({ name })),
  });
}

/** POST /rest/api/3/issue/{issueIdOrKey}/notify to the reporter only (the close notice): a plain message, no classification, restricted like the others. */
async function notifyReporter(issueKey: string, message: { subject: string; textBody: string }): Promise<void> {
  // A reporter a security level no longer lets browse the issue gets nothing, as with every other notice.
  await sendNotification(issueKey, message, { reporter: true, assignee: false, users: [], groups: [] });
}

/**
 * One notification, never to watchers or voters as such, and always with Jira's `restrict` to who
 * can browse the issue. As the app, or as the user when the message is theirs (Jira names them as
 * the sender and checks they can see the issue).
 */
export async function sendNotification(
  issueKey: string,
  message: { subject: string; textBody: string },
  to: { reporter: boolean; assignee: boolean; users: { accountId: string }[]; groups: { name: string }[] },
  actor: JiraActor = 'app',
): Promise<void> {
  await jiraRequest(actor, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/notify`, {
      method: 'POST',
      ...jsonBody({ subject: message.subject, textBody: message.textBody, to: { ...to, watchers: false, voters: false }, restrict: ONLY_WHO_CAN_SEE }),
    }),
  );
}

/** Jira takes at most 100 issues per bulk property request. */
const BULK_PROPERTY_ISSUES = 100;

/**
 * POST /rest/api/3/issue/properties/multi: sets the mirror on up to 100 issues per request. Jira
 * answers 303 and applies it asynchronously (non-transactionally); the app does not poll the
 * task, because the next sweep or event rewrites any mirror that did not land.
 */
async function setIncidentIndexes(entries: { issueId: string; index: IncidentIndex }[]): Promise<void> {
  for (let i = 0; i < entries.length; i += BULK_PROPERTY_ISSUES) {
    const issues = entries.slice(i, i + BULK_PROPERTY_ISSUES).map((e) => ({ issueID: Number(e.issueId), properties: { [INCIDENT_PROPERTY_KEY]: e.index } }));
    await jiraRequest('app', (jira) => jira.requestJira(route`/rest/api/3/issue/properties/multi`, { method: 'POST', ...jsonBody({ issues }) }), [303]);
  }
}

/** DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} as the app; 404 (no such property or issue) is done already. */
async function removeIncidentIndex(issueKey: string): Promise<void> {
  await jiraRequest('app', (jira) => jira.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${INCIDENT_PROPERTY_KEY}`, { method: 'DELETE' }), [404]);
}

/** PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} */
async function setIncidentIndex(actor: JiraActor, issueKey: string, index: IncidentIndex): Promise<void> {
  await jiraRequest(actor, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${INCIDENT_PROPERTY_KEY}`, { method: 'PUT', ...jsonBody(index) }),
  );
}

/** GET /rest/api/3/mypermissions?permissions=...&issueKey=... (the permissions parameter is required). */
async function myPermissions(keys: JiraPermissionKey[], issueKey?: string): Promise<Record<JiraPermissionKey, boolean>> {
  const list = keys.join(',');
  try {
    const { body } = await jiraRequest<{ permissions: Record<string, { havePermission?: boolean }> }>('user', (jira) =>
      issueKey
        ? jira.requestJira(route`/rest/api/3/mypermissions?permissions=${list}&issueKey=${issueKey}`)
        : jira.requestJira(route`/rest/api/3/mypermissions?permissions=${list}`),
    );
    return Object.fromEntries(keys.map((k) => [k, body.permissions[k]?.havePermission === true])) as Record<JiraPermissionKey, boolean>;
  } catch (e) {
    // Jira answers 404 when the issue is hidden from the user: they hold none of its permissions.
    if (e instanceof JiraRequestError && e.status === 404) return Object.fromEntries(keys.map((k) => [k, false])) as Record<JiraPermissionKey, boolean>;
    throw e;
  }
}

/**
 * GET /rest/api/3/user/viewissue/search?issueKey=&accountId=: whether that user can browse the
 * issue (a role holder must be able to see the incident they hold a role in).
 */
async function userCanSee(issueKey: string, accountId: string): Promise<boolean> {
  const { body } = await jiraRequest<{ accountId?: string }[]>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/user/viewissue/search?issueKey=${issueKey}&accountId=${accountId}&maxResults=1`),
  );
  return body.some((u) => u.accountId === accountId);
}

/** How many account ids go into one user/bulk request, and the page size asked for with them. */
const USER_BULK_BATCH = 100;

/**
 * GET /rest/api/3/user/bulk?accountId=...: display names, for documents people read. Jira pages the
 * answer (maxResults defaults to 10, https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-bulk-get),
 * so each batch of ids asks for a full page and follows startAt until Jira says isLast.
 */
async function displayNames(accountIds: string[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const unique = [...new Set(accountIds)];
  for (let i = 0; i < unique.length; i += USER_BULK_BATCH) {
    const ids = unique.slice(i, i + USER_BULK_BATCH);
    for (let startAt = 0; startAt < ids.length;) {
      const params = new URLSearchParams([...ids.map((id) => ['accountId', id]), ['maxResults', String(USER_BULK_BATCH)], ['startAt', String(startAt)]]);
      const { body } = await jiraRequest<{ values?: { accountId: string; displayName: string }[]; isLast?: boolean }>('user', (jira) =>
        jira.requestJira(route`/rest/api/3/user/bulk?${params}`),
      );
      const values = body.values ?? [];
      for (const u of values) names[u.accountId] = u.displayName;
      if (body.isLast !== false || values.length === 0) break;
      startAt += values.length;
    }
  }
  return names;
}

/**
 * POST /rest/api/3/issue as the user: Jira checks their Create issues permission, and their Set
 * issue security permission when the new issue carries its source's level (refused otherwise, so a
 * restricted incident's copy is never created open).
 */
async function createIssue(fields: NewIssueFields): Promise<{ id: string; key: string }> {
  const { body } = await jiraRequest<{ id: string; key: string }>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/issue`, {
      method: 'POST',
      ...jsonBody({
        fields: {
          project: { id: fields.projectId },
          issuetype: { id: fields.issueTypeId },
          summary: fields.summary,
          description: fields.description,
          ...(fields.securityLevelId ? { security: { id: fields.securityLevelId } } : {}),
        },
      }),
    }),
  );
  return { id: body.id, key: body.key };
}

export const jiraAsUser: JiraAsUser = {
  userCanSee,
  displayNames,
  createIssue,
  permissions: myPermissions,
  issue: (issueKey) => getIssue('user', issueKey),
  setIncidentIndex: (issueKey, index) => setIncidentIndex('user', issueKey, index),
  editableChoices: (issueKey) => editableChoices('user', issueKey),
  editFields: (issueKey, writes) => editFields('user', issueKey, writes),
};

/** GET /rest/api/3/issue/{key}/changelog as the app: did anyone but an app change the priority? */
async function priorityChangedByPeople(issueKey: string): Promise<boolean> {
  const { body } = await jiraRequest<{ values?: { author?: { accountType?: string }; items?: { field?: string }[] }[] }>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/changelog?maxResults=100`),
  );
  return (body.values ?? []).some((e) => e.author?.accountType !== 'app' && (e.items ?? []).some((i) => i.field === 'priority'));
}

export const jiraAsApp: JiraAsApp = {
  priorityChangedByPeople,
  removeIncidentIndex,
  mirrorsOf,
  findByIds,
  issueById: (issueId) => getIssue('app', issueId),
  setIncidentIndex: (issueKey, index) => setIncidentIndex('app', issueKey, index),
  editableChoices: (issueKey) => editableChoices('app', issueKey),
  editFields: (issueKey, writes) => editFields('app', issueKey, writes),
  hasMarkedComment,
  addComment,
  notifyReporter,
  notify,
  search,
  setIncidentIndexes,
};
