/**
 * What someone who is not logged in gets instead of a page that needs an account: Jira's own pages
 * always, and the help center's unless its portal lets anyone raise requests (portal-access.ts).
 */
import { html, page } from '../html';
import type { Viewer } from '../shell-context';

/** Jira's pages (not the help center, the control room, the bridge or the shell's assets). */
export const isJiraPage = (path: string): boolean => /^\/(?:$|\?|issues|browse\/|jira\/|wiki\/)/.test(path);

export function loginRequiredPage(viewer: Viewer, what = 'this page'): string {
  const body = html`<p role="alert">Log in to see ${what}.</p>
    <p class="muted">On this local site, pick someone under “Signed in as” at the top right.</p>`;
  return page({ ...viewer, title: 'Log in to continue', body });
}
