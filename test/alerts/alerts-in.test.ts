/**
 * The alerts-in web trigger on the local site (issue 31): requests reach the real function as Forge
 * would send them (runtime/web-triggers.ts), and the answer is one of the manifest's static outputs.
 * The senders here are tests acting as a monitor; test/alerts/real-alertmanager.test.ts is the real one.
 */
import { createHmac } from 'node:crypto';
import type { Site } from '../../sandbox/site';
import { seedOnCallAndAlerts, LOCAL_ALERT_TOKEN } from '../../sandbox/seed/seed-oncall';
import type { AppConfig } from '../../src/domain/config/app-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { createTestSite } from '../support/test-site';

let site: Site;
const HOUR = 3_600_000;

function config(): AppConfig {
  return site.state.kvs[storageKeys.config()]!.value as AppConfig;
}

beforeEach(() => {
  site = createTestSite();
  const c = config();
  seedOnCallAndAlerts(site.state, c, site.clock.now());
  c.oncall = { ...c.oncall, defaultRotaId: null, rotas: [] };
  c.alerts.sources.push({
    ...c.alerts.sources[0]!,
    id: 'grafana-cloud',
    name: 'Grafana Cloud',
    format: 'grafana',
    hmacHeader: 'X-Grafana-Alerting-Signature',
    hmacTimestampHeader: null,
  });
  c.alerts.sources.push({ ...c.alerts.sources[0]!, id: 'scripts', name: 'Cron scripts', format: 'generic' });
  site.state.kvsSecrets[storageKeys.alertSecret('grafana-cloud')] = { value: 'grafana-secret', createdAt: 0, updatedAt: 0, expireTime: null };
  site.state.kvsSecrets[storageKeys.alertSecret('scripts')] = { value: 'script-secret', createdAt: 0, updatedAt: 0, expireTime: null };
});
afterEach(() => site.close());

