/**
 * Names shared by the backend and every Custom UI: plain constants only, so the UIs can import
 * them without pulling backend code into their bundles. The category taxonomy and the priority
 * matrix are settings (src/domain/config), delivered to the UIs by the resolvers.
 */

/** The issue property our app mirrors the incident record into (indexed by jira:entityProperty). */
export const INCIDENT_PROPERTY_KEY = 'incident-response';

/**
 * The issue property Jira writes the portal create-panel's fields to: the UUID of the manifest's
 * app.id (forge-platform.md 1.10). A manifest test keeps the two equal.
 */
export const PORTAL_REPORT_PROPERTY_KEY = 'f1035d8c-eacb-4a8c-9042-841b9e1eb59b';
