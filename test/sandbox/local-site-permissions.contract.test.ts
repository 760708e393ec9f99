/**
 * Contract: the local site follows Jira's and Forge's documented rules where issue 29 found it open.
 * - A gadget's configuration is saved only by the dashboard's editors ("Set dashboard item property":
 *   "The user must have edit permission of the dashboard"; sandbox/state/dashboards.ts).
 * - User search needs Browse users and groups (USER_PICKER): without it, empty results; the group
 *   picker needs Browse projects, and without USER_PICKER finds only an exact group name; nobody
 *   logged in gets 401 (the Jira REST v3 pages for user/search and groups/picker).
 * - Function processes run a bounded number at once, the rest wait (sandbox/runtime/bundle-executor.ts).
 * - A deeply nested invoke payload is refused as invalid (400) before the app runs, never a 500;
 *   one the site passes reaches the resolver, which answers VALIDATION_FAILED.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_INVOKE_PAYLOAD_DEPTH } from '../../sandbox/runtime/app-functions';
import { BundleExecutor, MAX_CONCURRENT_INVOCATIONS } from '../../sandbox/runtime/bundle-executor';
import type { Invocation } from '../../sandbox/runtime/invocation';
import { createShellApp } from '../../sandbox/shell/shell-server';
import type { Site } from '../../sandbox/site';
import { ANONYMOUS_ACCOUNT_ID } from '../../sandbox/state/user-kinds';
import { ALEX, CASEY, createIssue, createTestSite, invokePanel, json, MORGAN, OSCAR, RILEY } from '../support/test-site';

const KIM = 'acc-kim-employee';
let site: Site;
let shell: ReturnType<typeof createShellApp>;
beforeEach(() => {
  site = createTestSite();
  shell = createShellApp(site);
});
afterEach(async () => {
  await site.close();
});

const cookie = (who: string) => ({ cookie: `sandbox-user=${who}` });
const get = (path: string, who: string) => shell.app.request(path, { headers: cookie(who) });
/** The id of the statistics gadget's frame on a dashboard page. */
async function frameOn(path: string, who: string): Promise<string> {
  const page = await (await get(path, who)).text();
  const id = /data-frame-id="([^"]+)" data-module="incident-statistics"/.exec(page)?.[1];
  if (!id) throw new Error(`no gadget frame on ${path}`);
  return id;
}
const bridge = async (frameId: string, who: string, method: string, payload: unknown) => {
  const res = await shell.app.request(`/__bridge/${frameId}`, {
    method: 'POST',
    headers: { ...cookie(who), 'content-type': 'application/json' },
    body: JSON.stringify({ method, payload }),
  });
  return { status: res.status, body: (await res.json()) as { result?: unknown; error?: string } };
};

describe("a shared dashboard's gadget configuration", () => {
  it("saves only for the dashboard's owner and editors; others see the gadget without its edit view", async () => {
    for (const editor of [MORGAN, RILEY, ALEX]) {
      const frame = await frameOn('/jira/dashboards/10000?edit=20001', editor);
      expect((await bridge(frame, editor, 'submit', { projects: ['SEC'], period: '30d' })).body.result).toMatchObject({ value: true });
    }
    for (const other of [OSCAR, KIM]) {
      const page = await (await get('/jira/dashboards/10000?edit=20001', other)).text();
      expect(page).toContain('Only the dashboard');
      expect(page).not.toContain('>Edit gadget<');
      const frame = await frameOn('/jira/dashboards/10000?edit=20001', other);
      expect((await bridge(frame, other, 'submit', { projects: ['OPS'], period: '7d' })).body.result).toEqual({ value: false });
    }
    expect(site.state.gadgetConfigs['20001']).toEqual({ projects: ['SEC'], period: '30d' });
  });
});

