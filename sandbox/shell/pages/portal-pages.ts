/**
 * The JSM customer portal: the request-create form with the app's create-property panel, and the
 * request page with the app's detail module. On create, Jira stores the panel's submitted fields
 * as one issue property keyed by the app id's UUID (forge-platform.md 1.10).
 */
import { ISSUE_TYPES, PROJECTS, REQUEST_TYPES } from '../../state/directory';
import { canSeeIssue } from '../../state/permissions';
import type { StoredIssue } from '../../state/site-state';
import { isPublicComment } from '../../jira/issue-bean';
import { adfText } from '../../jql/jql-fields';
import { customUiFrame, html, page, section } from '../html';
import { moduleOfType, type Shell, type Viewer } from '../shell-context';

const PORTAL = PROJECTS.find((p) => p.portalId)!;
const INCIDENT_REQUEST_TYPE = REQUEST_TYPES[0];
type RequestType = (typeof REQUEST_TYPES)[number];

/** The request type a create page or a request is of (the incident report when none is named). */
export const requestTypeOf = (id: string | undefined): RequestType => REQUEST_TYPES.find((t) => t.id === id) ?? INCIDENT_REQUEST_TYPE;

export function portalHome(viewer: Viewer): string {
  const body = html`<p>Something seems off? Tell us in under a minute. You will never be blamed for reporting.</p>
    <ul>${REQUEST_TYPES.map(
      (t) =>
        html`<li><a href="/servicedesk/customer/portal/${PORTAL.portalId}/create${t === INCIDENT_REQUEST_TYPE ? '' : `?type=${t.id}`}">${t.name}</a>: ${t.description}</li>`,
    )}</ul>
    <p><a href="/servicedesk/customer/portal/${PORTAL.portalId}/requests">My requests</a></p>`;
  return page({ ...viewer, title: 'Help center', body });
}

/**
 * The create form of one request type. The app's create-property panel is on every request type of
 * the portal, as Jira Service Management places it; its context says which type this is.
 */
export function createRequestPage(
  shell: Shell,
  viewer: Viewer,
  error?: string,
  values: { summary?: string; description?: string } = {},
  type: RequestType = INCIDENT_REQUEST_TYPE,
): string {
  const module = moduleOfType(shell, 'jiraServiceManagement:portalRequestCreatePropertyPanel');
  const frame = shell.frames.register(module, module.resource, viewer.accountId, viewer.theme, {
    extension: {
      type: module.type,
      portal: { id: PORTAL.portalId },
      request: { typeId: type.id },
      location: `${shell.site.baseUrl}/servicedesk/customer/portal/${PORTAL.portalId}/create`,
    },
    submitTarget: { kind: 'portal-create' },
  });
  const body = html`${error ? html`<p class="error" role="alert">${error}</p>` : ''}
    <form method="post" action="/servicedesk/customer/portal/${PORTAL.portalId}/create">
      <input type="hidden" name="frameId" value="${frame.id}">
      <input type="hidden" name="requestType" value="${type.id}">
      <div class="row"><label>Summary (required) <input name="summary" size="60" required value="${values.summary ?? ''}"></label></div>
      <div class="row"><label>What did you notice? <textarea name="description" rows="3" cols="60">${values.description ?? ''}</textarea></label></div>
      ${section(type === INCIDENT_REQUEST_TYPE ? 'A few questions' : 'More details', customUiFrame(frame, 'Incident report questions', viewer))}
      <button type="submit" class="primary">Send</button>
    </form>`;
  return page({ ...viewer, title: type.name, body });
}

