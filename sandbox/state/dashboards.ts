/**
 * The site's dashboard and who may change it. Jira stores a gadget's configuration against its
 * dashboard item, and changing it needs "edit permission of the dashboard" ("Set dashboard item
 * property", https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-dashboards/#api-rest-api-3-dashboard-dashboardid-items-itemid-properties-propertykey-put):
 * its owner, and the people its edit permissions are shared with. Forge does not document where
 * view.submit keeps a gadget's configuration (forge-platform.md 1.4); the local site takes the
 * stricter reading that it is that same dashboard item, so view.submit in the gadget's edit view
 * works for the dashboard's editors only. Everyone else may view the shared dashboard.
 */
import { GROUPS } from './directory';

export interface SiteDashboard {
  id: string;
  name: string;
  owner: string;
  /** Groups the dashboard's edit permission is shared with. */
  editorGroups: readonly string[];
}

/** The incident overview: the manager's, shared for editing with the incident managers and responders. */
export const DASHBOARDS: readonly SiteDashboard[] = [
  { id: '10000', name: 'Incident overview', owner: 'acc-morgan-manager', editorGroups: ['incident-managers', 'incident-responders'] },
];

/**
 * Whether the person may change the dashboard's gadgets (and so save a gadget's configuration).
 * @example mayEditDashboard('acc-oscar-outsider', '10000') // false
 */
export function mayEditDashboard(accountId: string, dashboardId: string): boolean {
  const dashboard = DASHBOARDS.find((d) => d.id === dashboardId);
  if (!dashboard) return false;
  if (dashboard.owner === accountId) return true;
  return GROUPS.some((g) => dashboard.editorGroups.includes(g.name) && (g.members as readonly string[]).includes(accountId));
}
