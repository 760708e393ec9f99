/**
 * A real Prometheus Alertmanager (Debian's prometheus-alertmanager, 0.25 in bookworm; .ci/run installs
 * it) sends its webhook (version 4) to the local site's alerts-in web trigger over HTTP, with bearer
 * credentials from `http_config.authorization`, as a customer would set it up. The test fires an alert
 * through Alertmanager's own API, lets Alertmanager repeat it, resolves it, and routes one alert to a
 * receiver with a wrong secret. Where the binary is missing the suite says so and skips, except in CI
 * (CI=true), where a missing binary fails: CI always has it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Site } from '../../sandbox/site';
import { LOCAL_ALERT_TOKEN, seedOnCallAndAlerts } from '../../sandbox/seed/seed-oncall';
import { createShellApp } from '../../sandbox/shell/shell-server';
import type { AppConfig } from '../../src/domain/config/app-config';
import type { TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { storageKeys } from '../../src/platform/storage/storage-keys';

const CANDIDATES = ['/usr/bin/prometheus-alertmanager', '/usr/local/bin/alertmanager', '/usr/bin/alertmanager'];
const BINARY = CANDIDATES.find((p) => existsSync(p)) ?? null;
const NOT_FOUND = `Prometheus Alertmanager was not found (looked for ${CANDIDATES.join(', ')}); install it with "apt-get install prometheus-alertmanager" to run this test`;

if (!BINARY && process.env.CI) throw new Error(`${NOT_FOUND}. CI must have it (.ci/run installs it).`);

const describeWithBinary = BINARY ? describe : describe.skip;
const title = BINARY ? 'a real Prometheus Alertmanager posts to the alerts-in web trigger' : `SKIPPED: ${NOT_FOUND}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 30_000): Promise<T> {
  const giveUp = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > giveUp) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

describeWithBinary(title, () => {
  let site: Site;
  let server: ServerType;
  let alertmanager: ChildProcess;
  let amUrl: string;
  const amOutput: string[] = [];

  beforeAll(async () => {
    site = new Site({ stateFile: null, incidents: 0, reset: true, busy: false });
    const config = site.state.kvs[storageKeys.config()]!.value as AppConfig;
    seedOnCallAndAlerts(site.state, config, site.clock.now());
    config.oncall = { ...config.oncall, rotas: [], defaultRotaId: null };
    const { app } = createShellApp(site);
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const trigger = `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(site.webTriggers.url('alerts-in')).pathname}/alertmanager/prometheus`;
    const dir = mkdtempSync(join(tmpdir(), 'am-'));
    const amPort = 20_000 + Math.floor(Math.random() * 20_000);
    amUrl = `http://127.0.0.1:${amPort}`;
    // Short intervals so the test sees a group's first notification, a repeat and the resolution in seconds.
    writeFileSync(
      join(dir, 'alertmanager.yml'),
      `route:
  receiver: incident-response
  group_by: [alertname]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 3s
  routes:
    - receiver: wrong-secret
      matchers: ['team="wrong"']
receivers:
  - name: incident-response
    webhook_configs:
      - url: '${trigger}'
        send_resolved: true
        http_config:
          authorization:
            type: Bearer
            credentials: '${LOCAL_ALERT_TOKEN}'
  - name: wrong-secret
    webhook_configs:
      - url: '${trigger}'
        http_config:
          authorization:
            type: Bearer
            credentials: 'not-the-secret'
`,
    );
    alertmanager = spawn(
      BINARY!,
      [`--config.file=${join(dir, 'alertmanager.yml')}`, `--storage.path=${dir}`, `--web.listen-address=127.0.0.1:${amPort}`, '--cluster.listen-address='],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    alertmanager.stderr?.on('data', (d: Buffer) => amOutput.push(d.toString()));
    await until('Alertmanager to be ready', () => amOutput.join('').includes('Listening on') || amOutput.join('').includes('listening on'), 20_000).catch(
      async () => {
        // Some builds log nothing we recognise: ask its API instead.
        await until('Alertmanager API', () => true);
      },
    );
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`${amUrl}/-/ready`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      await sleep(100);
    }
  }, 40_000);

  afterAll(async () => {
    alertmanager?.kill('SIGTERM');
    (server as unknown as { closeAllConnections?: () => void })?.closeAllConnections?.();
    server?.close();
    await site?.close();
  });

  const fire = (labels: Record<string, string>, endsAt?: string) =>
    fetch(`${amUrl}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        {
          labels,
          annotations: { summary: `${labels.instance} down`, description: 'No scrape for 5 minutes' },
          generatorURL: 'http://prom.local/graph',
          ...(endsAt ? { endsAt } : {}),
        },
      ]),
    }).then((r) => expect(r.status).toBe(200));

  const hostDown = { alertname: 'HostDown', instance: 'web-1', severity: 'critical' };
  const incidents = () => site.issues.all().filter((i) => i.fields.summary === 'web-1 down');
  const timeline = (issueId: string): TimelineEntry[] =>
    Object.entries(site.state.kvs)
      .filter(([k]) => k.startsWith(storageKeys.timelineOf(issueId)))
      .map(([, e]) => e.value as TimelineEntry)
      .sort((a, b) => a.seq - b.seq);

  it('firing opens 1 incident with the labels and annotations; the repeat adds one entry and no issue; resolved is recorded; a wrong secret gets 401 and writes nothing', async () => {
    await fire(hostDown);
    const [issue] = await until('the incident', () => (incidents().length > 0 ? incidents() : null));
    const first = await until('its first timeline entry', () => timeline(issue!.id)[0]);
    expect(first.text).toContain('Alert firing from Prometheus (production): web-1 down.');
    expect(first.text).toContain('Labels: alertname: HostDown; instance: web-1; severity: critical.');
    expect(first.text).toContain('Annotations: description: No scrape for 5 minutes; summary: web-1 down.');
    expect(site.state.kvs[storageKeys.incident(issue!.id)]?.value).toMatchObject({ priority: 'Critical', category: 'technical' });

    // The same alert again: Alertmanager deduplicates it and re-sends the group every repeat_interval.
    // Ten minutes pass on the site's clock, so the app notes that it is still firing, once.
    await fire(hostDown);
    site.clock.advance(11 * 60_000);
    await until('a "still firing" entry', () => timeline(issue!.id).find((e) => e.text.startsWith('Alert still firing')), 20_000);
    await sleep(4_000); // at least one more repeat arrives; it is within ten minutes of the note, so it adds nothing
    expect(incidents()).toHaveLength(1);
    expect(timeline(issue!.id).filter((e) => e.text.startsWith('Alert still firing'))).toHaveLength(1);
    const accepted = site.webTriggers.calls.filter((c) => c.userPath === '/alertmanager/prometheus');
    expect(accepted.every((c) => c.status === 202 || c.status === 200)).toBe(true);

    // Alertmanager runs on the machine's clock, not the site's (which the test moved): the wall time from performance.
    await fire(hostDown, new Date(performance.timeOrigin + performance.now() - 1000).toISOString());
    await until('the resolution', () => timeline(issue!.id).find((e) => e.text.startsWith('Alert resolved at Prometheus (production): web-1 down.')), 20_000);

    const before = Object.keys(site.state.kvs).length;
    const issuesBefore = site.issues.all().length;
    await fire({ alertname: 'WrongSecretProbe', instance: 'web-9', team: 'wrong' });
    await until('the 401', () => site.webTriggers.calls.find((c) => c.status === 401), 20_000);
    expect(site.issues.all()).toHaveLength(issuesBefore);
    expect(Object.keys(site.state.kvs).length).toBe(before);
  }, 90_000);
});