/** Creates the request as the customer; returns the new key or an error to show on the form. */
export function createRequest(
  shell: Shell,
  viewer: Viewer,
  form: { summary?: string; description?: string; frameId?: string; requestType?: string },
): { key: string } | { error: string } {
  const type = requestTypeOf(form.requestType);
  const summary = form.summary?.trim();
  if (!summary) return { error: 'Please give your request a summary.' };
  const frame = form.frameId ? shell.frames.get(form.frameId) : undefined;
  const submitted =
    frame?.accountId === viewer.accountId ? (frame.submitted as { fields?: { key: string; value: unknown }[]; isValid?: boolean } | null) : null;
  if (!submitted || submitted.isValid !== true) return { error: 'Please answer the questions in the incident form before sending.' };
  const fields = submitted.fields ?? [];
  const property = Object.fromEntries(fields.map((f) => [String(f.key), f.value]));
  const issue = shell.site.issues.create(
    {
      projectId: PORTAL.id,
      summary: summary.slice(0, 255),
      description: form.description ? { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: form.description }] }] } : null,
      reporter: viewer.accountId,
      issuetype: ISSUE_TYPES.find((t) => t.id === type.issueTypeId)!.name,
      // Jira stores the panel's fields as one property; a panel that submitted none leaves none.
      properties: fields.length > 0 ? { [shell.site.manifest.appUuid]: property } : {},
    },
    viewer.accountId,
    false,
  );
  shell.site.search.noteCreated(issue);
  return { key: issue.key };
}

export function requestPage(shell: Shell, viewer: Viewer, key: string): { status: 200 | 404; body: string } {
  const issue = shell.site.issues.find(key);
  if (!issue || !canSeeRequest(viewer.accountId, issue)) {
    return {
      status: 404,
      body: page({ ...viewer, title: 'Request not found', body: html`<p role="alert">This request does not exist or you cannot see it.</p>` }),
    };
  }
  const module = moduleOfType(shell, 'jiraServiceManagement:portalRequestDetail');
  const frame = shell.frames.register(module, module.resource, viewer.accountId, viewer.theme, {
    extension: {
      type: module.type,
      portal: { id: PORTAL.portalId },
      // The local site keeps no request-type field on issues: an Incident was filed as the report type.
      request: {
        key: issue.key,
        typeId: issue.fields.issuetype === 'Incident' ? INCIDENT_REQUEST_TYPE.id : REQUEST_TYPES[1].id,
        property: issue.properties[shell.site.manifest.appUuid] ?? {},
      },
      location: `${shell.site.baseUrl}/servicedesk/customer/portal/${PORTAL.portalId}/${issue.key}`,
    },
  });
  const publicComments = issue.comments.filter(isPublicComment);
  const body = html`<p class="muted">${issue.key} · Status: ${issue.fields.status}</p>
    ${section('Your request', html`<p>${adfText(issue.fields.description) || 'No description.'}</p>`)}
    ${section(module.title ?? 'Details', customUiFrame(frame, module.title ?? 'Request details', viewer))}
    ${section('Activity', html`${publicComments.map((c) => html`<p>${adfText(c.body)}</p>`)}${publicComments.length === 0 ? html`<p class="muted">No replies yet.</p>` : ''}`)}`;
  return { status: 200, body: page({ ...viewer, title: issue.fields.summary, body }) };
}

export function myRequestsPage(shell: Shell, viewer: Viewer): string {
  const mine = shell.site.issues
    .all()
    .filter((i) => i.projectId === PORTAL.id && i.fields.reporter === viewer.accountId)
    .sort((a, b) => Number(b.id) - Number(a.id))
    .slice(0, 50);
  const body = mine.length
    ? html`<ul>${mine.map((i) => html`<li><a href="/servicedesk/customer/portal/${PORTAL.portalId}/${i.key}">${i.key}: ${i.fields.summary}</a> (${i.fields.status})</li>`)}</ul>`
    : html`<p>You have not reported anything yet.</p>`;
  return page({ ...viewer, title: 'My requests', body });
}

/** A portal customer sees the requests they reported; agents see what Jira lets them see. */
function canSeeRequest(accountId: string, issue: StoredIssue): boolean {
  const isAgent = PORTAL.roles.full.includes(accountId) || PORTAL.roles.comment.includes(accountId);
  return issue.fields.reporter === accountId || (isAgent && canSeeIssue(accountId, issue));
}
