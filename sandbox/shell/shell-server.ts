/**
 * The local Jira site over HTTP: shell pages hosting the real built Custom UIs, the bridge, the
 * emulated REST API for the signed-in user, and the control room's actions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { REPO_ROOT, type Site } from '../site';
import { DEFAULT_USER_ID, PRIORITIES, STATUSES, USERS, findUser } from '../state/directory';
import { canSeeIssue, hasIssuePermission } from '../state/permissions';
import { bridgeRoutes } from './bridge-routes';
import { EventHub } from './event-hub';
import { FrameRegistry } from './frames';
import { adminPage } from './pages/admin-page';
import { projectSettingsPage } from './pages/project-settings-page';
import { controlRoomPage } from './pages/control-room';
import { dashboardPage, refreshGadgets } from './pages/dashboard-page';
import { homePage } from './pages/home-page';
import { issuesPage, issueViewPage } from './pages/issue-pages';
import { addPanel, showPanelForAll } from './pages/issue-view-apps';
import { contextStatus } from './pages/context-status';
import { createRequest, createRequestPage, myRequestsPage, portalHome, requestPage, requestTypeOf } from './pages/portal-pages';
import type { Shell, Viewer } from './shell-context';
import { staticRoutes } from './static-routes';
import { cdnRoutes, CSP_REPORT_PATH } from './cdn-routes';
import { confluencePageView } from './pages/confluence-page';
import { isJiraPage, loginRequiredPage } from './pages/login-page';
import { ANONYMOUS_ACCOUNT_ID } from '../state/user-kinds';
import { setAnonymousRequests } from '../state/portal-access';
import { SERVICE_DESKS } from '../state/service-desks';

const USER_COOKIE = 'sandbox-user';
const THEME_COOKIE = 'sandbox-theme';

/** The API token every local user's basic auth takes (the site has no token management). */
export const LOCAL_API_TOKEN = 'local-api-token';

/** Who a REST request is from: a valid session cookie, or basic auth `email:LOCAL_API_TOKEN`; else nobody. */
export function restCaller(cookieHeader: string | undefined, authorization: string | undefined): string | null {
  const signedIn = cookieUser(cookieHeader);
  if (signedIn !== undefined) return findUser(signedIn)?.accountId ?? null;
  const basic = /^Basic\s+(.+)$/i.exec(authorization ?? '');
  if (!basic) return null;
  const [email, token] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
  const user = USERS.find((u) => u.emailAddress === email);
  return user && token === LOCAL_API_TOKEN ? user.accountId : null;
}

