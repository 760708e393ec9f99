/** The issue navigator and the issue view with the app's modules (issue-view-apps.ts), as a signed-in Jira user sees them. */
import { PRIORITIES, STATUSES, findProject, findUser } from '../../state/directory';
import { isPublicComment, readsAsCustomer, visibleComments } from '../../state/comment-visibility';
import { canSeeIssue, hasIssuePermission } from '../../state/permissions';
import { adfText } from '../../jql/jql-fields';
import { html, page, raw, section, type Html } from '../html';
import type { Shell, Viewer } from '../shell-context';
import { issueViewApps } from './issue-view-apps';

const DEFAULT_JQL = 'project in (SEC, OPS) ORDER BY created DESC';

interface SearchIssue {
  key: string;
  fields: { summary: string; status: { name: string }; priority: { name: string } | null; created: string };
  properties?: Record<string, { priority?: string } | undefined>;
}

export async function issuesPage(shell: Shell, viewer: Viewer, jql: string | undefined, pageToken?: string): Promise<string> {
  const query = jql?.trim() || DEFAULT_JQL;
  const params = new URLSearchParams({ jql: query, maxResults: '50', fields: 'summary,status,priority,created', properties: 'incident-response' });
  if (pageToken) params.set('nextPageToken', pageToken);
  const res = await shell.site.rest(viewer.accountId, 'GET', `/rest/api/3/search/jql?${params}`);
  const body = (await res.json()) as { issues?: SearchIssue[]; errorMessages?: string[]; isLast?: boolean; nextPageToken?: string | null };
  const next = body.nextPageToken ? `/issues/?${new URLSearchParams({ jql: query, page: body.nextPageToken })}` : null;
  const results: Html = res.ok
    ? html`<p class="muted">${body.issues!.length} shown${next ? html` (<a href="${next}">next page</a>)` : ''}.</p>
      <table><caption class="muted">Search results</caption><thead><tr><th scope="col">Key</th><th scope="col">Summary</th><th scope="col">Status</th><th scope="col">Priority</th><th scope="col">Incident level</th><th scope="col">Created</th></tr></thead><tbody>
      ${body.issues!.map((i) => html`<tr><td><a href="/browse/${i.key}">${i.key}</a></td><td>${i.fields.summary}</td><td>${i.fields.status.name}</td><td>${i.fields.priority?.name ?? ''}</td><td>${i.properties?.['incident-response']?.priority ?? ''}</td><td>${i.fields.created.slice(0, 10)}</td></tr>`)}
      </tbody></table>`
    : html`<p class="error" role="alert">Jira answered ${res.status}: ${(body.errorMessages ?? []).join(' ')}</p>`;
  const form = html`<form method="get" action="/issues/" class="row" role="search"><label>JQL <input name="jql" size="80" value="${query}"></label><button type="submit" class="primary">Search</button></form>
    <p class="muted">Try <code>incidentPriority = Serious AND created &gt;= -90d</code> or <code>project = SEC AND status = "Waiting for reporter"</code>.</p>`;
  return page({ ...viewer, title: 'Issues', body: html`${form}${results}` });
}

export function issueViewPage(shell: Shell, viewer: Viewer, key: string, notice?: string): { status: 200 | 404; body: string } {
  const issue = shell.site.issues.find(key);
  if (!issue || !canSeeIssue(viewer.accountId, issue)) {
    return {
      status: 404,
      body: page({
        ...viewer,
        title: 'Issue not available',
        body: html`<p role="alert">This issue does not exist or you do not have permission to see it.</p>`,
      }),
    };
  }
  const project = findProject(issue.projectId)!;
  // Someone who reaches a request only as its customer reads it on the portal, as JSM shows it to
  // customers (public comments only, comment-visibility.ts); the issue view is the team's.
  if (readsAsCustomer(viewer.accountId, issue)) {
    const portal = `/servicedesk/customer/portal/${project.portalId}/${issue.key}`;
    return {
      status: 200,
      body: page({
        ...viewer,
        title: issue.fields.summary,
        body: html`<p role="status">You can follow this request on the help center: <a href="${portal}">open your request</a>.</p>`,
      }),
    };
  }
  const apps = issueViewApps(shell, viewer, issue);
  const canEdit = hasIssuePermission(viewer.accountId, issue, 'EDIT_ISSUES');
  const canComment = hasIssuePermission(viewer.accountId, issue, 'ADD_COMMENTS');
  const name = (id: string | null) => (id ? (findUser(id)?.displayName ?? id) : 'Unassigned');
  const fields = html`<dl class="fields">
    <dt>Status</dt><dd>${issue.fields.status}</dd><dt>Priority</dt><dd>${issue.fields.priority ?? 'None'}</dd>
    <dt>Reporter</dt><dd>${name(issue.fields.reporter)}</dd><dt>Assignee</dt><dd>${name(issue.fields.assignee)}</dd>
    <dt>Project</dt><dd>${project.name}</dd><dt>Labels</dt><dd>${issue.fields.labels.join(', ') || 'None'}</dd>
    <dt>Security</dt><dd>${issue.fields.securityLevelId ? 'Restricted' : 'None'}</dd>
    <dt>Created</dt><dd>${createdInWords(issue.fields.created)}</dd></dl>`;
  const editForm = canEdit
    ? html`<form method="post" action="/browse/${issue.key}/edit" class="row">
        <label>Status <select name="status">${STATUSES.map((s) => html`<option ${s.name === issue.fields.status ? raw('selected') : ''}>${s.name}</option>`)}</select></label>
        <label>Priority <select name="priority">${PRIORITIES.map((p) => html`<option ${p.name === issue.fields.priority ? raw('selected') : ''}>${p.name}</option>`)}</select></label>
        <button type="submit">Update issue</button></form>`
    : html``;
  // Only the comments this viewer may read; internal ones say so, as Jira's issue view marks them.
  const comments = html`${visibleComments(viewer.accountId, issue).map((c) => html`<article class="card"><p><strong>${name(c.author)}</strong> <span class="muted">${c.created}${isPublicComment(c) ? '' : ' · Internal note'}</span></p><p>${adfText(c.body)}</p></article>`)}
    ${canComment ? html`<form method="post" action="/browse/${issue.key}/comment" class="row"><label>Add a comment <textarea name="text" rows="2" cols="60" required></textarea></label><button type="submit">Comment</button></form>` : ''}`;
  const body = html`${notice ? html`<p role="status">${notice}</p>` : ''}
    <p class="muted">${issue.key} · ${issue.fields.issuetype}</p>
    ${apps.quickAdd}
    <div class="grid"><div>
      ${section('Description', html`<p>${adfText(issue.fields.description) || 'No description.'}</p>`)}
      ${apps.panel}
      ${section('Comments', comments)}
    </div><div>${apps.action}
      ${section('Details', html`${fields}${editForm}`)}
      ${apps.glance}</div></div>`;
  return { status: 200, body: page({ ...viewer, title: issue.fields.summary, body }) };
}

/** A date and time as Jira's issue view shows one, in words, with the zone named (the page does not know the viewer's). */
const createdInWords = (iso: string): string =>
  `${new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
