/**
 * Contract: the user kinds Atlassian documents for Jira Service Management (an agent, an employee
 * with a Jira licence but no JSM agent licence, a portal-only customer, someone not logged in), each
 * in the portal's pages, the REST API and the bridge, as the local site emulates them
 * (sandbox/state/user-kinds.ts, https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/).
 */
import { createShellApp } from '../../sandbox/shell/shell-server';
import type { Site } from '../../sandbox/site';
import { setAnonymousRequests } from '../../sandbox/state/portal-access';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { ANONYMOUS_ACCOUNT_ID } from '../../sandbox/state/user-kinds';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { CASEY, createTestSite, RILEY } from '../support/test-site';

const KIM = 'acc-kim-employee';
const KINDS = { agent: RILEY, employee: KIM, customer: CASEY, anonymous: ANONYMOUS_ACCOUNT_ID } as const;
type Kind = keyof typeof KINDS;
/** The kinds who are people with an account (anyone but the anonymous visitor). */
type Person = Exclude<Kind, 'anonymous'>;

let site: Site;
let shell: ReturnType<typeof createShellApp>;
/** One request each person reported on the security portal, and an incident restricted to responders. */
let own: Record<Person, StoredIssue>;
let restricted: StoredIssue;
beforeEach(async () => {
  site = createTestSite();
  shell = createShellApp(site);
  const report = { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'no' } };
  const file = (reporter: string) =>
    site.issues.create({ projectId: '10000', requestTypeId: '11', summary: `Odd email to ${reporter}`, reporter, properties: report }, reporter, false);
  own = { agent: file(RILEY), employee: file(KIM), customer: file(CASEY) };
  restricted = site.issues.create({ projectId: '10000', summary: 'Restricted', reporter: RILEY, securityLevelId: '10100' }, RILEY, false);
  await site.events.drain();
});
afterEach(async () => {
  await site.close();
});

