/**
 * Project settings > Apps: the app's project settings page, shown to the project's administrators
 * and Jira administrators, as in Jira. Forge gives the frame the project in its context
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-project-settings-page/).
 */
import { findProject } from '../../state/directory';
import { hasGlobalPermission, hasProjectPermission } from '../../state/permissions';
import { customUiFrame, html, page, section } from '../html';
import { moduleOfType, type Shell, type Viewer, viewerLocale } from '../shell-context';

export function projectSettingsPage(shell: Shell, viewer: Viewer, projectKey: string): { status: 200 | 403 | 404; body: string } {
  const project = findProject(projectKey);
  if (!project) return { status: 404, body: page({ ...viewer, title: 'Project settings', body: html`<p role="alert">No project ${projectKey}.</p>` }) };
  if (!hasProjectPermission(viewer.accountId, project.id, 'ADMINISTER_PROJECTS') && !hasGlobalPermission(viewer.accountId, 'ADMINISTER')) {
    return {
      status: 403,
      body: page({ ...viewer, title: 'Project settings', body: html`<p role="alert">Only administrators of ${project.key} can open its settings.</p>` }),
    };
  }
  const module = moduleOfType(shell, 'jira:projectSettingsPage');
  const frame = shell.frames.register(module, module.resource, viewer.accountId, viewer.theme, {
    extension: { type: 'jira:projectSettingsPage', project: { id: project.id, key: project.key, type: project.projectTypeKey } },
  });
  const title = `${project.name}: ${module.titleIn(viewerLocale(viewer)) ?? 'App settings'}`;
  return { status: 200, body: page({ ...viewer, title, body: section('Project settings', customUiFrame(frame, title, viewer)) }) };
}