/** The account id the session cookie names, as sent (undefined without the cookie). */
function cookieUser(cookieHeader: string | undefined): string | undefined {
  const match = /(?:^|;\s*)sandbox-user=([^;]+)/.exec(cookieHeader ?? '');
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** The pages' viewer: the signed-in user, or the default persona when the cookie is absent or unknown. */
export function userFromCookie(cookieHeader: string | undefined): string {
  const id = cookieUser(cookieHeader) ?? DEFAULT_USER_ID;
  return findUser(id) || id === ANONYMOUS_ACCOUNT_ID ? id : DEFAULT_USER_ID;
}

export interface ShellOptions {
  /** Print Content-Security-Policy violations the frames report (npm start); tests read them instead. */
  logCspViolations?: boolean;
}

export function createShellApp(site: Site, options: ShellOptions = {}) {
  const shell: Shell = { site, frames: new FrameRegistry(), hub: new EventHub(), cdnPort: null, cspViolations: [] };
  const app = new Hono();
  const viewer = (c: { req: { header(n: string): string | undefined; path: string; url: string } }): Viewer => {
    const theme = /(?:^|;\s*)sandbox-theme=dark/.test(c.req.header('cookie') ?? '') ? 'dark' : 'light';
    const url = new URL(c.req.url);
    const frameOrigin = shell.cdnPort === null ? url.origin : `${url.protocol}//${url.hostname}:${shell.cdnPort}`;
    return { accountId: userFromCookie(c.req.header('cookie')), theme, path: url.pathname + url.search, siteOrigin: url.origin, frameOrigin };
  };
  const back = (value: unknown) => (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/');

  // Issue changes reach the frames that show the issue, as JIRA_ISSUE_CHANGED; not the frames of the
  // person who made the change ("it will not be refreshed",
  // https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-panel/#limitations).
  site.onIssueChange((change) => {
    const ids = shell.frames
      .all()
      .filter((f) => (f.extension.issue as { id?: string } | undefined)?.id === change.issue.id && f.accountId !== change.actor)
      .map((f) => f.id);
    shell.hub.send(ids, {
      name: 'JIRA_ISSUE_CHANGED',
      payload: { issueId: change.issue.id, projectId: change.issue.projectId, changes: [{ changeType: 'updated', atlassianId: change.actor }] },
    });
  });

  app.route('/', staticRoutes());

  // Content-Security-Policy violation reports from the Custom UI frames (report-uri of forge-csp.ts).
  app.post(CSP_REPORT_PATH, async (c) => {
    const body = (await c.req.json().catch(() => null)) as { 'csp-report'?: Record<string, unknown> } | null;
    const r = body?.['csp-report'];
    if (r) {
      const violation = {
        directive: String(r['effective-directive'] ?? r['violated-directive'] ?? ''),
        blocked: String(r['blocked-uri'] ?? ''),
        document: String(r['document-uri'] ?? ''),
        sample: String(r['script-sample'] ?? ''),
      };
      if (shell.cspViolations.length < 500) shell.cspViolations.push(violation);
      if (options.logCspViolations) console.warn(`[csp] ${violation.directive} blocked ${violation.blocked || 'inline'} in ${violation.document}`);
    }
    return c.body(null, 204);
  });
  app.route('/', bridgeRoutes(site, shell.frames, shell.hub, userFromCookie));

  // The emulated Jira REST API, as the signed-in user (what the browser or curl would do). Jira answers
  // 401 to a request without valid credentials, so the site does too: the browser's session cookie, or
  // basic auth with a user's email and the local site's API token (LOCAL_API_TOKEN, see the README).
  app.all('/rest/*', (c) => {
    const accountId = restCaller(c.req.header('cookie'), c.req.header('authorization'));
    if (!accountId) return c.json({ errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} }, 401);
    return site.jiraFetch(c.req.raw, { accountId, selfGenerated: false });
  });

  // The app's web triggers, as Forge serves them: no login, the app's function decides (runtime/web-triggers.ts).
  const webTrigger = async (c: Context) => {
    const url = new URL(c.req.url);
    const r = await site.webTriggers.call({
      method: c.req.method,
      pathname: url.pathname,
      headers: [...c.req.raw.headers.entries()],
      query: [...url.searchParams.entries()],
      body: await c.req.text(),
    });
    return c.body(r.body, r.status as 200, r.headers);
  };
  app.all('/public/:id', webTrigger);
  app.all('/public/:id/*', webTrigger);
  // The web triggers' URLs for this installation, as webTrigger.queryUrls() gives them.
  app.get('/sandbox/webtriggers', (c) => c.json(site.webTriggers.list()));

  // Jira's own pages are for people who are logged in; only the help center may admit anyone.
  app.use('*', async (c, next) => {
    const v = viewer(c);
    if (v.accountId === ANONYMOUS_ACCOUNT_ID && isJiraPage(v.path)) return c.html(loginRequiredPage(v), 401);
    await next();
  });
  app.get('/', (c) => c.html(homePage(shell, viewer(c))));
  // Jira Cloud's issue search lives at /issues/?jql=… (the gadget links there); /issues answers too.
  const issues = async (c: Context) => c.html(await issuesPage(shell, viewer(c), c.req.query('jql'), c.req.query('page')));
  app.get('/issues', issues);
  app.get('/issues/', issues);
  app.get('/browse/:key', (c) => {
    const r = issueViewPage(shell, viewer(c), c.req.param('key'));
    return c.html(r.body, r.status);
  });
  // A collapsed issue context panel's status, asked for by the issue page once it has loaded (context-status.ts).
  app.get('/browse/:key/apps/:module/status', async (c) => {
    const issue = site.issues.find(c.req.param('key'));
    const status = issue ? await contextStatus(shell, viewer(c), issue, c.req.param('module')) : undefined;
    return status === undefined ? c.json({ errorMessages: ['Not available.'] }, 404) : c.json({ status });
  });
  // The issue panel's button and, for a Jira admin, its "Show for all work items" (issue-view-apps.ts).
  app.post('/browse/:key/apps/:module/:action{add|show-for-all}', (c) => {
    const v = viewer(c);
    const issue = site.issues.find(c.req.param('key'));
    if (!issue || !canSeeIssue(v.accountId, issue) || !site.manifest.modules.some((m) => m.type === 'jira:issuePanel' && m.key === c.req.param('module')))
      return c.html(issueViewPage(shell, v, c.req.param('key')).body, 404);
    const done = c.req.param('action') === 'add' ? addPanel(shell, v, issue, c.req.param('module')) : showPanelForAll(shell, v, c.req.param('module'));
    if (!done) return c.html(issueViewPage(shell, v, issue.key).body, 403);
    return c.redirect(`/browse/${issue.key}`, 303);
  });
  app.post('/browse/:key/edit', async (c) => {
    const v = viewer(c);
    const issue = site.issues.find(c.req.param('key'));
    const form = await c.req.parseBody();
    if (!issue || !hasIssuePermission(v.accountId, issue, 'EDIT_ISSUES')) return c.html(issueViewPage(shell, v, c.req.param('key')).body, 403);
    const status = STATUSES.find((s) => s.name === form.status)?.name;
    const priority = PRIORITIES.find((p) => p.name === form.priority)?.name;
    site.issues.edit(issue, { ...(status ? { status } : {}), ...(priority ? { priority } : {}) }, v.accountId, false);
    return c.redirect(`/browse/${issue.key}`, 303);
  });
  app.post('/browse/:key/comment', async (c) => {
    const form = await c.req.parseBody();
    const text = String(form.text ?? '').trim();
    if (text)
      await site.rest(viewer(c).accountId, 'POST', `/rest/api/3/issue/${c.req.param('key')}/comment`, {
        body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      });
    return c.redirect(`/browse/${c.req.param('key')}`, 303);
  });

  app.get('/jira/dashboards/:id', (c) => c.html(dashboardPage(shell, viewer(c), c.req.param('id'), c.req.query('edit') !== undefined)));
  app.post('/jira/dashboards/:id/refresh', (c) => {
    refreshGadgets(shell);
    return c.redirect(`/jira/dashboards/${c.req.param('id')}`, 303);
  });
  const settings = (c: Parameters<typeof viewer>[0]) => {
    const r = adminPage(shell, viewer(c), new URL(c.req.url).search);
    return new Response(r.body, { status: r.status, headers: { 'content-type': 'text/html; charset=utf-8' } });
  };
  // Where router.navigate({ target: 'module', moduleKey }) leads: the page that shows that module
  // (the admin page, or a project's settings page given its projectKey); any other key is not found.
  app.get('/jira/apps/module/:key', (c) => {
    const module = shell.site.manifest.modules.find((m) => m.key === c.req.param('key'));
    const projectKey = c.req.query('projectKey');
    if (module?.type === 'jira:adminPage') return c.redirect('/jira/settings/apps');
    if (module?.type === 'jira:projectSettingsPage' && projectKey && /^[A-Z][A-Z0-9_]{0,9}$/.test(projectKey))
      return c.redirect(`/jira/projects/${projectKey}/settings/apps/incident-response`);
    return c.notFound();
  });
  app.get('/jira/settings/apps', (c) => settings(c));
  app.get('/jira/settings/apps/*', (c) => settings(c));
  app.get('/jira/projects/:key/settings/apps/incident-response', (c) => {
    const r = projectSettingsPage(shell, viewer(c), c.req.param('key'));
    return c.html(r.body, r.status);
  });

  app.get('/servicedesk/customer/portal/:portalId', (c) => c.html(portalHome(viewer(c))));
  app.get('/servicedesk/customer/portal/:portalId/create', (c) =>
    c.html(createRequestPage(shell, viewer(c), undefined, {}, requestTypeOf(c.req.query('type')))),
  );
  app.post('/servicedesk/customer/portal/:portalId/create', async (c) => {
    const v = viewer(c);
    const form = (await c.req.parseBody()) as Record<string, string>;
    const result = createRequest(shell, v, form);
    if ('error' in result) return c.html(createRequestPage(shell, v, result.error, form, requestTypeOf(form.requestType)), 400);
    return c.redirect(`/servicedesk/customer/portal/${c.req.param('portalId')}/${result.key}`, 303);
  });
  app.get('/servicedesk/customer/portal/:portalId/requests', (c) => c.html(myRequestsPage(shell, viewer(c))));
  app.get('/servicedesk/customer/portal/:portalId/:key', (c) => {
    const r = requestPage(shell, viewer(c), c.req.param('key'));
    return c.html(r.body, r.status);
  });

  app.get('/wiki/spaces/:space/pages/:id', (c) => {
    const r = confluencePageView(shell, viewer(c), c.req.param('space'), c.req.param('id'));
    return c.html(r.body, r.status);
  });

  app.get('/sandbox', (c) => c.html(controlRoomPage(shell, viewer(c))));
  app.post('/sandbox/user', async (c) => {
    const form = await c.req.parseBody();
    if (findUser(String(form.accountId)) || form.accountId === ANONYMOUS_ACCOUNT_ID)
      setCookie(c, USER_COOKIE, String(form.accountId), { path: '/', sameSite: 'Lax' });
    return c.redirect(back(form.back), 303);
  });
  app.post('/sandbox/theme', async (c) => {
    const form = await c.req.parseBody();
    setCookie(c, THEME_COOKIE, form.theme === 'dark' ? 'dark' : 'light', { path: '/', sameSite: 'Lax' });
    return c.redirect(back(form.back), 303);
  });
  app.post('/sandbox/clock', async (c) => {
    const form = await c.req.parseBody();
    await site.advanceTime(Math.min(Math.max(Number(form.advance) || 0, 0), 7 * 86_400_000));
    return c.redirect('/sandbox', 303);
  });
  app.post('/sandbox/events', async (c) => {
    const form = await c.req.parseBody();
    site.events.options = { delayMs: clamp(Number(form.delayMs), 0, 600_000), duplicate: form.duplicate === 'on', reorder: form.reorder === 'on' };
    site.scheduler.duplicateRuns = form.duplicateRuns === 'on';
    site.search.setLag(clamp(Number(form.indexLagMs), 0, 600_000));
    const limited = clamp(Number(form.rateLimitNext), 0, 100);
    if (limited > 0) site.faults.rateLimitNext(limited);
    return c.redirect('/sandbox', 303);
  });
  app.post('/sandbox/portal-access', async (c) => {
    const form = await c.req.parseBody();
    for (const desk of SERVICE_DESKS) setAnonymousRequests(site.state, desk.id, form[`anonymous-${desk.id}`] === 'on');
    site.save();
    return c.redirect('/sandbox', 303);
  });
  app.post('/sandbox/latency', async (c) => {
    const form = await c.req.parseBody();
    site.latency.invokeMs = clamp(Number(form.invokeMs), 0, 5000);
    site.latency.requestMs = clamp(Number(form.requestMs), 0, 5000);
    return c.redirect('/sandbox', 303);
  });
  app.notFound((c) => c.html(readFileSync(join(REPO_ROOT, 'sandbox', 'shell', 'assets', 'not-found.html'), 'utf8'), 404));
  return { app, shell, cdn: cdnRoutes(site) };
}

const clamp = (n: number, min: number, max: number) => (Number.isFinite(n) ? Math.min(Math.max(n, min), max) : min);
