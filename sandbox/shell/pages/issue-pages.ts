/** The issue navigator and the issue view with the incident panel, as a signed-in Jira user sees them. */
import { PRIORITIES, STATUSES, findProject, findUser } from '../../state/directory';
import { displayConditionsHold } from '../display-conditions';
import { issueViewExtension } from '../../state/issue-view-extension';
import { canSeeIssue, hasIssuePermission } from '../../state/permissions';
import { adfText } from '../../jql/jql-fields';
import { customUiFrame, html, page, raw, section, type Html } from '../html';
import { moduleOfType, type Shell, type Viewer } from '../shell-context';

const DEFAULT_JQL = 'project in (SEC, OPS) ORDER BY created DESC';

interface SearchIssue {
  key: string;
  fields: { summary: string; status: { name: string }; priority: { name: string } | null; created: string };
  properties?: Record<string, { category?: string } | undefined>;
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
      <table><caption class="muted">Search results</caption><thead><tr><th scope="col">Key</th><th scope="col">Summary</th><th scope="col">Status</th><th scope="col">Priority</th><th scope="col">Category</th><th scope="col">Created</th></tr></thead><tbody>
      ${body.issues!.map((i) => html`<tr><td><a href="/browse/${i.key}">${i.key}</a></td><td>${i.fields.summary}</td><td>${i.fields.status.name}</td><td>${i.fields.priority?.name ?? ''}</td><td>${i.properties?.['incident-response']?.category ?? ''}</td><td>${i.fields.created.slice(0, 10)}</td></tr>`)}
      </tbody></table>`
    : html`<p class="error" role="alert">Jira answered ${res.status}: ${(body.errorMessages ?? []).join(' ')}</p>`;
  const form = html`<form method="get" action="/issues/" class="row" role="search"><label>JQL <input name="jql" size="80" value="${query}"></label><button type="submit" class="primary">Search</button></form>
    <p class="muted">Try <code>incidentCategory = phishing AND created &gt;= -90d</code> or <code>project = SEC AND status = "Waiting for reporter"</code>.</p>`;
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
  // The app's issue-view modules, each only where its display conditions hold (display-conditions.ts).
  const frameOf = (type: string, extra: Record<string, unknown> = {}, closeUrl?: string) => {
    const module = moduleOfType(shell, type);
    if (!displayConditionsHold(module.raw.displayConditions, viewer.accountId, issue)) return null;
    const frame = shell.frames.register(module, module.resource, viewer.accountId, viewer.theme, {
      extension: { ...issueViewExtension(issue, type, shell.site.baseUrl), ...extra },
      ...(closeUrl ? { closeUrl } : {}),
    });
    return { module, frame };
  };
  const panel = frameOf('jira:issuePanel', { isNewToIssue: false });
  const glance = frameOf('jira:issueContext');
  // An issue action opens in a modal; closing it (view.close) reloads the issue, as Jira refreshes the view.
  const action = frameOf('jira:issueAction', {}, `/browse/${issue.key}`);
  const canEdit = hasIssuePermission(viewer.accountId, issue, 'EDIT_ISSUES');
  const canComment = hasIssuePermission(viewer.accountId, issue, 'ADD_COMMENTS');
  const name = (id: string | null) => (id ? (findUser(id)?.displayName ?? id) : 'Unassigned');
  const fields = html`<dl class="fields">
    <dt>Status</dt><dd>${issue.fields.status}</dd><dt>Priority</dt><dd>${issue.fields.priority ?? 'None'}</dd>
    <dt>Reporter</dt><dd>${name(issue.fields.reporter)}</dd><dt>Assignee</dt><dd>${name(issue.fields.assignee)}</dd>
    <dt>Project</dt><dd>${project.name}</dd><dt>Labels</dt><dd>${issue.fields.labels.join(', ') || 'None'}</dd>
    <dt>Security</dt><dd>${issue.fields.securityLevelId ? 'Restricted' : 'None'}</dd>
    <dt>Created</dt><dd>${issue.fields.created}</dd></dl>`;
  const editForm = canEdit
    ? html`<form method="post" action="/browse/${issue.key}/edit" class="row">
        <label>Status <select name="status">${STATUSES.map((s) => html`<option ${s.name === issue.fields.status ? raw('selected') : ''}>${s.name}</option>`)}</select></label>
        <label>Priority <select name="priority">${PRIORITIES.map((p) => html`<option ${p.name === issue.fields.priority ? raw('selected') : ''}>${p.name}</option>`)}</select></label>
        <button type="submit">Update issue</button></form>`
    : html``;
  const comments = html`${issue.comments.map((c) => html`<article class="card"><p><strong>${name(c.author)}</strong> <span class="muted">${c.created}</span></p><p>${adfText(c.body)}</p></article>`)}
    ${canComment ? html`<form method="post" action="/browse/${issue.key}/comment" class="row"><label>Add a comment <textarea name="text" rows="2" cols="60" required></textarea></label><button type="submit">Comment</button></form>` : ''}`;
  const body = html`${notice ? html`<p role="status">${notice}</p>` : ''}
    <p class="muted">${issue.key} · ${issue.fields.issuetype}</p>
    <div class="grid"><div>
      ${section('Description', html`<p>${adfText(issue.fields.description) || 'No description.'}</p>`)}
      ${panel ? section(panel.module.title ?? 'App', customUiFrame(panel.frame, `${panel.module.title ?? 'App'} panel`, viewer), 'app-panel') : ''}
      ${section('Comments', comments)}
    </div><div>${action ? html`<details class="card issue-action" data-testid="issue-action"><summary>${action.module.title ?? 'App action'}</summary>${customUiFrame(action.frame, action.module.title ?? 'App action', viewer, true)}</details>` : ''}
      ${glance ? section(glance.module.title ?? 'App', customUiFrame(glance.frame, `${glance.module.title ?? 'App'}: ${String(glance.module.raw.label ?? '')}`, viewer), 'app-context') : ''}
      ${section('Details', html`${fields}${editForm}`)}</div></div>`;
  return { status: 200, body: page({ ...viewer, title: issue.fields.summary, body }) };
}