describe('user search and the group picker', () => {
  const users = async (who: string) => get('/rest/api/3/user/search?query=r', who);
  const groups = async (who: string, query: string) => get(`/rest/api/3/groups/picker?query=${query}`, who);

  it('user search: people with Browse users and groups find people; a portal customer finds nobody; nobody logged in gets 401', async () => {
    expect((await json<unknown[]>(await users(RILEY))).length).toBeGreaterThan(0);
    expect((await json<unknown[]>(await users(KIM))).length).toBeGreaterThan(0);
    const customer = await users(CASEY);
    expect(customer.status).toBe(200);
    expect(await json(customer)).toEqual([]);
    expect((await users(ANONYMOUS_ACCOUNT_ID)).status).toBe(401);
  });

  it('group picker: a portal customer finds no group, not even by its exact name; an agent finds groups by part of the name', async () => {
    expect((await json<{ groups: unknown[] }>(await groups(RILEY, 'incident'))).groups).toHaveLength(2);
    expect((await json<{ groups: unknown[]; total: number }>(await groups(CASEY, 'incident'))).groups).toEqual([]);
    expect((await json<{ groups: unknown[] }>(await groups(CASEY, 'incident-managers'))).groups).toEqual([]);
    expect((await groups(ANONYMOUS_ACCOUNT_ID, 'incident')).status).toBe(401);
  });
});

describe('invoke payloads', () => {
  const nested = (depth: number) => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };

  it('a payload nested 20,000 deep is refused before the app runs: 400 at the bridge, never a 500', async () => {
    const deep = nested(20_000);
    const issue = createIssue(site);
    await expect(invokePanel(site, issue, 'timeline/add', { kind: 'note', text: 'x', extra: deep })).rejects.toMatchObject({
      name: 'InvokePayloadTooDeep',
      status: 400,
    });
    // Written out by hand: JSON.stringify itself overflows the stack at this depth, as the site's size check did.
    const body = `{"method":"invoke","payload":{"functionKey":"stats/get","payload":{"extra":${'{"a":'.repeat(20_000)}"leaf"${'}'.repeat(20_000)}}}}`;
    const frame = await frameOn('/jira/dashboards/10000', RILEY);
    const res = await shell.app.request(`/__bridge/${frame}`, { method: 'POST', headers: { ...cookie(RILEY), 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain('nests more than');
  });

  it(`a payload within the site's ${MAX_INVOKE_PAYLOAD_DEPTH} levels reaches the resolver, which refuses it as VALIDATION_FAILED`, async () => {
    const frame = await frameOn('/jira/dashboards/10000', RILEY);
    const answer = await bridge(frame, RILEY, 'invoke', { functionKey: 'stats/get', payload: { extra: nested(MAX_INVOKE_PAYLOAD_DEPTH - 2) } });
    expect(answer.status).toBe(200);
    expect(answer.body.result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('function processes at once', () => {
  it(`run at most ${MAX_CONCURRENT_INVOCATIONS} invocations at once; the others wait and all finish`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-cap-'));
    const bundle = join(dir, 'index.cjs');
    writeFileSync(
      bundle,
      `module.exports = { slow: async () => { const start = Date.now(); await new Promise((r) => setTimeout(r, 400)); return { start, end: Date.now() }; } };`,
    );
    const executor = new BundleExecutor(bundle);
    try {
      const invocation = (): Invocation => ({ functionKey: 'resolver', moduleKey: 'incident-panel', accountId: RILEY, accountType: 'licensed', requests: [] });
      const spans = (await Promise.all(Array.from({ length: MAX_CONCURRENT_INVOCATIONS * 2 }, () => executor.call(invocation(), 'slow', [], 20_000)))) as {
        start: number;
        end: number;
      }[];
      expect(spans).toHaveLength(MAX_CONCURRENT_INVOCATIONS * 2);
      const overlapAt = (t: number) => spans.filter((s) => s.start <= t && t < s.end).length;
      expect(Math.max(...spans.map((s) => overlapAt(s.start)))).toBeLessThanOrEqual(MAX_CONCURRENT_INVOCATIONS);
    } finally {
      executor.dispose();
    }
  }, 60_000);
});
