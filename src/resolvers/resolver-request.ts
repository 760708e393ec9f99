/**
 * The part of a Forge resolver request the app relies on. `context` is filled by the platform and
 * is the only trusted input; `payload` comes from the browser.
 */
export interface TrustedContext {
  accountId?: string;
  /**
   * The caller's kind for this module, filled by Forge: `licensed`, or on JSM's portal `unlicensed`
   * (logged in without a JSM licence), `customer` or `anonymous` (accountId 'unidentified').
   * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/
   */
  accountType?: 'licensed' | 'unlicensed' | 'customer' | 'anonymous';
  cloudId?: string;
  /** The Jira site's address (https://your-site.atlassian.net), for links in generated documents. */
  siteUrl?: string;
  moduleKey?: string;
  extension?: {
    type?: string;
    issue?: { id?: string; key?: string };
    project?: { id?: string; key?: string };
    /** JSM portal modules: the request the page shows. */
    request?: { key?: string; typeId?: string };
    /** Dashboard gadgets: the configuration the gadget's owner saved (view.submit). */
    gadgetConfiguration?: unknown;
  };
}

export interface ResolverRequest {
  payload: unknown;
  context: TrustedContext;
}
