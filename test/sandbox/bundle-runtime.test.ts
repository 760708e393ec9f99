/**
 * The local site runs the app as Forge runs a deployed one: the bundle @forge/bundler made, each
 * invocation in a function process with an emptied environment, the trusted context, and the
 * function's deadline enforced by stopping the process.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Site } from '../../sandbox/site';
import { BundleExecutor, FunctionTimedOut } from '../../sandbox/runtime/bundle-executor';
import type { Invocation } from '../../sandbox/runtime/invocation';
import { createIssue, panelContext, RILEY } from '../support/test-site';

describe('function processes (BundleExecutor)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  const bundle = join(dir, 'index.cjs');
  writeFileSync(
    bundle,
    `module.exports = {
      env: async () => ({ keys: Object.keys(process.env), pid: process.pid, tz: Intl.DateTimeFormat().resolvedOptions().timeZone }),
      never: () => new Promise(() => {}),
      fails: async () => { throw new TypeError('bad input'); },
      echo: async (a, b) => ({ a, b, when: new Date(0) }),
      now: async () => ({ now: Date.now(), date: new Date().getTime() }),
    };`,
  );
  let executor: BundleExecutor;
  beforeAll(() => {
    executor = new BundleExecutor(bundle);
  });
  afterAll(() => executor.dispose());
  const invocation = (): Invocation => ({ functionKey: 'resolver', moduleKey: 'incident-panel', accountId: RILEY, requests: [] });

  it('starts each function process with an emptied environment, not in the test process', async () => {
    const seen = (await executor.call(invocation(), 'env', [], 5_000)) as { keys: string[]; pid: number; tz: string };
    expect(seen.keys).toEqual([]);
    expect(seen.pid).not.toBe(process.pid);
    expect(seen.tz).toBe('UTC');
  });

  it("runs on the site's clock, which tests and demos move forward", async () => {
    const site = Date.now() + 73 * 3_600_000;
    const clocked = new BundleExecutor(bundle, () => site);
    try {
      const seen = (await clocked.call(invocation(), 'now', [], 5_000)) as { now: number; date: number };
      expect(Math.abs(seen.now - site)).toBeLessThan(2_000);
      expect(Math.abs(seen.date - site)).toBeLessThan(2_000);
    } finally {
      clocked.dispose();
    }
  });

  it('returns results after a JSON round trip and errors as errors', async () => {
    expect(await executor.call(invocation(), 'echo', [{ x: 1 }, undefined], 5_000)).toEqual({ a: { x: 1 }, b: null, when: '1970-01-01T00:00:00.000Z' });
    await expect(executor.call(invocation(), 'fails', [], 5_000)).rejects.toThrow('TypeError: bad input');
  });

  it('stops a function at its deadline, and the next invocation gets a fresh process', async () => {
    const before = ((await executor.call(invocation(), 'env', [], 5_000)) as { pid: number }).pid;
    const started = Date.now();
    await expect(executor.call(invocation(), 'never', [], 300)).rejects.toBeInstanceOf(FunctionTimedOut);
    expect(Date.now() - started).toBeLessThan(3_000);
    const after = ((await executor.call(invocation(), 'env', [], 5_000)) as { pid: number }).pid;
    // The warm process ran the stopped function and was killed with it: the next one is new.
    expect(after).not.toBe(before);
  });
});

describe("a site with runtime 'bundle'", () => {
  let site: Site;
  beforeAll(() => {
    site = new Site({ stateFile: null, incidents: 0, reset: true, runtime: 'bundle' });
  }, 240_000);
  afterAll(async () => {
    await site.close();
  });

  it('answers the panel from the deployed bundle, its platform requests going through the site', async () => {
    const issue = createIssue(site, { summary: 'Phishing mail to finance' });
    const { result, invocation } = await site.functions.invokeResolver({
      functionKey: 'resolver',
      moduleKey: 'incident-panel',
      resolverKey: 'incident/get',
      payload: {},
      accountId: RILEY,
      context: panelContext(issue),
    });
    expect(result).toMatchObject({ ok: true, data: { canEdit: true, incident: { exercise: false } } });
    expect(invocation.requests.length).toBeGreaterThan(0);
    expect(site.spec.refused).toEqual([]);
  });
});
