/**
 * What the app means by its Jira calls: issues with the incident property, permissions, the
 * property mirror. Each method cites the Jira Cloud REST v3 operation it uses.
 */
import { route } from '@forge/api';
import type { IncidentIndex } from '../../domain/incident/incident-index';
import { INCIDENT_PROPERTY_KEY } from '../../shared/vocabulary';
import type { IssueSnapshot, JiraAsApp, JiraAsUser, JiraPermissionKey } from '../../usecases/ports';
import { type JiraActor, JiraRequestError, jiraRequest } from './jira-client';

interface IssueBean {
  id: string;
  key: string;
  fields: { summary?: string; status?: { name?: string }; priority?: { name?: string } | null; created?: string };
  properties?: Record<string, unknown>;
}

const ISSUE_FIELDS = 'summary,status,priority,created';

/** GET /rest/api/3/issue/{issueIdOrKey} with `properties`, so one request brings the mirror too. */
async function getIssue(actor: JiraActor, issueIdOrKey: string): Promise<IssueSnapshot | null> {
  try {
    const { body } = await jiraRequest<IssueBean>(
      actor,
      route`/rest/api/3/issue/${issueIdOrKey}?fields=${ISSUE_FIELDS}&properties=${INCIDENT_PROPERTY_KEY}`,
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
    priority: bean.fields.priority?.name ?? null,
    // Jira prints times as 2026-03-01T09:00:00.000+0000; the app keeps ISO 8601 in UTC throughout.
    created: new Date(bean.fields.created ?? 0).toISOString(),
    incidentProperty: bean.properties?.[INCIDENT_PROPERTY_KEY],
  };
}

/** PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} */
async function setIncidentIndex(actor: JiraActor, issueKey: string, index: IncidentIndex): Promise<void> {
  await jiraRequest(actor, route`/rest/api/3/issue/${issueKey}/properties/${INCIDENT_PROPERTY_KEY}`, { method: 'PUT', body: index });
}

/** GET /rest/api/3/mypermissions?permissions=...&issueKey=... (the permissions parameter is required). */
async function myPermissions(keys: JiraPermissionKey[], issueKey?: string): Promise<Record<JiraPermissionKey, boolean>> {
  const list = keys.join(',');
  const path = issueKey
    ? route`/rest/api/3/mypermissions?permissions=${list}&issueKey=${issueKey}`
    : route`/rest/api/3/mypermissions?permissions=${list}`;
  try {
    const { body } = await jiraRequest<{ permissions: Record<string, { havePermission?: boolean }> }>('user', path);
    return Object.fromEntries(keys.map((k) => [k, body.permissions[k]?.havePermission === true])) as Record<JiraPermissionKey, boolean>;
  } catch (e) {
    // Jira answers 404 when the issue is hidden from the user: they hold none of its permissions.
    if (e instanceof JiraRequestError && e.status === 404) return Object.fromEntries(keys.map((k) => [k, false])) as Record<JiraPermissionKey, boolean>;
    throw e;
  }
}

export const jiraAsUser: JiraAsUser = {
  permissions: myPermissions,
  issue: (issueKey) => getIssue('user', issueKey),
  setIncidentIndex: (issueKey, index) => setIncidentIndex('user', issueKey, index),
};

export const jiraAsApp: JiraAsApp = {
  issueById: (issueId) => getIssue('app', issueId),
  setIncidentIndex: (issueKey, index) => setIncidentIndex('app', issueKey, index),
};
