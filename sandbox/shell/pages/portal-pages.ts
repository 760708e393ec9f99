/**
 * The JSM customer portal: the request-create form with the app's create-property panel, and the
 * request page with the app's detail module. On create, Jira stores the panel's submitted fields
 * as one issue property keyed by the app id's UUID (forge-platform.md 1.10). Each module shows only
 * to the user kinds it admits (user-kinds.ts); someone not logged in gets a create form only where
 * the portal lets anyone raise requests (portal-access.ts), and never a request page.
 */
import { ISSUE_TYPES, PROJECTS } from '../../state/directory';
import { REQUEST_TYPE_GROUPS, REQUEST_TYPES, SERVICE_DESKS, type RequestTypeDef } from '../../state/service-desks';
import { canSeeIssue } from '../../state/permissions';
import type { StoredIssue } from '../../state/site-state';
import { isPublicComment } from '../../jira/issue-bean';
import { adfText } from '../../jql/jql-fields';
import { customUiFrame, html, page, section } from '../html';
import { allowsAnonymousRequests } from '../../state/portal-access';
import { ANONYMOUS_ACCOUNT_ID, mayUseModule } from '../../state/user-kinds';
import { loginRequiredPage } from './login-page';
import { portalComment } from './portal-comment';
import { moduleOfType, type Shell, type Viewer, viewerLocale } from '../shell-context';

const INCIDENT_REQUEST_TYPE = REQUEST_TYPES[0]!;
type RequestType = RequestTypeDef;
const projectOfPortal = (portalId: string) => PROJECTS.find((p) => p.portalId === portalId)!;
const createPath = (t: RequestType) => `/servicedesk/customer/portal/${t.portalId}/create?type=${t.id}`;

/** The request type a create page or a request is of (the incident report when none is named). */
export const requestTypeOf = (id: string | undefined): RequestType => REQUEST_TYPES.find((t) => t.id === id) ?? INCIDENT_REQUEST_TYPE;

/**
 * The help center: every desk with its request types by group, as the portal shows them. A request
 * type in no group is not shown (Jira Service Management hides it until an admin adds it to one).
 */
export function portalHome(viewer: Viewer): string {
  const desks = SERVICE_DESKS.map((desk) => {
    const groups = REQUEST_TYPE_GROUPS.filter((g) => g.portalId === desk.id).map((g) => {
      const types = REQUEST_TYPES.filter((t) => t.portalId === desk.id && t.groupIds.includes(g.id));
      return html`<h3>${g.name}</h3><ul>${types.map((t) => html`<li><a href="${createPath(t)}">${t.name}</a>: ${t.description}</li>`)}</ul>`;
    });
    return section(desk.name, html`${groups}`);
  });
  const body = html`<p>Something seems off? Tell us in under a minute. You will never be blamed for reporting.</p>
    ${desks}
    <p><a href="/servicedesk/customer/portal/1/requests">My requests</a></p>`;
  return page({ ...viewer, title: 'Help center', body });
}

/**
 * The create form of one request type. The app's create-property panel is on every request type of
 * every portal, as Jira Service Management places it; its context says which portal and type this is.
 */
export function createRequestPage(
  shell: Shell,
  viewer: Viewer,
  error?: string,
  values: { summary?: string; description?: string } = {},
  type: RequestType = INCIDENT_REQUEST_TYPE,
): string {
  if (!mayRaiseRequests(shell, viewer, type)) return loginRequiredPage(viewer, 'this portal');
  const module = moduleOfType(shell, 'jiraServiceManagement:portalRequestCreatePropertyPanel');
  // JSM leaves out an app's panel for a user kind the module does not admit; its own form still works.
  const frame = mayUseModule(viewer.accountId, module) ? registerCreatePanel(shell, viewer, type) : null;
  // Jira gives this module no title and no box of its own (forge-platform.md 1.10: key and resource,
  // "no title"), and offers it no display condition by request type: the panel is on every request
  // type's form, and where the app renders nothing its frame takes no space (fitted to its content).
  const questions = frame ? html`<div class="create-property-panel">${customUiFrame(frame, 'Incident report questions', viewer)}</div>` : '';
  const body = html`${error ? html`<p class="error" role="alert">${error}</p>` : ''}
    <form method="post" action="/servicedesk/customer/portal/${type.portalId}/create">
      ${frame ? html`<input type="hidden" name="frameId" value="${frame.id}">` : ''}
      <input type="hidden" name="requestType" value="${type.id}">
      <div class="row"><label>Summary (required) <input name="summary" size="60" required value="${values.summary ?? ''}"></label></div>
      <div class="row"><label>What did you notice? <textarea name="description" rows="3" cols="60">${values.description ?? ''}</textarea></label></div>
      ${questions}
      <button type="submit" class="primary">Send</button>
    </form>`;
  return page({ ...viewer, title: type.name, body });
}

const isAnonymous = (viewer: Viewer) => viewer.accountId === ANONYMOUS_ACCOUNT_ID;
const mayRaiseRequests = (shell: Shell, viewer: Viewer, type: RequestType) => !isAnonymous(viewer) || allowsAnonymousRequests(shell.site.state, type.portalId);

function registerCreatePanel(shell: Shell, viewer: Viewer, type: RequestType) {
  const module = moduleOfType(shell, 'jiraServiceManagement:portalRequestCreatePropertyPanel');
  return shell.frames.register(module, module.resource, viewer.accountId, viewer.theme, {
    extension: {
      type: module.type,
      portal: { id: type.portalId },
      request: { typeId: type.id },
      location: `${shell.site.baseUrl}/servicedesk/customer/portal/${type.portalId}/create`,
    },
    submitTarget: { kind: 'portal-create' },
  });
}

