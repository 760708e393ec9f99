/** A Jira dashboard with the app's gadget: view and edit entry points, config from gadgetConfiguration. */
import { mayEditDashboard } from '../../state/dashboards';
import { customUiFrame, html, page, section } from '../html';
import { moduleOfType, type Shell, type Viewer, viewerLocale } from '../shell-context';

export const GADGET_ID = '20001';

export function dashboardPage(shell: Shell, viewer: Viewer, dashboardId: string, editRequested: boolean): string {
  const module = moduleOfType(shell, 'jira:dashboardGadget');
  // Only the dashboard's editors get the gadget's edit view (dashboards.ts); anyone else sees the gadget.
  const mayEdit = mayEditDashboard(viewer.accountId, dashboardId);
  const editing = editRequested && mayEdit;
  const viewUrl = `/jira/dashboards/${dashboardId}`;
  const config = shell.site.state.gadgetConfigs[GADGET_ID] ?? {};
  const frame = shell.frames.register(module, editing ? (module.editResource ?? module.resource) : module.resource, viewer.accountId, viewer.theme, {
    extension: {
      type: 'jira:dashboardGadget',
      gadgetConfiguration: config,
      dashboard: { id: dashboardId },
      gadget: { id: GADGET_ID },
      ...(editing ? { entryPoint: 'edit' } : {}),
      location: `${shell.site.baseUrl}${viewUrl}`,
    },
    ...(editing ? { submitTarget: { kind: 'gadget' as const, gadgetId: GADGET_ID, dashboardId, viewUrl }, closeUrl: viewUrl } : {}),
  });
  const notice =
    editRequested && !mayEdit ? html`<p role="status">Only the dashboard's owner and the people it is shared with for editing can change this gadget.</p>` : '';
  const actions = editing
    ? html`<p><a href="${viewUrl}">Back to the dashboard</a></p>`
    : html`<div class="row">${notice}${mayEdit ? html`<a href="${viewUrl}?edit=${GADGET_ID}">Edit gadget</a>` : ''}
        <form method="post" action="/jira/dashboards/${dashboardId}/refresh"><button type="submit">Refresh gadgets</button></form></div>`;
  const body = html`${actions}${section(module.titleIn(viewerLocale(viewer)) ?? 'Gadget', customUiFrame(frame, `${module.titleIn(viewerLocale(viewer)) ?? 'Gadget'}${editing ? ' settings' : ''}`, viewer))}`;
  return page({ ...viewer, title: 'Dashboard: Incident overview', body });
}

/** Frames showing the gadget's view get JIRA_DASHBOARD_GADGET_REFRESH, as every gadget does. */
export function refreshGadgets(shell: Shell): void {
  const ids = shell.frames
    .all()
    .filter((f) => f.module.type === 'jira:dashboardGadget')
    .map((f) => f.id);
  shell.hub.send(ids, { name: 'JIRA_DASHBOARD_GADGET_REFRESH', payload: { origin: 'dashboard', gadgetId: GADGET_ID } });
}
