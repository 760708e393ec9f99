/**
 * The app's issue-view modules on the local issue page, placed and shown as Jira shows them:
 * - jira:issuePanel is not there by itself: its button (the module's title) adds it to the issue, and
 *   a Jira admin's "Show for all work items" in its menu adds it wherever its display conditions hold
 *   (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-panel/);
 * - jira:issueContext starts collapsed: its title, label and the status its dynamicProperties function
 *   returns (context-status.ts; the manifest's static status, or none, when that fails); expanding
 *   loads the Custom UI (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-context/);
 * - jira:issueAction opens from the issue's menu, in a dialog (closing it reloads the issue).
 * Each only where its display conditions hold (display-conditions.ts).
 */
import { randomBytes } from 'node:crypto';
import { hasGlobalPermission, hasIssuePermission } from '../../state/permissions';
import { addPanelToIssue, isPanelOnIssue, isShownForAll, showForAllWorkItems } from '../../state/issue-panels';
import { issueViewExtension } from '../../state/issue-view-extension';
import type { StoredIssue } from '../../state/site-state';
import { displayConditionsHold } from '../display-conditions';
import { customUiFrame, html, raw, section, type Html } from '../html';
import { staticStatus } from './context-status';
import { moduleOfType, type Shell, type Viewer, viewerLocale } from '../shell-context';

export interface IssueViewApps {
  quickAdd: Html;
  panel: Html;
  glance: Html;
  action: Html;
}

/** Per site, panels added by their button a moment ago: their first render says isNewToIssue, later ones do not. */
const justAddedOn = new WeakMap<Shell['site'], Set<string>>();
const justAdded = (shell: Shell) => justAddedOn.get(shell.site) ?? justAddedOn.set(shell.site, new Set()).get(shell.site)!;

export function issueViewApps(shell: Shell, viewer: Viewer, issue: StoredIssue): IssueViewApps {
  // One id for the frames of this page: app events (events.emit) reach the app's frames on the same page.
  const pageId = randomBytes(9).toString('base64url');
  const moduleWhere = (type: string) => {
    const module = moduleOfType(shell, type);
    return displayConditionsHold(module.raw.displayConditions, viewer.accountId, issue) ? module : null;
  };
  const frameOf = (module: ReturnType<typeof moduleOfType>, extra: Record<string, unknown> = {}, closeUrl?: string) =>
    shell.frames.register(module, module.resource, viewer.accountId, viewer.theme, {
      extension: { ...issueViewExtension(issue, module.type, shell.site.baseUrl), ...extra },
      pageId,
      ...(closeUrl ? { closeUrl } : {}),
    });

  const panelModule = moduleWhere('jira:issuePanel');
  const panelShown = panelModule !== null && isPanelOnIssue(shell.site.state, panelModule.key, issue.id);
  // Atlassian does not say who may click the button; adding the panel changes the issue for everyone,
  // so the local site offers it to those who may edit the issue.
  const canAdd = panelModule !== null && !panelShown && hasIssuePermission(viewer.accountId, issue, 'EDIT_ISSUES');
  const isNewToIssue = justAdded(shell).delete(`${viewer.accountId}:${issue.id}:${panelModule?.key}`);
  const glanceModule = moduleWhere('jira:issueContext');
  const actionModule = moduleWhere('jira:issueAction');
  return {
    quickAdd:
      canAdd && panelModule
        ? html`<form method="post" action="/browse/${issue.key}/apps/${panelModule.key}/add" class="row quick-add" aria-label="Add to this work item">
          <button type="submit" data-testid="quick-add-${panelModule.key}">${iconOf(panelModule, viewer)}${panelModule.titleIn(viewerLocale(viewer)) ?? 'App'}</button></form>`
        : html``,
    panel:
      panelShown && panelModule
        ? panelSection(
            panelModule,
            customUiFrame(frameOf(panelModule, { isNewToIssue }), `${panelModule.titleIn(viewerLocale(viewer)) ?? 'App'} panel`, viewer),
            issue,
            viewer,
            shell,
          )
        : html``,
    glance: glanceModule ? collapsedGlance(issue, glanceModule, frameOf(glanceModule), viewer) : html``,
    action: actionModule
      ? html`<details class="card issue-action" data-testid="issue-action"><summary>${actionModule.titleIn(viewerLocale(viewer)) ?? 'App action'}</summary>${customUiFrame(
          frameOf(actionModule, {}, `/browse/${issue.key}`),
          actionModule.titleIn(viewerLocale(viewer)) ?? 'App action',
          viewer,
          true,
        )}</details>`
      : html``,
  };
}