/** Creates the request as the customer; returns the new key or an error to show on the form. */
export function createRequest(
  shell: Shell,
  viewer: Viewer,
  form: { summary?: string; description?: string; frameId?: string; requestType?: string },
): { key: string } | { error: string } {
  const type = requestTypeOf(form.requestType);
  if (!mayRaiseRequests(shell, viewer, type)) return { error: 'Log in to raise a request on this portal.' };
  // JSM creates a portal-only account from the email an anonymous visitor gives; this site's people are fixed.
  if (isAnonymous(viewer)) return { error: 'This local site cannot make an account for you: log in to send the request.' };
  const summary = form.summary?.trim();
  if (!summary) return { error: 'Please give your request a summary.' };
  const module = moduleOfType(shell, 'jiraServiceManagement:portalRequestCreatePropertyPanel');
  const frame = form.frameId ? shell.frames.get(form.frameId) : undefined;
  const submitted =
    frame?.accountId === viewer.accountId ? (frame.submitted as { fields?: { key: string; value: unknown }[]; isValid?: boolean } | null) : null;
  // The panel's answers are required only where the panel was shown to this user.
  const panelShown = mayUseModule(viewer.accountId, module);
  if (panelShown && (!submitted || submitted.isValid !== true)) return { error: 'Please answer the questions in the incident form before sending.' };
  const fields = panelShown ? (submitted?.fields ?? []) : [];
  const property = Object.fromEntries(fields.map((f) => [String(f.key), f.value]));
  const issue = shell.site.issues.create(
    {
      projectId: projectOfPortal(type.portalId).id,
      requestTypeId: type.id,
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

/** The portal a request belongs to: its project's (null for issues of projects without a portal). */
const portalIdOf = (issue: StoredIssue): string | null => PROJECTS.find((p) => p.id === issue.projectId)?.portalId ?? null;

export function requestPage(shell: Shell, viewer: Viewer, key: string): { status: 200 | 401 | 404; body: string } {
  if (isAnonymous(viewer)) return { status: 401, body: loginRequiredPage(viewer, 'your requests') };
  const issue = shell.site.issues.find(key);
  const portalId = issue ? portalIdOf(issue) : null;
  if (!issue || !portalId || !canSeeRequest(viewer.accountId, issue)) {
    return {
      status: 404,
      body: page({ ...viewer, title: 'Request not found', body: html`<p role="alert">This request does not exist or you cannot see it.</p>` }),
    };
  }
  const module = moduleOfType(shell, 'jiraServiceManagement:portalRequestDetail');
  const frame = mayUseModule(viewer.accountId, module) ? registerDetailModule(shell, viewer, issue, portalId) : null;
  const publicComments = issue.comments.filter(isPublicComment);
  const body = html`<p class="muted">${issue.key} · Status: ${issue.fields.status}</p>
    ${section('Your request', html`<p>${adfText(issue.fields.description) || 'No description.'}</p>`)}
    ${frame ? section(module.titleIn(viewerLocale(viewer)) ?? 'Details', customUiFrame(frame, module.titleIn(viewerLocale(viewer)) ?? 'Request details', viewer)) : ''}
    ${section('Activity', html`${publicComments.map(portalComment)}${publicComments.length === 0 ? html`<p class="muted">No replies yet.</p>` : ''}`)}`;
  return { status: 200, body: page({ ...viewer, title: issue.fields.summary, body }) };
}

function registerDetailModule(shell: Shell, viewer: Viewer, issue: StoredIssue, portalId: string) {
  const module = moduleOfType(shell, 'jiraServiceManagement:portalRequestDetail');
  return shell.frames.register(module, module.resource, viewer.accountId, viewer.theme, {
    extension: {
      type: module.type,
      portal: { id: portalId },
      request: {
        key: issue.key,
        typeId: issue.requestTypeId ?? (issue.fields.issuetype === 'Incident' ? INCIDENT_REQUEST_TYPE.id : null),
        property: issue.properties[shell.site.manifest.appUuid] ?? {},
      },
      location: `${shell.site.baseUrl}/servicedesk/customer/portal/${portalId}/${issue.key}`,
    },
  });
}

export function myRequestsPage(shell: Shell, viewer: Viewer): string {
  if (isAnonymous(viewer)) return loginRequiredPage(viewer, 'your requests');
  const mine = shell.site.issues
    .all()
    .filter((i) => portalIdOf(i) !== null && i.fields.reporter === viewer.accountId)
    .sort((a, b) => Number(b.id) - Number(a.id))
    .slice(0, 50);
  const body = mine.length
    ? html`<ul>${mine.map((i) => html`<li><a href="/servicedesk/customer/portal/${portalIdOf(i)}/${i.key}">${i.key}: ${i.fields.summary}</a> (${i.fields.status})</li>`)}</ul>`
    : html`<p>You have not reported anything yet.</p>`;
  return page({ ...viewer, title: 'My requests', body });
}

/** A portal customer sees the requests they reported; agents see what Jira lets them see. */
function canSeeRequest(accountId: string, issue: StoredIssue): boolean {
  const project = PROJECTS.find((p) => p.id === issue.projectId)!;
  const isAgent = project.roles.full.includes(accountId) || project.roles.comment.includes(accountId);
  return issue.fields.reporter === accountId || (isAgent && canSeeIssue(accountId, issue));
}