const alertmanagerBody = (
  status: 'firing' | 'resolved',
  alerts = [{ fingerprint: '21b9ddd94d7a5e5d', instance: 'web-1' }],
  groupKey = '{}:{alertname="HostDown"}',
) =>
  JSON.stringify({
    receiver: 'incident-response',
    status,
    alerts: alerts.map((a) => ({
      status,
      labels: { alertname: 'HostDown', instance: a.instance, severity: 'critical' },
      annotations: { summary: `${a.instance} down`, runbook: 'https://wiki.example/hostdown' },
      startsAt: '2026-12-06T23:15:43.247270294Z',
      endsAt: status === 'firing' ? '0001-01-01T00:00:00Z' : '2026-12-06T23:45:00Z',
      generatorURL: 'http://prom.local/graph',
      fingerprint: a.fingerprint,
    })),
    groupLabels: { alertname: 'HostDown' },
    commonLabels: { alertname: 'HostDown' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager:9093',
    version: '4',
    groupKey,
    truncatedAlerts: 0,
  });

async function post(path: string, body: string, headers: [string, string][] = [['Authorization', `Bearer ${LOCAL_ALERT_TOKEN}`]], method = 'POST') {
  const base = new URL(site.webTriggers.url('alerts-in')).pathname;
  const r = await site.webTriggers.call({ method, pathname: `${base}${path}`, headers: [['Content-Type', 'application/json'], ...headers], query: [], body });
  await site.events.drain();
  return { status: r.status, body: JSON.parse(r.body) as { status: string; message: string } };
}

const incidentIssues = () => site.issues.all().filter((i) => i.fields.summary.includes('down'));
function timeline(issueId: string): TimelineEntry[] {
  return Object.entries(site.state.kvs)
    .filter(([k]) => k.startsWith(storageKeys.timelineOf(issueId)))
    .map(([, e]) => e.value as TimelineEntry)
    .sort((a, b) => a.seq - b.seq);
}

describe('Alertmanager (webhook version 4) into one incident per alert group', () => {
  it('opens one incident carrying the labels and annotations; a repeat adds a note, not an issue; resolved is recorded', async () => {
    const fired = await post('/alertmanager/prometheus', alertmanagerBody('firing'));
    expect(fired).toEqual({ status: 202, body: expect.objectContaining({ status: 'accepted' }) });
    const [issue] = incidentIssues();
    expect(incidentIssues()).toHaveLength(1);
    expect(issue!.fields.summary).toBe('web-1 down');
    const record = site.state.kvs[storageKeys.incident(issue!.id)]?.value as { priority: string; category: string; triage: { state: string } };
    expect(record).toMatchObject({ priority: 'Critical', category: 'technical', triage: { state: 'event' } });
    expect(site.issues.find(issue!.key)?.properties['incident-response']).toMatchObject({ priority: 'Critical', triage: 'event' });
    const first = timeline(issue!.id);
    expect(first.map((e) => e.text)).toEqual([
      'Alert firing from Prometheus (production): web-1 down. Labels: alertname: HostDown; instance: web-1; severity: critical. Annotations: summary: web-1 down; runbook: https://wiki.example/hostdown.',
    ]);

    // The same notification again at once (a retry): nothing new.
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    expect(timeline(issue!.id)).toHaveLength(1);
    // Alertmanager's repeat_interval later: one "still firing" note, still one issue.
    site.clock.advance(15 * 60_000);
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 202 });
    expect(incidentIssues()).toHaveLength(1);
    expect(timeline(issue!.id).map((e) => e.text.split(':')[0])).toEqual([
      'Alert firing from Prometheus (production)',
      'Alert still firing at Prometheus (production) (sent again)',
    ]);

    expect(await post('/alertmanager/prometheus', alertmanagerBody('resolved'))).toMatchObject({ status: 202 });
    const last = timeline(issue!.id).at(-1)!;
    expect(last.text).toMatch(/^Alert resolved at Prometheus \(production\): web-1 down\./);
    // The default keeps a human in the loop: the event stays for people to decide.
    expect((site.state.kvs[storageKeys.incident(issue!.id)]?.value as { triage: { state: string } }).triage.state).toBe('event');
  });

  it('adds a new alert of the same group to the same incident, and opens another for another group', async () => {
    await post('/alertmanager/prometheus', alertmanagerBody('firing'));
    await post(
      '/alertmanager/prometheus',
      alertmanagerBody('firing', [
        { fingerprint: '21b9ddd94d7a5e5d', instance: 'web-1' },
        { fingerprint: 'aa00', instance: 'web-2' },
      ]),
    );
    expect(incidentIssues()).toHaveLength(1);
    expect(timeline(incidentIssues()[0]!.id).at(-1)!.text).toMatch(/web-2 down/);
    await post('/alertmanager/prometheus', alertmanagerBody('firing', [{ fingerprint: 'bb11', instance: 'db-1' }], '{}:{alertname="DbDown"}'));
    expect(incidentIssues()).toHaveLength(2);
  });

  it('reopens the same incident when the group fires again within the flapping window, and opens a new one after a closed one', async () => {
    await post('/alertmanager/prometheus', alertmanagerBody('firing'));
    await post('/alertmanager/prometheus', alertmanagerBody('resolved'));
    site.clock.advance(10 * 60_000);
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 202 });
    expect(incidentIssues()).toHaveLength(1);
    expect(timeline(incidentIssues()[0]!.id).at(-1)!.text).toMatch(/^Alert firing again .* \(flapping\)/);
    // Resolved, closed in Jira, then firing again an hour later: a new incident.
    await post('/alertmanager/prometheus', alertmanagerBody('resolved'));
    site.issues.edit(incidentIssues()[0]!, { status: 'Resolved' }, 'acc-riley-responder', false, { silent: true });
    site.clock.advance(HOUR);
    await post('/alertmanager/prometheus', alertmanagerBody('firing'));
    expect(incidentIssues()).toHaveLength(2);
  });

  it('closes an event nobody confirmed when the source is set to, and never a confirmed incident', async () => {
    config().alerts.grouping.resolveUnconfirmedOnResolved = true;
    await post('/alertmanager/prometheus', alertmanagerBody('firing'));
    await post('/alertmanager/prometheus', alertmanagerBody('resolved'));
    const issue = incidentIssues()[0]!;
    expect((site.state.kvs[storageKeys.incident(issue.id)]?.value as { triage: { state: string } }).triage.state).toBe('not-incident');
    expect(timeline(issue.id).at(-1)!.text).toMatch(/^Closed as not an incident: The alert resolved before anyone confirmed it/);
  });

  it('a delivery that fails after Jira created the issue is finished by a retry: one issue with its record, priority, mirror and entries', async () => {
    site.faults.busyFor(/\/editmeta$/, 1, 60);
    expect((await post('/alertmanager/prometheus', alertmanagerBody('firing'))).status).toBe(503);
    expect(incidentIssues()).toHaveLength(1);
    // Alertmanager retries; within two minutes the first try's intake is still its own, so the answer is "busy" again.
    expect((await post('/alertmanager/prometheus', alertmanagerBody('firing'))).status).toBe(503);
    site.clock.advance(3 * 60_000);
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 202 });
    const [issue] = incidentIssues();
    expect(incidentIssues()).toHaveLength(1);
    expect(site.issues.find(issue!.key)?.properties['incident-response']).toMatchObject({ priority: 'Critical' });
    expect(timeline(issue!.id).map((e) => e.text.split(':')[0])).toEqual(['Alert firing from Prometheus (production)']);
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 200, body: { status: 'duplicate' } });
  });

  it("refuses to open a restricted category's incident when its security level is not on the site, rather than open it unrestricted", async () => {
    config().taxonomy.categories.find((cat) => cat.id === 'technical')!.restrictTo = 'Board only';
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 500, body: { status: 'jira-refused' } });
    expect(incidentIssues()).toHaveLength(0);
  });

  it('restricts an incident of a restricted category from creation', async () => {
    const c = config();
    c.taxonomy.categories.find((cat) => cat.id === 'technical')!.restrictTo = 'Restricted';
    const created: string[] = [];
    site.onAppJiraRequest((r) => {
      if (r.method === 'POST' && r.path === '/rest/api/3/issue') created.push(r.body ?? '');
    });
    await post('/alertmanager/prometheus', alertmanagerBody('firing'));
    expect(JSON.parse(created[0]!).fields.security).toEqual({ id: expect.any(String) });
    expect(site.issues.find(incidentIssues()[0]!.key)?.fields.securityLevelId).toBe('10100');
  });

  it('bounds a storm: at most 20 incidents per source and hour, the rest recorded on the last one', async () => {
    for (let g = 0; g < 25; g++)
      await post('/alertmanager/prometheus', alertmanagerBody('firing', [{ fingerprint: `f${g}`, instance: `node-${g}` }], `{}:{alertname="Down${g}"}`));
    expect(incidentIssues()).toHaveLength(20);
    expect(timeline(incidentIssues().at(-1)!.id).filter((e) => e.text.startsWith('Alert storm'))).toHaveLength(5);
  });

  it('never folds a restricted alert group into an open incident during a storm', async () => {
    for (let g = 0; g < 20; g++)
      await post('/alertmanager/prometheus', alertmanagerBody('firing', [{ fingerprint: `f${g}`, instance: `node-${g}` }], `{}:{alertname="Down${g}"}`));
    const body = alertmanagerBody('firing', [{ fingerprint: 'x1', instance: 'vault-1' }], '{}:{alertname="SecretsRead"}').replace(
      '"severity":"critical"',
      '"severity":"critical","category":"data-exposure"',
    );
    await post('/alertmanager/prometheus', body);
    const restricted = site.issues.all().find((i) => i.fields.summary === 'vault-1 down')!;
    expect(restricted.fields.securityLevelId).toBe('10100');
    const open = incidentIssues().filter((i) => !i.fields.securityLevelId);
    expect(open).toHaveLength(20);
    for (const i of open) expect(timeline(i.id).some((e) => e.text.includes('vault-1'))).toBe(false);
  });
});

