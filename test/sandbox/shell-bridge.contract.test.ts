/**
 * Contract: the shell's host side of @forge/bridge. Frames get the documented view.getContext()
 * shapes per module, invoke reaches the real resolvers with a context the server builds, and
 * view.submit saves gadget configuration and portal fields where Jira puts them.
 */
import { createShellApp, LOCAL_API_TOKEN } from '../../sandbox/shell/shell-server';
import type { Site } from '../../sandbox/site';
import { ALEX, CASEY, createIssue, createTestSite, invokePanel, RILEY } from '../support/test-site';

let site: Site;
let app: ReturnType<typeof createShellApp>['app'];
beforeEach(() => {
  site = createTestSite();
  app = createShellApp(site).app;
});
afterEach(async () => {
  await site.close();
});

const asUser = (accountId: string) => ({ cookie: `sandbox-user=${accountId}` });
/** A new issue the app has taken in (its created event handled): the panel shows on incidents only. */
async function incident() {
  const issue = site.issues.create({ projectId: '10000', summary: 'VPN drops every few minutes', reporter: RILEY }, RILEY, false);
  site.search.noteCreated(issue);
  await site.events.drain();
  return issue;
}

async function frameOn(path: string, who: string, moduleKey: string): Promise<string> {
  const html = await (await app.request(path, { headers: asUser(who) })).text();
  const m = new RegExp(`data-frame-id="([^"]+)" data-module="${moduleKey}"`).exec(html);
  if (!m) throw new Error(`no ${moduleKey} frame on ${path}`);
  return m[1]!;
}
async function bridge(frameId: string, who: string, method: string, payload?: unknown) {
  const res = await app.request(`/__bridge/${frameId}`, {
    method: 'POST',
    headers: { ...asUser(who), 'content-type': 'application/json' },
    body: JSON.stringify({ method, payload }),
  });
  return { status: res.status, body: (await res.json()) as { result?: any; error?: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('view.getContext() per module', () => {
  it('issue panel: extension { type, issue, project, isNewToIssue, location }', async () => {
    const issue = await incident();
    const frame = await frameOn(`/browse/${issue.key}`, RILEY, 'incident-panel');
    const { body } = await bridge(frame, RILEY, 'getContext');
    expect(body.result).toMatchObject({
      accountId: RILEY,
      cloudId: expect.any(String),
      moduleKey: 'incident-panel',
      localId: expect.any(String),
      locale: 'en-US',
      timezone: 'Europe/Berlin',
      theme: { colorMode: 'light' },
      extension: {
        type: 'jira:issuePanel',
        issue: { id: issue.id, key: issue.key, type: 'Incident', typeId: '10003' },
        project: { id: '10000', key: 'SEC', type: 'service_desk' },
        isNewToIssue: false,
        location: expect.stringContaining(`/browse/${issue.key}`),
      },
    });
  });

  it('gadget: gadgetConfiguration, dashboard and gadget ids, and entryPoint edit in the edit view', async () => {
    const view = await frameOn('/jira/dashboards/10000', RILEY, 'incident-statistics');
    expect((await bridge(view, RILEY, 'getContext')).body.result.extension).toEqual({
      type: 'jira:dashboardGadget',
      gadgetConfiguration: {},
      dashboard: { id: '10000' },
      gadget: { id: '20001' },
      location: expect.any(String),
    });
    const edit = await frameOn('/jira/dashboards/10000?edit=20001', RILEY, 'incident-statistics');
    expect((await bridge(edit, RILEY, 'getContext')).body.result.extension).toMatchObject({ entryPoint: 'edit' });
  });

  it('portal request detail: request.key, typeId and the property the create panel saved', async () => {
    const issue = createIssue(site, { reporter: CASEY, properties: { [site.manifest.appUuid]: { category: 'phishing', personalData: 'yes' } } }, CASEY);
    const frame = await frameOn(`/servicedesk/customer/portal/1/${issue.key}`, CASEY, 'report-status');
    expect((await bridge(frame, CASEY, 'getContext')).body.result.extension).toMatchObject({
      portal: { id: '1' },
      request: { key: issue.key, typeId: '11', property: { category: 'phishing', personalData: 'yes' } },
    });
  });
});

describe('invoke', () => {
  it('reaches the real resolver with the trusted issue context, whatever the payload claims', async () => {
    const issue = await incident();
    const other = createIssue(site, { summary: 'Other' });
    const frame = await frameOn(`/browse/${issue.key}`, RILEY, 'incident-panel');
    const { body } = await bridge(frame, RILEY, 'invoke', { functionKey: 'incident/get', payload: {} });
    expect(body.result).toMatchObject({ ok: true, data: { issue: { key: issue.key } } });
    const spoof = await bridge(frame, RILEY, 'invoke', {
      functionKey: 'incident/update',
      payload: { expectedRevision: 0, category: 'malware', issueKey: other.key },
    });
    expect(spoof.body.result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('refuses a frame used by someone other than the user it was rendered for', async () => {
    const issue = await incident();
    const frame = await frameOn(`/browse/${issue.key}`, RILEY, 'incident-panel');
    expect((await bridge(frame, ALEX, 'getContext')).status).toBe(403);
    expect((await bridge('no-such-frame', RILEY, 'getContext')).status).toBe(404);
  });

  it('rejects an unknown resolver definition like the real bridge does', async () => {
    const issue = await incident();
    const frame = await frameOn(`/browse/${issue.key}`, RILEY, 'incident-panel');
    expect(await bridge(frame, RILEY, 'invoke', { functionKey: 'nope/none', payload: {} })).toEqual({
      status: 500,
      body: { error: "Resolver has no definition for 'nope/none'." },
    });
  });
});

describe('view.submit', () => {
  it('saves gadget configuration, read back as gadgetConfiguration', async () => {
    const edit = await frameOn('/jira/dashboards/10000?edit=20001', RILEY, 'incident-statistics');
    expect((await bridge(edit, RILEY, 'submit', { projects: ['SEC'], period: '30d' })).body.result).toMatchObject({ value: true });
    const view = await frameOn('/jira/dashboards/10000', RILEY, 'incident-statistics');
    expect((await bridge(view, RILEY, 'getContext')).body.result.extension.gadgetConfiguration).toEqual({ projects: ['SEC'], period: '30d' });
  });

  it('is refused (false) in a view that is not submittable', async () => {
    const issue = await incident();
    const frame = await frameOn(`/browse/${issue.key}`, RILEY, 'incident-panel');
    expect((await bridge(frame, RILEY, 'submit', { a: 1 })).body.result).toEqual({ value: false });
  });

  it('portal: the create panel’s fields land as one issue property keyed by the app id’s UUID', async () => {
    const frame = await frameOn('/servicedesk/customer/portal/1/create', CASEY, 'report-intake');
    await bridge(frame, CASEY, 'submit', {
      fields: [
        { key: 'category', value: 'lost-device' },
        { key: 'personalData', value: 'unsure' },
      ],
      isValid: true,
    });
    const res = await app.request('/servicedesk/customer/portal/1/create', {
      method: 'POST',
      headers: { ...asUser(CASEY), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ summary: 'Left my laptop on the train', frameId: frame }).toString(),
    });
    expect(res.status).toBe(303);
    const key = res.headers.get('location')!.split('/').pop()!;
    const issue = site.issues.find(key)!;
    expect(issue.fields.reporter).toBe(CASEY);
    expect(issue.properties['f1035d8c-eacb-4a8c-9042-841b9e1eb59b']).toEqual({ category: 'lost-device', personalData: 'unsure' });
  });

  it('portal: a request whose questions are unanswered is not created', async () => {
    const frame = await frameOn('/servicedesk/customer/portal/1/create', CASEY, 'report-intake');
    await bridge(frame, CASEY, 'submit', { fields: [{ key: 'category', value: null }], isValid: false });
    const before = site.issues.all().length;
    const res = await app.request('/servicedesk/customer/portal/1/create', {
      method: 'POST',
      headers: { ...asUser(CASEY), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ summary: 'Something', frameId: frame }).toString(),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Please answer the questions in the incident form before sending.');
    expect(site.issues.all().length).toBe(before);
  });
});

describe('fetchProduct (requestJira from Custom UI)', () => {
  it('runs as the current user', async () => {
    const restricted = createIssue(site, { securityLevelId: '10100' });
    const frame = await frameOn('/jira/dashboards/10000', 'acc-oscar-outsider', 'incident-statistics');
    const { body } = await bridge(frame, 'acc-oscar-outsider', 'fetchProduct', {
      restPath: `/rest/api/3/issue/${restricted.key}`,
      fetchRequestInit: { method: 'GET', headers: [] },
    });
    expect(body.result).toMatchObject({ status: 404, isAttachment: false });
  });
});

describe('pages and permissions', () => {
  it('shows app settings to admins only, and hides a restricted issue from the outsider', async () => {
    expect((await app.request('/jira/settings/apps', { headers: asUser(RILEY) })).status).toBe(403);
    expect((await app.request('/jira/settings/apps', { headers: asUser(ALEX) })).status).toBe(200);
    const restricted = createIssue(site, { securityLevelId: '10100' });
    expect((await app.request(`/browse/${restricted.key}`, { headers: asUser('acc-oscar-outsider') })).status).toBe(404);
  });

  it('answers REST calls without valid credentials with 401, as Jira does; basic auth takes email and the local API token', async () => {
    const basic = (user: string, token: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}` });
    expect((await app.request('/rest/api/3/myself')).status).toBe(401);
    expect((await app.request('/rest/api/3/myself', { headers: { cookie: 'sandbox-user=nobody' } })).status).toBe(401);
    expect((await app.request('/rest/api/3/myself', { headers: basic('riley@example.com', 'wrong') })).status).toBe(401);
    const me = await app.request('/rest/api/3/myself', { headers: basic('riley@example.com', LOCAL_API_TOKEN) });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { accountId: string }).accountId).toBe(RILEY);
    expect((await app.request('/rest/api/3/myself', { headers: asUser(ALEX) })).status).toBe(200);
  });
});

describe('issue search, where the gadget links', () => {
  it('answers at /issues/?jql= as Jira Cloud does, as the viewer, a page at a time', async () => {
    for (let n = 0; n < 55; n++) createIssue(site, { summary: `Search page issue ${n}` });
    const first = await (await app.request(`/issues/?jql=${encodeURIComponent('project = SEC ORDER BY created DESC')}`, { headers: asUser(RILEY) })).text();
    expect(first.match(/<tr><td><a href="\/browse\//g)).toHaveLength(50);
    const next = /<a href="(\/issues\/\?[^"]+)">next page<\/a>/.exec(first)![1]!.replace(/&amp;/g, '&');
    const second = await (await app.request(next, { headers: asUser(RILEY) })).text();
    expect(second.match(/<tr><td><a href="\/browse\//g)).toHaveLength(5);
    expect(second).not.toContain('next page');
  });
});

describe("the Control room's platform latency", () => {
  it('is set from the form and delays each invoke and each platform request by at least that much', async () => {
    const issue = await incident();
    const form = new URLSearchParams({ invokeMs: '40', requestMs: '25' });
    const res = await app.request('/sandbox/latency', {
      method: 'POST',
      headers: { ...asUser(ALEX), 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(res.status).toBe(303);
    expect(site.latency).toEqual({ invokeMs: 40, requestMs: 25 });
    // incident/get: the invoke, then the Jira requests and the storage batch (at once), then nothing for an empty timeline.
    const started = performance.now();
    const { invocation } = await invokePanel(site, issue, 'incident/get', {});
    expect(invocation.requests.length).toBe(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(40 + 25 - 2);
    site.latency.invokeMs = 0;
    site.latency.requestMs = 0;
  });
});
