/**
 * Every settings resolver, called as a responder and as an outsider, is refused with a typed
 * error and changes nothing; as a Jira administrator it succeeds; a group named in the settings
 * lets its members in. Calls from any other module are refused whoever makes them.
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { ALEX, CASEY, createTestSite, MORGAN, OSCAR, RILEY } from '../support/test-site';
import { invokeSettings } from './settings-support';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const changed = () => {
  const c = defaultAppConfig();
  c.costs.hourlyRate = 120;
  return c;
};
const exportFile = () => JSON.stringify({ format: 'incident-response-settings', version: 0, exportedAt: '2026-11-22T00:00:00.000Z', settings: changed() });

/** [resolver key, payload, project settings page?] */
const CALLS: [string, () => unknown, boolean][] = [
  ['settings/get', () => ({}), false],
  ['settings/save', () => ({ config: changed(), baseVersion: 0 }), false],
  ['settings/history', () => ({ before: 10 }), false],
  ['settings/revert', () => ({ version: 0, baseVersion: 0 }), false],
  ['settings/export', () => ({}), false],
  ['settings/import', () => ({ json: exportFile(), baseVersion: 0, dryRun: false }), false],
  ['project-settings/get', () => ({}), true],
  ['project-settings/save', () => ({ override: { calendarId: '24x7', escalation: null, contacts: [] }, baseVersion: 0 }), true],
];

describe.each(CALLS)('%s', (key, payload, onProjectPage) => {
  const call = (who: string) => invokeSettings(site, key, payload(), who, onProjectPage ? 'SEC' : undefined);

  it.each([
    ['a responder', RILEY],
    ['an outsider', OSCAR],
    ['a manager', MORGAN],
  ])('refuses %s and stores nothing', async (_who, accountId) => {
    const res = await call(accountId);
    expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Only Jira administrators can see or change the incident-response settings.' } });
    // The site's settings as the admin saved them at setup (the defaults), untouched.
    expect(await kvs.get('config:app')).toEqual(defaultAppConfig());
    expect(await kvs.get('config:head')).toBeUndefined();
  });

  it('never runs for a portal customer (the settings pages do not allow unlicensed access)', async () => {
    await expect(call(CASEY)).rejects.toThrow('does not allow unlicensed access for customers');
    // The site's settings as the admin saved them at setup (the defaults), untouched.
    expect(await kvs.get('config:app')).toEqual(defaultAppConfig());
  });

  it('serves a Jira administrator', async () => {
    const res = await call(ALEX);
    expect(res.ok).toBe(true);
  });

  it('serves a member of a group the settings name', async () => {
    const withGroup = defaultAppConfig();
    withGroup.access.adminGroups = ['incident-managers'];
    expect((await invokeSettings(site, 'settings/save', { config: withGroup, baseVersion: 0 }, ALEX)).ok).toBe(true);
    const p = payload() as { baseVersion?: number; config?: { access: { adminGroups: string[] } } };
    if (p.baseVersion !== undefined) p.baseVersion = 1;
    if (p.config) p.config.access.adminGroups = ['incident-managers'];
    const res = await invokeSettings(site, key, p, MORGAN, onProjectPage ? 'SEC' : undefined);
    expect(res.ok).toBe(true);
    // Riley is in another group: still refused.
    expect(await invokeSettings(site, key, p, RILEY, onProjectPage ? 'SEC' : undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses an admin calling from another module', async () => {
    const { result } = await site.functions.invokeResolver({
      functionKey: 'resolver',
      moduleKey: 'incident-panel',
      resolverKey: key,
      payload: payload(),
      accountId: ALEX,
      context: { extension: { type: 'jira:issuePanel', project: { key: 'SEC' } } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

it('tells the refused which group would let them in', async () => {
  const withGroup = defaultAppConfig();
  withGroup.access.adminGroups = ['incident-managers'];
  await invokeSettings(site, 'settings/save', { config: withGroup, baseVersion: 0 }, ALEX);
  expect(await invokeSettings(site, 'settings/get', {}, RILEY)).toEqual({
    ok: false,
    error: { code: 'FORBIDDEN', message: 'Only Jira administrators or members of "incident-managers" can see or change the incident-response settings.' },
  });
});

it("takes the project from Jira's context, never from the payload", async () => {
  const res = await invokeSettings(
    site,
    'project-settings/save',
    { override: { calendarId: '24x7', escalation: null, contacts: [] }, baseVersion: 0, projectKey: 'OPS' },
    ALEX,
    'SEC',
  );
  expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  const saved = await invokeSettings(
    site,
    'project-settings/save',
    { override: { calendarId: '24x7', escalation: null, contacts: [] }, baseVersion: 0 },
    ALEX,
    'SEC',
  );
  expect(saved).toMatchObject({ ok: true, data: { projectKey: 'SEC', version: 1, override: { calendarId: '24x7' } } });
  expect(Object.keys(((await kvs.get('config:app')) as { projects: object }).projects)).toEqual(['SEC']);
});
