/**
 * Who a portal lets in. A service project's customer access decides whether anyone may raise
 * requests without logging in; off unless an admin turns it on, as on a new JSM project. Only then
 * may the create form show to an anonymous visitor, and with it the app's create-property panel,
 * which supports anonymous users (the request-detail module does not):
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-create-property-panel/
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-detail/
 */
import type { SiteState } from './site-state';

export const allowsAnonymousRequests = (state: SiteState, portalId: string): boolean => (state.anonymousRequestPortals ?? []).includes(portalId);

export function setAnonymousRequests(state: SiteState, portalId: string, allowed: boolean): void {
  const others = (state.anonymousRequestPortals ?? []).filter((id) => id !== portalId);
  state.anonymousRequestPortals = allowed ? [...others, portalId] : others;
}
