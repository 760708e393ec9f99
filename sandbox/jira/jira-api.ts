/**
 * The emulated Jira Cloud REST API v3, as a Hono app: `jiraApi(deps).fetch(request, { caller })`
 * serves both the in-process Forge hooks and the shell's HTTP server. Unknown routes fail loudly.
 */
import { metadataRoutes } from './routes/metadata-routes';
import { Hono } from 'hono';
import type { Caller, JiraDeps, JiraEnv } from './jira-env';
import { ANONYMOUS_ACCOUNT_ID } from '../state/user-kinds';
import { jiraError, jsmError } from './jira-errors';
import { bulkPropertyRoutes } from './routes/bulk-property-routes';
import { commentRoutes } from './routes/comment-routes';
import { issueRoutes } from './routes/issue-routes';
import { issueLinkRoutes } from './routes/issue-link-routes';
import { notifyRoutes } from './routes/notify-routes';
import { propertyRoutes } from './routes/property-routes';
import { searchRoutes } from './routes/search-routes';
import { userRoutes } from './routes/user-routes';
import { serviceDeskRoutes } from './routes/service-desk-routes';
import { projectRoutes } from './routes/project-routes';
import { worklogRoutes } from './routes/worklog-routes';
import { transitionRoutes } from './routes/transition-routes';

export function jiraApi(deps: JiraDeps) {
  const api = new Hono<JiraEnv>().basePath('/rest/api/3');
  api.use('*', async (c, next) => {
    if (isAnonymous(c.env.caller)) return notAuthenticated();
    deps.recordRequest?.(c.req.method, new URL(c.req.url).pathname, c.env.caller);
    const limited = deps.faults.takeRateLimit(new URL(c.req.url).pathname);
    if (limited) return limited;
    await next();
    await deps.checkResponse?.(c.req.method, new URL(c.req.url).pathname, c.res);
  });
  api.route('/', issueRoutes(deps));
  // Before the single-issue routes, so /issue/properties/multi is not read as an issue key.
  api.route('/', bulkPropertyRoutes(deps));
  api.route('/', propertyRoutes(deps));
  api.route('/', searchRoutes(deps));
  api.route('/', commentRoutes(deps));
  api.route('/', notifyRoutes(deps));
  api.route('/', userRoutes(deps));
  api.route('/', issueLinkRoutes(deps));
  api.route('/', worklogRoutes(deps));
  api.route('/', transitionRoutes(deps));
  api.route('/', projectRoutes(deps));
  api.route('/', metadataRoutes(deps));

  // Jira Service Management's API, behind the same door (the site's rate limits and response checks).
  const jsm = new Hono<JiraEnv>().basePath('/rest/servicedeskapi');
  jsm.use('*', async (c, next) => {
    // JSM's own error shape (ErrorResponse of its OpenAPI document: errorMessage, i18nErrorMessage), not the platform's.
    if (isAnonymous(c.env.caller)) return jsmError(401, 'Client must be authenticated to access this resource.');
    deps.recordRequest?.(c.req.method, new URL(c.req.url).pathname, c.env.caller);
    await next();
  });
  jsm.route('/', serviceDeskRoutes(deps));

  const root = new Hono<JiraEnv>();
  root.route('/', api);
  root.route('/', jsm);
  root.notFound((c) =>
    jiraError(404, [
      `The local Jira site does not emulate ${c.req.method} ${new URL(c.req.url).pathname}. Add the route in sandbox/jira/routes, citing the Jira REST v3 page it follows.`,
    ]),
  );
  root.onError((err) => {
    console.error('[jira] internal error', err);
    return jiraError(500, ['Internal server error in the local Jira site.']);
  });
  return root;
}

/**
 * Someone not logged in (Forge's 'unidentified') reaches no REST resource, neither from a browser
 * nor through the app's asUser(): Atlassian documents anonymous users only on portal pages and
 * modules (the stricter reading), and Jira answers a request without credentials 401.
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/
 */
const isAnonymous = (caller: Caller) => caller.accountId === ANONYMOUS_ACCOUNT_ID;
const notAuthenticated = () => jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
