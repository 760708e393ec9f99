/**
 * Where Jira shows an app's issue panel: not by itself. Someone adds it to an issue with the panel's
 * button (then it stays on that issue), or a Jira admin picks "Show for all work items" in the panel's
 * menu (then it shows on every issue where its display conditions hold)
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-panel/).
 * Kept in the site's state, so a reload or a restart keeps both.
 */
import type { AppManifest } from '../manifest';
import type { IssuePanelsState, SiteState } from './site-state';

function panels(state: SiteState): IssuePanelsState {
  return (state.issuePanels ??= { shownForAll: [], addedTo: {} });
}

export function isShownForAll(state: SiteState, moduleKey: string): boolean {
  return state.issuePanels?.shownForAll.includes(moduleKey) ?? false;
}

/** Shown on this issue: added here, or shown for all work items (display conditions are checked apart). */
export function isPanelOnIssue(state: SiteState, moduleKey: string, issueId: string): boolean {
  return isShownForAll(state, moduleKey) || (state.issuePanels?.addedTo[issueId]?.includes(moduleKey) ?? false);
}

export function addPanelToIssue(state: SiteState, moduleKey: string, issueId: string): void {
  const added = (panels(state).addedTo[issueId] ??= []);
  if (!added.includes(moduleKey)) added.push(moduleKey);
}

export function showForAllWorkItems(state: SiteState, moduleKey: string): void {
  const all = panels(state).shownForAll;
  if (!all.includes(moduleKey)) all.push(moduleKey);
}

/** A site saved before panels needed adding showed every issue panel wherever its conditions held. */
export function keepPanelsShownForAll(state: SiteState, manifest: AppManifest): void {
  for (const m of manifest.modules) if (m.type === 'jira:issuePanel') showForAllWorkItems(state, m.key);
}
