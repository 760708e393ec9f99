/**
 * The Foundation budgets, measured and printed (npm run bench):
 *   1. opening the incident panel costs one invoke, whose resolver makes at most 3 platform requests,
 *      plus at most 2 storage queries for the newest timeline block (5 with a 5,000-entry timeline);
 *   2. each Custom UI's initial JS is at most 120 kB gzipped;
 *   3. `npm start` reaches a usable URL in under 2 minutes (build + start, from nothing);
 *   4. the SLA budgets in sla-budgets.ts (working-time arithmetic, sweep requests);
 *   5. the legal budget in legal-budgets.ts (evaluating every rule for one incident);
 *   6. the backend as @forge/bundler bundles it for `forge deploy` stays within its size budget;
 *   7. felt speed (felt-speed.ts): the panel, gadget, portal and settings in Chromium at a real site's
 *      latency (300 ms per invoke, 120 ms per platform request): the panel useful within 1.0 s, the gadget within 1.5 s;
 *   8. an alert storm (alert-storm-budget.ts): 1,000 alerts in a minute cost at most 0.25 Jira requests per alert.
 * Timings are shown as ratios to baselines measured in the same run, since machines are noisy.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { REPO_ROOT, Site } from '../sandbox/site';
import { chainEntry, linkOf } from '../src/domain/timeline/chain-entry';
import { GENESIS_LINK, type TimelineEntry } from '../src/domain/timeline/timeline-entry';
import { storageKeys } from '../src/platform/storage/storage-keys';
import { BACKEND_BUNDLE_BUDGET_BYTES, bundleBackend } from './backend-bundle';
import { feltSpeedBudget } from './felt-speed';
import { INITIAL_JS_BUDGET_BYTES, initialJsBytes } from './initial-js';
import { legalEvaluationBudget } from './legal-budgets';
import { sweepBudget, workingTimeBudget } from './sla-budgets';
import { statsBudget } from './stats-budgets';
import { alertStormBudget } from './alert-storm-budget';

const line = (label: string, value: string, ok: boolean) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(58)} ${value}`);

async function mean(times: number, fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < times; i++) await fn();
  return (performance.now() - start) / times;
}

async function panelBudget(): Promise<boolean> {
  const site = new Site({ stateFile: null, incidents: 2000, reset: true });
  const issue = site.issues.all().find((i) => i.projectId === '10000' && !i.fields.securityLevelId)!;
  const call = () =>
    site.functions.invokeResolver({
      functionKey: 'resolver',
      moduleKey: 'incident-panel',
      resolverKey: 'incident/get',
      payload: {},
      accountId: 'acc-riley-responder',
      context: { extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key }, project: { id: '10000', key: 'SEC' } } },
    });
  const { invocation } = await call();
  const requests = invocation.requests.length;
  line('panel open: platform requests made by incident/get', `${requests} (budget 3)`, requests <= 3);
  const baseline = await mean(200, () => kvs.get(`incident:${issue.id}`));
  const panel = await mean(200, call);
  console.log(
    `      incident/get ${panel.toFixed(2)} ms per call = ${(panel / baseline).toFixed(1)}x one raw KVS get (${baseline.toFixed(3)} ms), 2,000 incidents on the site`,
  );
  // The same incident with a 5,000-entry timeline: the first screen reads the newest block (and the one before).
  await writeTimeline(issue.id, 5000);
  const long = (await call()).invocation.requests.length;
  line('panel open with a 5,000-entry timeline: platform requests', `${long} (budget 5)`, long <= 5);
  const longPanel = await mean(50, call);
  console.log(`      incident/get with 5,000 timeline entries ${longPanel.toFixed(2)} ms per call = ${(longPanel / panel).toFixed(1)}x without a timeline`);
  await site.close();
  return requests <= 3 && long <= 5;
}

/** A chained timeline of `count` entries, written straight to storage as the app would have. */
async function writeTimeline(issueId: string, count: number): Promise<void> {
  let link = GENESIS_LINK;
  const entries: TimelineEntry[] = [];
  for (let i = 0; i < count; i++) {
    const e = chainEntry(
      issueId,
      {
        kind: 'note',
        text: `Entry ${i + 1}`,
        happenedAt: '2026-11-22T09:00:00.000Z',
        recordedAt: '2026-11-22T09:00:00.000Z',
        by: 'acc-riley-responder',
        corrects: null,
        data: null,
      },
      link,
    );
    entries.push(e);
    link = linkOf(e);
  }
  for (let i = 0; i < entries.length; i += 25)
    await kvs.batchSet(entries.slice(i, i + 25).map((e) => ({ key: storageKeys.timelineEntry(issueId, e.seq), value: e })));
  await kvs.set(storageKeys.timelineHead(issueId), link);
}

function bundleBudget(): boolean {
  let ok = true;
  for (const m of ['panel', 'gadget', 'admin', 'portal']) {
    const bytes = initialJsBytes(join(REPO_ROOT, 'static', m, 'build'));
    const budget = INITIAL_JS_BUDGET_BYTES;
    ok &&= bytes <= budget;
    line(`initial JS, ${m} (gzipped)`, `${(bytes / 1000).toFixed(1)} kB (budget ${budget / 1000} kB)`, bytes <= budget);
  }
  return ok;
}

function backendBundleBudget(): boolean {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  const nodeMs = performance.now() - started;
  const bundle = bundleBackend(REPO_ROOT);
  const ok = bundle.bytes <= BACKEND_BUNDLE_BUDGET_BYTES;
  line('backend bundle (@forge/bundler, as forge deploy)', `${(bundle.bytes / 1e6).toFixed(2)} MB (budget ${BACKEND_BUNDLE_BUDGET_BYTES / 1e6} MB)`, ok);
  console.log(`      bundled in ${(bundle.ms / 1000).toFixed(1)} s = ${(bundle.ms / nodeMs).toFixed(0)}x a bare node start`);
  return ok;
}

async function startBudget(): Promise<boolean> {
  const nodeBaseline = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  const baselineMs = performance.now() - nodeBaseline;
  const started = performance.now();
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-ui.mjs')], { cwd: REPO_ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('build failed');
  const state = join(mkdtempSync(join(tmpdir(), 'site-')), 'site.json');
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'start.mjs'), '--port', '0', '--reset', '--state', state], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /(http:\/\/localhost:\d+\/)/.exec(chunk.toString());
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  const res = await fetch(`${url}browse/SEC-1`);
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  const ok = res.status === 200 && ms < 120_000;
  line(
    'npm start from nothing: build + start + first page',
    `${(ms / 1000).toFixed(1)} s (budget 120 s), ${(ms / baselineMs).toFixed(0)}x a bare node start`,
    ok,
  );
  return ok;
}

async function main() {
  const results = [
    await panelBudget(),
    bundleBudget(),
    workingTimeBudget(line),
    legalEvaluationBudget(line),
    await sweepBudget(line),
    await statsBudget(line),
    await alertStormBudget(line),
    backendBundleBudget(),
    await feltSpeedBudget(line),
    await startBudget(),
  ];
  console.log(results.every(Boolean) ? 'All budgets kept.' : 'A budget was broken.');
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

void main();
