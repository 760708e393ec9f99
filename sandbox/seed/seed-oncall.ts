/**
 * The demo site's on-call rota and alert source (issue 31), so `npm start` shows paging and alerts
 * in without any setup: a security rota in Berlin and a Prometheus Alertmanager source whose secret
 * is a fixed local value, like the local API token.
 */
import type { AppConfig } from '../../src/domain/config/app-config';
import { DEFAULT_SEVERITIES } from '../../src/domain/alerts/alert-source';
import { DEFAULT_PAGING_POLICY } from '../../src/domain/oncall/paging-policy';
import type { Rota } from '../../src/domain/oncall/rota';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { ISSUE_TYPES } from '../state/directory';
import type { SiteState } from '../state/site-state';

/** The demo source's bearer secret: a local site's, never a real one. */
export const LOCAL_ALERT_TOKEN = 'local-alert-token';
export const DEMO_SOURCE_ID = 'prometheus';
const RILEY = 'acc-riley-responder';
const SAM = 'acc-sam-responder';
const DAY = 86_400_000;

/** The Monday four weeks before `now` (UTC date), so the rota has run a while and hands off weekly. */
function aMondayBefore(now: number): string {
  const d = new Date(now - 28 * DAY);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - sinceMonday * DAY).toISOString().slice(0, 10);
}

/**
 * "At minimum 2 individuals that can be pinged for security on-call": the two responders take turns
 * as primary and back each other up as secondary, because only people inside the Restricted security
 * level can be paged for a restricted incident, and they are the responders who are.
 */
export function securityRota(now: number): Rota {
  return {
    id: 'security',
    name: 'Security on call',
    zone: 'Europe/Berlin',
    handOff: { every: 'week', weekday: 1, at: '09:00' },
    primary: [RILEY, SAM],
    secondary: [SAM, RILEY],
    startsOn: aMondayBefore(now),
    overrides: [],
  };
}

/** Adds the demo's rota, paging policy and Alertmanager source to the settings, and stores the source's secret. */
export function seedOnCallAndAlerts(state: SiteState, config: AppConfig, now: number): void {
  const rota = securityRota(now);
  config.oncall = { ...config.oncall, rotas: [rota], defaultRotaId: rota.id, policy: { ...DEFAULT_PAGING_POLICY } };
  // Outages come in as "technical problem (infrastructure or code)", the taxonomy's "A service is down".
  config.alerts.sources = [
    {
      id: DEMO_SOURCE_ID,
      name: 'Prometheus (production)',
      format: 'alertmanager',
      enabled: true,
      projectKey: 'SEC',
      issueTypeId: config.scope.issueTypeIds[0] ?? ISSUE_TYPES[0].id,
      categoryId: 'technical',
      categoryLabel: 'category',
      severities: structuredClone(DEFAULT_SEVERITIES),
      hmacHeader: null,
      hmacTimestampHeader: null,
    },
  ];
  state.kvsSecrets[storageKeys.alertSecret(DEMO_SOURCE_ID)] = { value: LOCAL_ALERT_TOKEN, createdAt: now, updatedAt: now, expireTime: null };
}
