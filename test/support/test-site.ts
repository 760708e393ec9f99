/**
 * A fresh in-process local Jira site for one test file, with helpers to call the app the way Forge
 * does. The real @forge/* packages run against it through the runtime hooks; nothing is mocked.
 */
import { Site } from '../../sandbox/site';
import { DEFAULT_CONFIG } from '../../static/gadget/src/gadget-config';
import type { StoredIssue } from '../../sandbox/state/site-state';

export const RILEY = 'acc-riley-responder';
export const SAM = 'acc-sam-responder';
export const MORGAN = 'acc-morgan-manager';
export const ALEX = 'acc-alex-admin';
export const OSCAR = 'acc-oscar-outsider';
export const CASEY = 'acc-casey-customer';

/**
 * A site with the app set up (its settings saved once, as an admin would); `freshInstall`: as just
 * installed. Only the incident projects unless `busy` (the other teams and their year of work, as
 * `npm start` has them): the tests that prove the app leaves a busy site alone ask for it.
 */
export function createTestSite(incidents = 0, options: { freshInstall?: boolean; busy?: boolean } = {}): Site {
  return new Site({ stateFile: null, incidents, reset: true, busy: false, ...options });
}

/** A fresh in-process site for every test of the file; the returned function reads the current one. */
export function sitePerTest(): () => Site {
  let site: Site;
  beforeEach(() => {
    site = createTestSite();
  });
  afterEach(async () => {
    await site.close();
  });
  return () => site;
}

export function createIssue(site: Site, overrides: Partial<Parameters<Site['issues']['create']>[0]> = {}, actor = RILEY): StoredIssue {
  return site.issues.create({ projectId: '10000', summary: 'VPN drops every few minutes', reporter: actor, ...overrides }, actor, false, { silent: true });
}

export function panelContext(issue: StoredIssue) {
  return {
    cloudId: 'local-cloud-0001',
    siteUrl: 'http://localhost',
    extension: {
      type: 'jira:issuePanel',
      issue: { id: issue.id, key: issue.key, type: 'Incident', typeId: '10003' },
      project: { id: issue.projectId, key: issue.key.split('-')[0], type: 'service_desk' },
    },
  };
}

/** Calls one resolver definition through the app's exported `resolver` handler, as the panel would. */
export async function invokePanel(site: Site, issue: StoredIssue, resolverKey: string, payload: unknown, accountId: string | null = RILEY) {
  return site.functions.invokeResolver({ functionKey: 'resolver', moduleKey: 'incident-panel', resolverKey, payload, accountId, context: panelContext(issue) });
}

/** The statistics gadget's query as a new gadget sends it (its default configuration), for SEC only. */
export const GADGET_QUERY = { ...DEFAULT_CONFIG, projects: ['SEC'] };

/** The context Jira builds for the statistics gadget, with the configuration its owner saved. */
export const gadgetContext = (gadgetConfiguration: unknown = GADGET_QUERY) => ({
  cloudId: 'local-cloud-0001',
  extension: { type: 'jira:dashboardGadget', gadget: { id: '20001' }, gadgetConfiguration },
});

/**
 * Calls a statistics gadget resolver through the app's `resolver` handler, as the dashboard gadget
 * would: the query is the gadget's saved configuration (in the context), the payload is empty.
 */
export async function invokeGadget(
  site: Site,
  resolverKey: string,
  savedConfig: unknown = GADGET_QUERY,
  accountId: string | null = RILEY,
  payload: unknown = {},
) {
  return site.functions.invokeResolver({
    functionKey: 'resolver',
    moduleKey: 'incident-statistics',
    resolverKey,
    payload,
    accountId,
    context: gadgetContext(savedConfig),
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json<T = any>(res: Response): Promise<T> {
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };

/**
 * `call` returns a panel resolver's envelope; `ok` its data, failing the test with the error when
 * there is none. `site` is read at each call, so a suite may create a new site per test.
 */
export function panelCalls(site: () => Site, defaultActor = RILEY) {
  const call = async <T>(issue: StoredIssue, key: string, payload: unknown, actor = defaultActor) =>
    (await invokePanel(site(), issue, key, payload, actor)).result as ResolverResult<T>;
  const ok = async <T>(issue: StoredIssue, key: string, payload: unknown, actor = defaultActor): Promise<T> => {
    const result = await call<T>(issue, key, payload, actor);
    if (!result.ok) throw new Error(`${key}: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.data;
  };
  return { call, ok };
}
