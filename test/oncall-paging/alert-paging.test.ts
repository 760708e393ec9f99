/**
 * An alert at 3 a.m. wakes someone (issue 31): a Critical alert from the demo's Alertmanager source
 * on a Sunday at 03:00 opens an event and pages the primary on call within one sweep, before anyone
 * confirms it; a warning (Serious) at the same hour waits for business hours.
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import { LOCAL_ALERT_TOKEN, seedOnCallAndAlerts } from '../../sandbox/seed/seed-oncall';
import type { AppConfig } from '../../src/domain/config/app-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { createTestSite, invokePanel, RILEY, SAM } from '../support/test-site';
import { configureOnCall, MINUTE, moveClockTo, pagedPeople, pagingOf, securityRota, timelineTexts } from './paging-support';

let site: Site;
beforeEach(async () => {
  site = createTestSite();
  const config = site.state.kvs[storageKeys.config()]!.value as AppConfig;
  seedOnCallAndAlerts(site.state, config, site.clock.now());
  await configureOnCall(securityRota(SAM, RILEY));
});
afterEach(() => site.close());

const SUNDAY = 7;
const MONDAY = 1;

async function alert(name: string, severity: string, status: 'firing' | 'resolved' = 'firing') {
  const body = JSON.stringify({
    version: '4',
    groupKey: `{}:{alertname="${name}"}`,
    status,
    receiver: 'incident-response',
    truncatedAlerts: 0,
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager:9093',
    alerts: [
      {
        status,
        labels: { alertname: name, severity },
        annotations: { summary: `${name} on db-1` },
        startsAt: '2026-12-06T03:00:00Z',
        endsAt: status === 'firing' ? '0001-01-01T00:00:00Z' : '2026-12-06T03:20:00Z',
        generatorURL: '',
        fingerprint: name,
      },
    ],
  });
  const r = await site.webTriggers.call({
    method: 'POST',
    pathname: `${new URL(site.webTriggers.url('alerts-in')).pathname}/alertmanager/prometheus`,
    headers: [['Authorization', `Bearer ${LOCAL_ALERT_TOKEN}`]],
    query: [],
    body,
  });
  expect(r.status).toBe(202);
  await site.events.drain();
  return site.issues.all().find((i) => i.fields.summary === `${name} on db-1`)!;
}

it('a Critical alert at 03:00 on a Sunday pages the primary within one sweep, unconfirmed', async () => {
  moveClockTo(site, SUNDAY, 3);
  const issue = await alert('DatabaseOffline', 'critical');
  expect(site.state.kvs[storageKeys.incident(issue.id)]?.value).toMatchObject({ priority: 'Critical', triage: { state: 'event' } });
  expect(await pagingOf(issue)).toMatchObject({ level: 'Critical', fromAlert: true, startedAt: null });
  await site.advanceTime(5 * MINUTE);
  expect(issue.fields.assignee).toBe(SAM);
  expect(pagedPeople(site, issue)).toEqual([[SAM]]);
  expect(await timelineTexts(site, issue)).toContain('Paged Sam Second-Responder (primary on call)');
  // Still an event nobody confirmed: Sam says "I'm on it" from its panel, and nobody else is paged.
  expect((await invokePanel(site, issue, 'oncall/acknowledge', {}, SAM)).result).toMatchObject({ ok: true });
  await site.advanceTime(30 * MINUTE);
  expect(pagedPeople(site, issue)).toEqual([[SAM]]);
  expect(await timelineTexts(site, issue)).toContain('Sam Second-Responder is on it');
});

it('a warning (Serious) at 03:00 on a Sunday pages nobody until business hours on Monday', async () => {
  moveClockTo(site, SUNDAY, 3);
  const issue = await alert('DiskFilling', 'warning');
  expect(site.state.kvs[storageKeys.incident(issue.id)]?.value).toMatchObject({ priority: 'Serious' });
  await site.advanceTime(60 * MINUTE);
  expect(pagedPeople(site, issue)).toEqual([]);
  // Monday 08:50: the default office calendar (Monday to Friday, 09:00-17:00 UTC) has not opened yet.
  moveClockTo(site, MONDAY, 8, 50);
  await site.advanceTime(5 * MINUTE);
  expect(pagedPeople(site, issue)).toEqual([]);
  await site.advanceTime(10 * MINUTE);
  expect(pagedPeople(site, issue)).toEqual([[SAM]]);
  expect((await kvs.get<{ endedAt: string | null }>(storageKeys.paging(issue.id)))?.endedAt).toBeNull();
});

it('an event the app closed when its alert resolved pages again when the alert fires again (flapping)', async () => {
  const config = (await kvs.get<AppConfig>(storageKeys.config()))!;
  config.alerts.grouping.resolveUnconfirmedOnResolved = true;
  await kvs.set(storageKeys.config(), config);
  moveClockTo(site, SUNDAY, 3);
  const issue = await alert('DatabaseOffline', 'critical');
  await site.advanceTime(5 * MINUTE);
  expect(pagedPeople(site, issue)).toEqual([[SAM]]);
  await alert('DatabaseOffline', 'critical', 'resolved');
  expect(site.state.kvs[storageKeys.incident(issue.id)]?.value).toMatchObject({ triage: { state: 'not-incident' } });
  await site.advanceTime(5 * MINUTE);
  expect(await pagingOf(issue)).toMatchObject({ endedAt: expect.any(String) });
  await alert('DatabaseOffline', 'critical');
  expect(site.state.kvs[storageKeys.incident(issue.id)]?.value).toMatchObject({ triage: { state: 'event' } });
  await site.advanceTime(5 * MINUTE);
  expect(pagedPeople(site, issue)).toEqual([[SAM], [SAM]]);
});