describe('refusals: the documented status, a reason, nothing stored', () => {
  const stored = () => Object.keys(site.state.kvs).filter((k) => k.startsWith('alert-group:') || k.startsWith('incident:') || k.startsWith('timeline:')).length;

  it.each([
    ['a wrong secret', '/alertmanager/prometheus', alertmanagerBody('firing'), [['Authorization', 'Bearer wrong']], 'POST', 401, 'unauthorized'],
    ['no secret', '/alertmanager/prometheus', alertmanagerBody('firing'), [], 'POST', 401, 'unauthorized'],
    ['an unknown source', '/alertmanager/nagios', alertmanagerBody('firing'), undefined, 'POST', 404, 'unknown-source'],
    ['a format the source is not', '/generic/prometheus', alertmanagerBody('firing'), undefined, 'POST', 404, 'unknown-source'],
    ['no path suffix', '', alertmanagerBody('firing'), undefined, 'POST', 404, 'unknown-source'],
    ['GET', '/alertmanager/prometheus', '', undefined, 'GET', 405, 'method-not-allowed'],
    ['a body that is not JSON', '/alertmanager/prometheus', 'HostDown!', undefined, 'POST', 400, 'not-json'],
    [
      'webhook version 3',
      '/alertmanager/prometheus',
      alertmanagerBody('firing').replace('"version":"4"', '"version":"3"'),
      undefined,
      'POST',
      400,
      'invalid-alertmanager',
    ],
    ['a body over 1 MB', '/alertmanager/prometheus', JSON.stringify({ pad: 'x'.repeat(1_100_000) }), undefined, 'POST', 413, 'too-large'],
  ] as const)('%s', async (_, path, body, headers, method, status, output) => {
    const before = stored();
    const r = await post(path, body, headers === undefined ? undefined : (headers as unknown as [string, string][]), method);
    expect(r).toEqual({ status, body: { status: output, message: expect.any(String) } });
    expect(stored()).toBe(before);
    expect(incidentIssues()).toHaveLength(0);
  });

  it('Jira refusing to create the issue (a wrong issue type in the source) answers 500, which Alertmanager retries, and keeps nothing', async () => {
    config().alerts.sources[0]!.issueTypeId = '99999';
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 500, body: { status: 'jira-refused' } });
    expect(stored()).toBe(0);
    // Fixed in the settings: the monitor's next try opens the incident.
    config().alerts.sources[0]!.issueTypeId = '10003';
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 202 });
    expect(incidentIssues()).toHaveLength(1);
  });

  it('a switched-off source is refused after its secret is checked', async () => {
    config().alerts.sources[0]!.enabled = false;
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'))).toMatchObject({ status: 403, body: { status: 'source-off' } });
    expect(await post('/alertmanager/prometheus', alertmanagerBody('firing'), [['Authorization', 'Bearer wrong']])).toMatchObject({ status: 401 });
  });

  it('a URL that is not the installation’s web trigger is a 404 from the platform, before the app runs', async () => {
    const r = await site.webTriggers.call({
      method: 'POST',
      pathname: '/public/00000000-0000-0000-0000-000000000000/alertmanager/prometheus',
      headers: [],
      query: [],
      body: '{}',
    });
    expect(r.status).toBe(404);
  });
});

