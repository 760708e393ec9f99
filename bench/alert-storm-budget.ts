/**
 * Issue 31's storm budget, measured and printed by `npm run bench`: 1,000 alerts in one minute reach
 * the alerts-in web trigger, one request each (the worst case: Alertmanager batches a group's alerts),
 * and Jira hears a bounded part of it. Two storms: 50 alert groups of 20 alerts (a rack goes down),
 * and 1,000 groups of one (every check of every host at once). Jira requests per alert is the budget;
 * the time per alert is printed as a ratio to one raw storage read in the same run.
 */
import { kvs } from '@forge/kvs';
import { LOCAL_ALERT_TOKEN, seedOnCallAndAlerts } from '../sandbox/seed/seed-oncall';
import { Site } from '../sandbox/site';
import type { AppConfig } from '../src/domain/config/app-config';
import { storageKeys } from '../src/platform/storage/storage-keys';

type Line = (label: string, value: string, ok: boolean) => void;

/** Jira requests per alert: creating an incident costs about six; a storm must not cost that per alert. */
export const JIRA_REQUESTS_PER_ALERT_BUDGET = 0.25;

const body = (group: number, alert: number) =>
  JSON.stringify({
    version: '4',
    groupKey: `{}:{alertname="Down${group}"}`,
    status: 'firing',
    receiver: 'incident-response',
    truncatedAlerts: 0,
    groupLabels: { alertname: `Down${group}` },
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager:9093',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: `Down${group}`, instance: `host-${group}-${alert}`, severity: 'critical' },
        annotations: { summary: `host-${group}-${alert} down` },
        startsAt: '2026-12-06T03:00:00Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: '',
        fingerprint: `${group}-${alert}`,
      },
    ],
  });

async function storm(groups: number, perGroup: number): Promise<{ jira: number; alerts: number; ms: number; issues: number; baseline: number }> {
  const site = new Site({ stateFile: null, incidents: 0, reset: true, busy: false });
  const config = site.state.kvs[storageKeys.config()]!.value as AppConfig;
  seedOnCallAndAlerts(site.state, config, site.clock.now());
  config.oncall = { ...config.oncall, rotas: [], defaultRotaId: null };
  const path = `${new URL(site.webTriggers.url('alerts-in')).pathname}/alertmanager/prometheus`;
  let jira = 0;
  site.onAppJiraRequest(() => jira++);
  const before = site.issues.all().length;
  const start = performance.now();
  const alerts = groups * perGroup;
  for (let i = 0; i < alerts; i++) {
    // Interleaved, as a storm arrives: every group's first alert, then every group's second, ...
    const r = await site.webTriggers.call({
      method: 'POST',
      pathname: path,
      headers: [['authorization', `Bearer ${LOCAL_ALERT_TOKEN}`]],
      query: [],
      body: body(i % groups, Math.floor(i / groups)),
    });
    if (r.status !== 202) throw new Error(`alert ${i} answered ${r.status}: ${r.body}`);
    site.clock.advance(60_000 / alerts);
  }
  const ms = (performance.now() - start) / alerts;
  const t0 = performance.now();
  for (let i = 0; i < 200; i++) await kvs.get(storageKeys.config());
  const baseline = (performance.now() - t0) / 200;
  const issues = site.issues.all().length - before;
  await site.close();
  return { jira, alerts, ms, issues, baseline };
}

export async function alertStormBudget(line: Line): Promise<boolean> {
  let ok = true;
  for (const [groups, perGroup, what] of [
    [50, 20, '50 groups x 20 alerts'],
    [1000, 1, '1,000 groups x 1 alert'],
  ] as const) {
    const r = await storm(groups, perGroup);
    const perAlert = r.jira / r.alerts;
    const kept = perAlert <= JIRA_REQUESTS_PER_ALERT_BUDGET;
    ok &&= kept;
    line(
      `alert storm (${what} in a minute): Jira requests per alert`,
      `${perAlert.toFixed(3)} (budget ${JIRA_REQUESTS_PER_ALERT_BUDGET}; ${r.jira} in all, ${r.issues} incidents opened)`,
      kept,
    );
    console.log(`      ${r.ms.toFixed(2)} ms per alert = ${(r.ms / r.baseline).toFixed(1)}x one raw KVS get (${r.baseline.toFixed(3)} ms)`);
  }
  return ok;
}

if (require.main === module) void alertStormBudget((label, value, ok) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(58)} ${value}`));
