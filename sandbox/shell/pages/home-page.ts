import { findUser } from '../../state/directory';
import { html, page, section } from '../html';
import type { Shell, Viewer } from '../shell-context';

export function homePage(shell: Shell, viewer: Viewer): string {
  const me = findUser(viewer.accountId);
  const recent = shell.site.issues
    .all()
    .sort((a, b) => Number(b.id) - Number(a.id))
    .slice(0, 3);
  const body = html`<p>This is a local Jira Cloud site running the Incident response app's real code against an emulated Jira and Forge platform.
    You are <strong>${me?.displayName}</strong> (${me?.persona}); switch people at the top right.</p>
    ${section(
      'Where to go',
      html`<ul>
      <li><a href="/issues">Issues</a>: search with JQL (including the app's indexed fields, such as <code>incidentPriority</code>).</li>
      <li>${recent.map((i) => html`<a href="/browse/${i.key}">${i.key}</a> `)}: the issue view with the incident panel.</li>
      <li><a href="/jira/dashboards/10000">Dashboard</a>: the statistics gadget and its settings.</li>
      <li><a href="/servicedesk/customer/portal/1">Help center</a>: report something as a portal customer.</li>
      <li><a href="/jira/settings/apps">App settings</a>: the admin page (Jira administrators only).</li>
      <li><a href="/jira/projects/SEC/settings/apps/incident-response">SEC project settings</a>: per-project calendar, escalation path and contacts (project administrators).</li>
      <li><a href="/sandbox">Control room</a>: move the clock, make events late, duplicated or reordered, read the notification outbox.</li>
    </ul>`,
    )}
    <p class="muted">${shell.site.issues.all().length} issues on this site; seeded ${shell.site.state.seededAt ?? 'never'}.</p>`;
  return page({ ...viewer, title: 'Local Jira site', body });
}