const cookie = (who: string) => ({ cookie: `sandbox-user=${who}` });
async function get(path: string, who: string) {
  const res = await shell.app.request(path, { headers: cookie(who) });
  return { status: res.status, text: await res.text() };
}
const frameOf = (html: string, moduleKey: string) => new RegExp(`data-frame-id="([^"]+)" data-module="${moduleKey}"`).exec(html)?.[1] ?? null;
async function bridge(frameId: string, who: string, method: string, payload?: unknown) {
  const res = await shell.app.request(`/__bridge/${frameId}`, {
    method: 'POST',
    headers: { ...cookie(who), 'content-type': 'application/json' },
    body: JSON.stringify({ method, payload }),
  });
  return { status: res.status, body: (await res.json()) as { result?: any; error?: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
/** A frame of a module for a user, as if a page had rendered it for them (to prove the platform's own refusal). */
function forcedFrame(moduleKey: string, who: string, extension: Record<string, unknown>): string {
  const module = site.manifest.modules.find((m) => m.key === moduleKey)!;
  return shell.shell.frames.register(module, module.resource, who, 'light', { extension }).id;
}
/** One row per kind, one after another (a row may read the invocation it made). */
async function matrix(row: (kind: Kind, who: string) => Promise<unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [kind, who] of Object.entries(KINDS)) out[kind] = await row(kind as Kind, who);
  return out;
}

describe('pages', () => {
  it('the create form carries the report panel for everyone logged in; someone not logged in only where the portal allows anonymous requests', async () => {
    const panel = async (_: Kind, who: string) => frameOf((await get('/servicedesk/customer/portal/1/create', who)).text, 'report-intake') !== null;
    expect(await matrix(panel)).toEqual({ agent: true, employee: true, customer: true, anonymous: false });
    expect((await get('/servicedesk/customer/portal/1/create', ANONYMOUS_ACCOUNT_ID)).text).toContain('Log in to see this portal.');
    setAnonymousRequests(site.state, '1', true);
    expect(await matrix(panel)).toEqual({ agent: true, employee: true, customer: true, anonymous: true });
    // The setting is the portal's: the IT help desk still asks them to log in.
    expect(frameOf((await get('/servicedesk/customer/portal/2/create?type=12', ANONYMOUS_ACCOUNT_ID)).text, 'report-intake')).toBeNull();
  });

  it('the request page shows the status panel to its reporter of every kind; nobody anonymous gets a request page', async () => {
    setAnonymousRequests(site.state, '1', true);
    const page = async (kind: Kind, who: string) => {
      const r = await get(`/servicedesk/customer/portal/1/${own[kind === 'anonymous' ? 'customer' : kind].key}`, who);
      return [r.status, frameOf(r.text, 'report-status') !== null];
    };
    expect(await matrix(page)).toEqual({ agent: [200, true], employee: [200, true], customer: [200, true], anonymous: [401, false] });
    // Another's request: the employee and the customer learn nothing of it.
    expect((await get(`/servicedesk/customer/portal/1/${own.agent.key}`, KIM)).status).toBe(404);
    expect((await get(`/servicedesk/customer/portal/1/${own.agent.key}`, CASEY)).status).toBe(404);
  });

  it("the control room turns a portal's anonymous requests on and off (off on a new site)", async () => {
    const apply = (form: Record<string, string>) =>
      shell.app.request('/sandbox/portal-access', { method: 'POST', headers: cookie(RILEY), body: new URLSearchParams(form) });
    expect(site.state.anonymousRequestPortals ?? []).toEqual([]);
    expect((await apply({ 'anonymous-1': 'on' })).status).toBe(303);
    expect(site.state.anonymousRequestPortals).toEqual(['1']);
    await apply({});
    expect(site.state.anonymousRequestPortals).toEqual([]);
  });

  it("Jira's own pages are for people logged in", async () => {
    expect((await get(`/browse/${own.agent.key}`, ANONYMOUS_ACCOUNT_ID)).status).toBe(401);
    expect((await get('/issues', ANONYMOUS_ACCOUNT_ID)).status).toBe(401);
    expect((await get(`/browse/${own.agent.key}`, KIM)).status).not.toBe(401);
  });
});

describe('REST', () => {
  const rest = (path: string) => async (_: Kind, who: string) => (await shell.app.request(path, { headers: cookie(who) })).status;

  it('each kind reads their own request, only an agent the incident restricted to responders, nobody anonymous anything', async () => {
    const ownRequest = async (kind: Kind, who: string) =>
      rest(`/rest/api/3/issue/${own[kind === 'anonymous' ? 'customer' : kind].key}?fields=summary`)(kind, who);
    expect(await matrix(ownRequest)).toEqual({ agent: 200, employee: 200, customer: 200, anonymous: 401 });
    expect(await matrix(rest(`/rest/api/3/issue/${restricted.key}?fields=summary`))).toEqual({ agent: 200, employee: 404, customer: 404, anonymous: 401 });
    expect(await matrix(rest('/rest/api/3/myself'))).toEqual({ agent: 200, employee: 200, customer: 200, anonymous: 401 });
    expect(await matrix(rest('/rest/servicedeskapi/servicedesk'))).toEqual({ agent: 200, employee: 200, customer: 200, anonymous: 401 });
  });

  it('the app acts as the user (asUser) for agents and customers only; for the employee it acts as itself', async () => {
    const requests: string[] = [];
    site.onAppJiraRequest((r) => requests.push(`${r.method} ${r.path}`));
    const statusAs = async (kind: Person) => {
      const page = await get(`/servicedesk/customer/portal/1/${own[kind].key}`, KINDS[kind]);
      const { body } = await bridge(frameOf(page.text, 'report-status')!, KINDS[kind], 'invoke', { functionKey: 'report/status', payload: {} });
      return [body.result?.ok, body.result?.data?.key === own[kind].key, site.functions.invocations.at(-1)!.accountType];
    };
    expect(await statusAs('agent')).toEqual([true, true, 'licensed']);
    expect(await statusAs('customer')).toEqual([true, true, 'customer']);
    expect(await statusAs('employee')).toEqual([true, true, 'unlicensed']);
    expect(requests.filter((r) => r.startsWith(`GET /rest/api/3/issue/${own.employee.key}`))).toHaveLength(1);
    // requestJira from the frame runs as the user: the employee has none to run as.
    const frame = (who: string, key: string) => forcedFrame('report-status', who, { type: 'jiraServiceManagement:portalRequestDetail', request: { key } });
    const fetchAs = async (who: string, key: string) =>
      (await bridge(frame(who, key), who, 'fetchProduct', { restPath: `/rest/api/3/issue/${key}?fields=summary`, fetchRequestInit: {} })).body.result.status;
    expect([await fetchAs(CASEY, own.customer.key), await fetchAs(KIM, own.employee.key)]).toEqual([200, 401]);
  });
});

describe('bridge', () => {
  it("getContext names the user (anonymous: 'unidentified') and carries no accountType; the resolver's context does", async () => {
    setAnonymousRequests(site.state, '1', true);
    const contextOf = async (_: Kind, who: string) => {
      const frame = frameOf((await get('/servicedesk/customer/portal/1/create', who)).text, 'report-intake')!;
      const { body } = await bridge(frame, who, 'getContext');
      await bridge(frame, who, 'invoke', { functionKey: 'intake/options', payload: {} });
      return [body.result.accountId, 'accountType' in body.result, site.functions.invocations.at(-1)!.accountType];
    };
    expect(await matrix(contextOf)).toEqual({
      agent: [RILEY, false, 'licensed'],
      employee: [KIM, false, 'unlicensed'],
      customer: [CASEY, false, 'customer'],
      anonymous: [ANONYMOUS_ACCOUNT_ID, false, 'anonymous'],
    });
  });

  it('the report form answers everyone; a module a kind may not use cannot be invoked, whatever frame asks', async () => {
    const invoke = async (moduleKey: string, who: string, resolverKey: string, extension: Record<string, unknown>) => {
      const { status, body } = await bridge(forcedFrame(moduleKey, who, extension), who, 'invoke', { functionKey: resolverKey, payload: {} });
      return status === 200 ? (body.result.ok ? 'ok' : body.result.error.code) : status;
    };
    const intake = { type: 'jiraServiceManagement:portalRequestCreatePropertyPanel', portal: { id: '1' }, request: { typeId: '11' } };
    expect(await matrix((_, who) => invoke('report-intake', who, 'intake/options', intake))).toEqual({
      agent: 'ok',
      employee: 'ok',
      customer: 'ok',
      anonymous: 'ok',
    });
    const detail = (key: string) => ({ type: 'jiraServiceManagement:portalRequestDetail', portal: { id: '1' }, request: { key } });
    expect(await matrix((kind, who) => invoke('report-status', who, 'report/status', detail(own[kind === 'anonymous' ? 'customer' : kind].key)))).toEqual({
      agent: 'ok',
      employee: 'ok',
      customer: 'ok',
      anonymous: 403,
    });
    // The app's own check: the employee's request page only, read as the app.
    expect(await invoke('report-status', KIM, 'report/status', detail(own.customer.key))).toBe('NOT_FOUND');
    expect(await invoke('report-status', KIM, 'report/status', detail(restricted.key))).toBe('NOT_FOUND');
    // The issue panel is a Jira module: the employee holds a Jira licence (the app then checks Jira's permissions); others are refused.
    const panel = { type: 'jira:issuePanel', issue: { id: restricted.id, key: restricted.key }, project: { id: '10000', key: 'SEC' } };
    expect(await matrix((_, who) => invoke('incident-panel', who, 'incident/get', panel))).toEqual({
      agent: 'ok',
      employee: 'NOT_FOUND',
      customer: 403,
      anonymous: 403,
    });
  });
});
