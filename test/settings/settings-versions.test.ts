/**
 * Versions, revert, export and import: a round trip through a file is lossless; a malformed
 * import changes nothing; two admins saving from one version cannot both win.
 */
import { kvs } from '@forge/kvs';
import fc from 'fast-check';
import type { Site } from '../../sandbox/site';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { ALEX, createTestSite } from '../support/test-site';
import { invokeSettings } from './settings-support';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const current = async () => {
  const res = await invokeSettings(site, 'settings/get', {}, ALEX);
  if (!res.ok) throw new Error(res.error.message);
  return res.data as { version: number; config: ReturnType<typeof defaultAppConfig> };
};
const exported = async () => {
  const res = await invokeSettings(site, 'settings/export', {}, ALEX);
  if (!res.ok) throw new Error(res.error.message);
  return res.data as { fileName: string; json: string };
};

const text = fc.string({ maxLength: 60 });
const changesArb = fc.record({
  hourlyRate: fc.integer({ min: 0, max: 100_000 }),
  currency: fc.constantFrom('EUR', 'USD', 'GBP', 'CHF'),
  reviewEveryMonths: fc.integer({ min: 6, max: 12 }),
  acknowledge: fc.integer({ min: 1, max: 10_000 }),
  channel: text,
  contact: fc.record({
    name: fc.string({ minLength: 1, maxLength: 40 }),
    channel: text,
    emergency: text,
    lawEnforcement: fc.boolean(),
    tellWithinMinutes: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
  }),
  groups: fc.array(
    fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim() !== ''),
    { maxLength: 3 },
  ),
});

describe('export and import', () => {
  it('round-trips any valid settings through a file without losing anything', async () => {
    await fc.assert(
      fc.asyncProperty(changesArb, async (c) => {
        const base = await current();
        const config = defaultAppConfig();
        Object.assign(config.costs, { hourlyRate: c.hourlyRate, currency: c.currency });
        config.taxonomy.reviewEveryMonths = c.reviewEveryMonths;
        config.sla.policies.Critical!.targetMinutes.acknowledge = c.acknowledge;
        config.program.channel = c.channel;
        config.access.adminGroups = c.groups;
        config.response.contacts = [{ id: 'c1', role: 'Legal', categories: ['data-exposure'], levels: ['Critical'], ...c.contact }];
        const saved = await invokeSettings(site, 'settings/save', { config, baseVersion: base.version }, ALEX);
        expect(saved.ok).toBe(true);
        const file = await exported();
        // Back to the defaults, then the file brings everything back.
        const after = await current();
        expect((await invokeSettings(site, 'settings/revert', { version: 0, baseVersion: after.version }, ALEX)).ok).toBe(true);
        const reverted = await current();
        const dry = await invokeSettings(site, 'settings/import', { json: file.json, baseVersion: reverted.version, dryRun: true }, ALEX);
        expect(dry.ok).toBe(true);
        expect((await current()).version).toBe(reverted.version);
        const applied = await invokeSettings(site, 'settings/import', { json: file.json, baseVersion: reverted.version, dryRun: false }, ALEX);
        expect(applied.ok && applied.data.total).toBe(dry.ok && dry.data.total);
        expect((await current()).config).toEqual(JSON.parse(file.json).settings);
        expect((await current()).config).toEqual(config);
        // Exporting again gives the same settings: nothing to import.
        const again = await invokeSettings(
          site,
          'settings/import',
          { json: (await exported()).json, baseVersion: (await current()).version, dryRun: true },
          ALEX,
        );
        expect(again.ok && again.data.total).toBe(0);
      }),
      { numRuns: 15 },
    );
  });

  it.each([
    ['text that is not JSON', '{"format": "incident-response-settings", "settings": {', /^The file is not valid JSON/],
    ['JSON that is not an export', JSON.stringify({ hello: 'world' }), /^This is not an incident-response settings export/],
    [
      'an export whose settings are invalid',
      JSON.stringify({ format: 'incident-response-settings', settings: { ...defaultAppConfig(), costs: { hourlyRate: -5, currency: 'EUR' } } }),
      /^The settings have 1 problem; nothing was saved/,
    ],
    [
      'an export of something else entirely',
      JSON.stringify({ format: 'incident-response-settings', settings: [1, 2, 3] }),
      /^The settings have \d+ problems?; nothing was saved/,
    ],
  ])('refuses %s and changes nothing', async (_name, json, message) => {
    const before = await kvs.get('config:app');
    for (const dryRun of [true, false]) {
      const res = await invokeSettings(site, 'settings/import', { json, baseVersion: 0, dryRun }, ALEX);
      expect(res.ok === false && res.error.code).toBe('VALIDATION_FAILED');
      expect(res.ok === false && res.error.message).toMatch(message);
    }
    expect(await kvs.get('config:app')).toEqual(before);
    expect((await current()).version).toBe(0);
  });

  it('names the file after the version and the day', async () => {
    expect((await exported()).fileName).toMatch(/^incident-settings-v0-\d{4}-\d{2}-\d{2}\.json$/);
  });
});

describe('versions', () => {
  it('lets one of two saves from the same version win and tells the other to reload', async () => {
    const a = defaultAppConfig();
    a.costs.hourlyRate = 90;
    const b = defaultAppConfig();
    b.costs.hourlyRate = 110;
    const results = await Promise.all([
      invokeSettings(site, 'settings/save', { config: a, baseVersion: 0 }, ALEX),
      invokeSettings(site, 'settings/save', { config: b, baseVersion: 0 }, ALEX),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/Reload/) } });
    expect((await current()).version).toBe(1);
  });

  it('restores an earlier version as a new version, keeping the history', async () => {
    const one = defaultAppConfig();
    one.costs.hourlyRate = 90;
    await invokeSettings(site, 'settings/save', { config: one, baseVersion: 0 }, ALEX);
    const two = structuredClone(one);
    two.sla.policies.Critical!.targetMinutes.acknowledge = 15;
    await invokeSettings(site, 'settings/save', { config: two, baseVersion: 1 }, ALEX);
    const back = await invokeSettings(site, 'settings/revert', { version: 1, baseVersion: 2 }, ALEX);
    expect(back).toEqual({
      ok: true,
      data: {
        version: 3,
        total: 1,
        changes: [{ section: 'sla', path: 'sla.policies.Critical.targetMinutes.acknowledge', kind: 'changed', before: '15', after: '60' }],
      },
    });
    expect((await current()).config).toEqual(one);
    const history = await invokeSettings(site, 'settings/history', { before: 10 }, ALEX);
    expect(history.ok && history.data.map((v: { version: number; action: string; revertedTo: number | null }) => [v.version, v.action, v.revertedTo])).toEqual([
      [3, 'revert', 1],
      [2, 'save', null],
      [1, 'save', null],
    ]);
    expect(await invokeSettings(site, 'settings/revert', { version: 9, baseVersion: 3 }, ALEX)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no version 9 of the settings.' },
    });
  });

  it('stores nothing when nothing changed', async () => {
    const res = await invokeSettings(site, 'settings/save', { config: defaultAppConfig(), baseVersion: 0 }, ALEX);
    expect(res).toEqual({ ok: true, data: { version: 0, changes: [], total: 0 } });
    expect(await kvs.get('config:head')).toBeUndefined();
  });
});