/**
 * The button's icon when the app bundles it (`resource:<key>;<path>`, served from the CDN origin like
 * the frames: https://developer.atlassian.com/platform/forge/custom-ui/#icons); an icon on another host
 * is not fetched (the local site stays offline), and the title alone names the button.
 */
function iconOf(module: ReturnType<typeof moduleOfType>, viewer: Viewer): Html {
  const m = /^resource:([a-zA-Z0-9_-]+);([a-zA-Z0-9_./-]+)$/.exec(String(module.raw.icon ?? ''));
  if (!m || m[2]!.includes('..')) return html``;
  return html`<img src="${viewer.frameOrigin}/apps/${m[1]}/${m[2]}" alt="" width="16" height="16" class="quick-add-icon">`;
}

/** The panel with its menu; only a Jira admin's menu offers "Show for all work items". */
function panelSection(module: ReturnType<typeof moduleOfType>, frame: Html, issue: StoredIssue, viewer: Viewer, shell: Shell): Html {
  const title = module.titleIn(viewerLocale(viewer)) ?? 'App';
  const offerAll = hasGlobalPermission(viewer.accountId, 'ADMINISTER') && !isShownForAll(shell.site.state, module.key);
  const menu = offerAll
    ? html`<details class="app-menu" data-testid="panel-menu-${module.key}"><summary aria-label="More actions for ${title}">•••</summary>
        <form method="post" action="/browse/${issue.key}/apps/${module.key}/show-for-all"><button type="submit" data-testid="show-for-all-${module.key}">Show for all work items</button></form></details>`
    : html``;
  return section(title, html`${menu}${frame}`, 'app-panel');
}

/**
 * The collapsed context panel: its Custom UI loads only when someone expands it (a lazy frame in a
 * closed details). Its status comes after the page, as in Jira, which does not hold the issue view for
 * it: the page asks the status route (context-status.ts) and shows what the function answered, or the
 * manifest's static status, or nothing.
 */
function collapsedGlance(issue: StoredIssue, module: ReturnType<typeof moduleOfType>, frame: ReturnType<Shell['frames']['register']>, viewer: Viewer) {
  const label = module.labelIn(viewerLocale(viewer)) ?? '';
  const fallback = staticStatus(module.raw.status);
  return html`<details class="card app-context" data-testid="context-${module.key}">
    <summary><strong>${module.titleIn(viewerLocale(viewer)) ?? 'App'}</strong> <span class="muted">${label}</span>
      <span class="lozenge lozenge-${fallback?.type ?? 'default'}" data-testid="context-status-${module.key}" data-status-src="/browse/${issue.key}/apps/${module.key}/status" ${fallback ? '' : raw('hidden')}>${fallback?.label ?? ''}</span></summary>
    ${customUiFrame(frame, `${module.titleIn(viewerLocale(viewer)) ?? 'App'}: ${label}`, viewer, true)}</details>`;
}

/** POST /browse/:key/apps/:module/add: the panel's button; anyone who may edit the issue, where the conditions hold. */
export function addPanel(shell: Shell, viewer: Viewer, issue: StoredIssue, moduleKey: string): boolean {
  const module = moduleOfType(shell, 'jira:issuePanel', moduleKey);
  if (!hasIssuePermission(viewer.accountId, issue, 'EDIT_ISSUES') || !displayConditionsHold(module.raw.displayConditions, viewer.accountId, issue))
    return false;
  addPanelToIssue(shell.site.state, module.key, issue.id);
  justAdded(shell).add(`${viewer.accountId}:${issue.id}:${module.key}`);
  shell.site.save();
  return true;
}

/** POST /browse/:key/apps/:module/show-for-all: the panel's menu, for a Jira admin only. */
export function showPanelForAll(shell: Shell, viewer: Viewer, moduleKey: string): boolean {
  const module = moduleOfType(shell, 'jira:issuePanel', moduleKey);
  if (!hasGlobalPermission(viewer.accountId, 'ADMINISTER')) return false;
  showForAllWorkItems(shell.site.state, module.key);
  shell.site.save();
  return true;
}