describe('Grafana (webhook contact point) with its HMAC signature, and the generic format', () => {
  const grafanaBody = JSON.stringify({
    receiver: 'incident-response',
    status: 'firing',
    orgId: 1,
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'HighLatency', severity: 'warning', category: 'denial-of-service' },
        annotations: { summary: 'Checkout latency down to a crawl' },
        startsAt: '2026-12-06T23:15:43Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'https://grafana.example/alerting/1',
        fingerprint: 'c0ffee',
        silenceURL: 'https://grafana.example/silence',
        dashboardURL: '',
        panelURL: '',
        values: { B: 2.5 },
      },
    ],
    groupLabels: { alertname: 'HighLatency' },
    commonLabels: { alertname: 'HighLatency' },
    commonAnnotations: {},
    externalURL: 'https://grafana.example/',
    version: '1',
    groupKey: '{}/{}:{alertname="HighLatency"}',
    truncatedAlerts: 0,
    title: '[FIRING:1] HighLatency',
    state: 'alerting',
    message: 'Checkout latency',
  });
  const sign = (body: string) => createHmac('sha256', 'grafana-secret').update(body).digest('hex');

  it('accepts a signed request, takes the category from its label and the level from its severity', async () => {
    const r = await post('/grafana/grafana-cloud', grafanaBody, [
      ['Authorization', 'Bearer grafana-secret'],
      ['X-Grafana-Alerting-Signature', sign(grafanaBody)],
    ]);
    expect(r.status).toBe(202);
    const issue = site.issues.all().find((i) => i.fields.summary === 'Checkout latency down to a crawl')!;
    expect(site.state.kvs[storageKeys.incident(issue.id)]?.value).toMatchObject({ category: 'denial-of-service', priority: 'Serious' });
  });

  it('refuses a missing or wrong signature even with the right bearer token', async () => {
    expect(await post('/grafana/grafana-cloud', grafanaBody, [['Authorization', 'Bearer grafana-secret']])).toMatchObject({
      status: 401,
      body: { status: 'bad-signature' },
    });
    const tampered = grafanaBody.replace('crawl', 'halt');
    expect(
      await post('/grafana/grafana-cloud', tampered, [
        ['Authorization', 'Bearer grafana-secret'],
        ['X-Grafana-Alerting-Signature', sign(grafanaBody)],
      ]),
    ).toMatchObject({ status: 401, body: { status: 'bad-signature' } });
  });

  it('the generic format opens an incident; a body off its schema is refused', async () => {
    const generic = JSON.stringify({
      group: 'backup-job',
      alerts: [{ id: 'nightly-backup', status: 'firing', title: 'Nightly backup down for 3 days', severity: 'error' }],
    });
    expect(await post('/generic/scripts', generic, [['Authorization', 'Bearer script-secret']])).toMatchObject({ status: 202 });
    expect(site.issues.all().some((i) => i.fields.summary === 'Nightly backup down for 3 days')).toBe(true);
    expect(await post('/generic/scripts', JSON.stringify({ alerts: 'none' }), [['Authorization', 'Bearer script-secret']])).toMatchObject({
      status: 400,
      body: { status: 'invalid-generic' },
    });
  });
});

describe('the web trigger URL, as @forge/api gives it', () => {
  it('is listed at GET /sandbox/webtriggers and is the same for the app and after deletion and re-creation', async () => {
    const listed = site.webTriggers.list();
    expect(listed).toEqual([{ moduleKey: 'alerts-in', url: expect.stringMatching(/^http:\/\/localhost\/public\/[0-9a-f-]{36}$/) }]);
    expect(site.webTriggers.graphql({ query: 'mutation forge_app_createWebTriggerUrl', variables: { input: { triggerKey: 'alerts-in' } } })).toEqual({
      data: { createWebTriggerUrl: { url: listed[0]!.url } },
    });
  });
});
