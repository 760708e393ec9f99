/**
 * The demo site's rota and Alertmanager source are settings an admin could have saved: they pass
 * the settings' validation, and the source's secret is the local site's fixed token.
 */
import { seedSettings } from '../../sandbox/seed/seed-site';
import { emptySiteState } from '../../sandbox/state/site-state';
import type { AppConfig } from '../../src/domain/config/app-config';
import { validateConfig } from '../../src/domain/config/validate-config';

/** A Monday: the rota started four Mondays before. */
const NOW = Date.parse('2026-12-07T05:00:00Z');

describe('the demo site', () => {
  const state = emptySiteState();
  seedSettings(state, NOW, true, true);
  const config = state.kvs['config:app']!.value as AppConfig;

  it('has valid settings with a Berlin security rota paged by default', () => {
    expect(validateConfig(config)).toMatchObject({ ok: true });
    expect(config.oncall).toMatchObject({
      defaultRotaId: 'security',
      rotas: [
        {
          name: 'Security on call',
          zone: 'Europe/Berlin',
          handOff: { every: 'week', weekday: 1, at: '09:00' },
          primary: ['acc-riley-responder', 'acc-sam-responder'],
          secondary: ['acc-sam-responder', 'acc-riley-responder'],
          startsOn: '2026-11-09',
        },
      ],
      policy: { Critical: 'any-hour', Serious: 'business-hours', Mild: 'never-at-night' },
    });
  });

  it('has one enabled Alertmanager source feeding the incident project, with the local secret', () => {
    expect(config.alerts.sources).toMatchObject([
      {
        id: 'prometheus',
        name: 'Prometheus (production)',
        format: 'alertmanager',
        enabled: true,
        projectKey: 'SEC',
        issueTypeId: '10003',
        categoryId: 'technical',
        categoryLabel: 'category',
      },
    ]);
    expect(state.kvsSecrets['alert-secret:prometheus']).toEqual({ value: 'local-alert-token', createdAt: NOW, updatedAt: NOW, expireTime: null });
  });
});
