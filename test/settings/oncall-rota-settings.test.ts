/**
 * Rotas through the settings page: people who work in Jira are saved and the page's load says who
 * is on call now and at the next hand-offs; a portal customer or an unknown account is refused and
 * nothing is stored.
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import type { AppConfig } from '../../src/domain/config/app-config';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import type { Rota } from '../../src/domain/oncall/rota';
import { rotaPreviews } from '../../src/usecases/settings-oncall-preview';
import { ALEX, CASEY, createTestSite, RILEY, SAM } from '../support/test-site';
import { invokeSettings } from './settings-support';

const ROTA: Rota = {
  id: 'security',
  name: 'Security on call',
  zone: 'Europe/Berlin',
  handOff: { every: 'week', weekday: 1, at: '09:00' },
  primary: [RILEY, SAM],
  secondary: [SAM, RILEY],
  startsOn: '2026-11-02',
  overrides: [],
};

describe('the rota preview', () => {
  it('says who is on call now, until when, and the next hand-offs (Mondays 09:00 Berlin, 08:00 UTC in winter)', () => {
    const oncall = { ...defaultAppConfig().oncall, rotas: [ROTA] };
    // Thursday 26 November 2026: the fourth shift (index 3), Sam primary.
    const [preview] = rotaPreviews(oncall, Date.parse('2026-11-26T12:00:00Z'));
    expect(preview).toEqual({
      rotaId: 'security',
      primary: SAM,
      secondary: RILEY,
      until: '2026-11-30T08:00:00.000Z',
      overrideReasons: {},
      notStarted: false,
      next: [
        { at: '2026-11-30T08:00:00.000Z', primary: RILEY, secondary: SAM },
        { at: '2026-12-07T08:00:00.000Z', primary: SAM, secondary: RILEY },
        { at: '2026-12-14T08:00:00.000Z', primary: RILEY, secondary: SAM },
        { at: '2026-12-21T08:00:00.000Z', primary: SAM, secondary: RILEY },
      ],
    });
  });

  it('names an override in force and holds only until it ends', () => {
    const swap = {
      from: '2026-11-26T09:00:00+01:00',
      to: '2026-11-27T09:00:00+01:00',
      role: 'primary' as const,
      accountId: 'acc-ana-oncall',
      reason: 'Swap with Ana',
    };
    const [preview] = rotaPreviews({ ...defaultAppConfig().oncall, rotas: [{ ...ROTA, overrides: [swap] }] }, Date.parse('2026-11-26T12:00:00Z'));
    expect(preview).toMatchObject({
      primary: 'acc-ana-oncall',
      secondary: RILEY,
      until: '2026-11-27T08:00:00.000Z',
      overrideReasons: { primary: 'Swap with Ana' },
    });
  });

  it('says when the first shift is still to come', () => {
    const [preview] = rotaPreviews({ ...defaultAppConfig().oncall, rotas: [ROTA] }, Date.parse('2026-10-30T12:00:00Z'));
    expect(preview).toMatchObject({ primary: null, secondary: null, notStarted: true, until: '2026-11-02T08:00:00.000Z' });
  });
});

describe('saving a rota', () => {
  let site: Site;
  beforeEach(() => {
    site = createTestSite();
  });
  afterEach(async () => {
    await site.close();
  });

  const withRota = (change: (r: Rota) => void = () => undefined): AppConfig => {
    const c = defaultAppConfig();
    const rota = structuredClone(ROTA);
    change(rota);
    c.oncall.rotas = [rota];
    c.oncall.defaultRotaId = rota.id;
    return c;
  };

  it('keeps people who work in Jira and previews the rota on the next load', async () => {
    expect(await invokeSettings(site, 'settings/save', { config: withRota(), baseVersion: 0 }, ALEX)).toMatchObject({ ok: true, data: { version: 1 } });
    const res = await invokeSettings(site, 'settings/get', {}, ALEX);
    if (!res.ok) throw new Error(res.error.message);
    const [preview] = res.data.rotaPreviews as { rotaId: string; next: unknown[] }[];
    expect(preview).toMatchObject({ rotaId: 'security' });
    expect(preview!.next).toHaveLength(4);
  });

  it.each<[string, (r: Rota) => void, string, string]>([
    [
      'a portal customer',
      (r) => void r.secondary.push(CASEY),
      'oncall.rotas.0.secondary',
      'Casey Customer is a portal customer, so cannot be on call in "Security on call". Choose someone with a Jira licence.',
    ],
    [
      'an account Jira does not know',
      (r) => void (r.primary = ['acc-nobody-here']),
      'oncall.rotas.0.primary',
      'Someone in rota "Security on call" is not a person Jira knows (they may have left): remove them and pick people by name.',
    ],
    ['a rota without a primary', (r) => void (r.primary = []), 'oncall.rotas.0.primary', 'Add at least one person as primary.'],
  ])('refuses %s and stores nothing', async (_what, change, path, message) => {
    const before = await kvs.get('config:app');
    const res = await invokeSettings(site, 'settings/save', { config: withRota(change), baseVersion: 0 }, ALEX);
    expect(res).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: `The settings have 1 problem; nothing was saved. ${message}`, fields: { [path]: message } },
    });
    expect(await kvs.get('config:app')).toEqual(before);
    expect(await kvs.get('config:head')).toBeUndefined();
  });
});
