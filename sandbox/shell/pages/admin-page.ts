/** Jira settings > Apps: the app's admin page, shown to Jira administrators only, as in Jira. */
import { hasGlobalPermission } from '../../state/permissions';
import { customUiFrame, html, page } from '../html';
import { moduleOfType, type Shell, type Viewer, viewerLocale } from '../shell-context';

export function adminPage(shell: Shell, viewer: Viewer, search = ''): { status: 200 | 403; body: string } {
  if (!hasGlobalPermission(viewer.accountId, 'ADMINISTER')) {
    return {
      status: 403,
      body: page({
        ...viewer,
        title: 'App settings',
        body: html`<p role="alert">Only Jira administrators can open app settings. Switch to Alex Admin to see this page.</p>`,
      }),
    };
  }
  const module = moduleOfType(shell, 'jira:adminPage');
  const frame = shell.frames.register(module, module.resource, viewer.accountId, viewer.theme, {
    extension: { type: 'jira:adminPage', location: `${shell.site.baseUrl}/jira/settings/apps/${shell.site.manifest.appUuid}${search}` },
  });
  return {
    status: 200,
    body: page({
      ...viewer,
      title: module.titleIn(viewerLocale(viewer)) ?? 'App settings',
      body: html`<div class="card app-page">${customUiFrame(frame, module.titleIn(viewerLocale(viewer)) ?? 'App settings', viewer)}</div>`,
    }),
  };
}
