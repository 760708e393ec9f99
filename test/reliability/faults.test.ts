/**
 * Faults: a seeded share of Jira requests answers 429 (with Retry-After), 503, or never answers,
 * and a share of Forge storage requests answers 429 or 503.
 * Every panel call either succeeds (the app retried with backoff within its budget) or fails
 * cleanly with a typed error; none runs past Forge's 25 s. Afterwards, with Jira healthy again,
 * the next sweep catches Jira up: every incident's record, issue-property mirror, Jira priority
 * and timeline agree.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { createIssue, createTestSite, panelCalls } from '../support/test-site';
import { recordRow } from './ledger';

let site: Site;
beforeAll(() => {
  site = createTestSite();
});
afterAll(async () => {
  await site.close();
});
const { call, ok } = panelCalls(() => site);

const LEVELS = [
  ['high', 'high', 'Highest'],
  ['high', 'low', 'High'],
  ['low', 'low', 'Medium'],
] as const;

it('survives 429s, 503s and timeouts: clean failures only, and the next sweep makes record, mirror, priority and timeline agree', async () => {
  const incidents: StoredIssue[] = Array.from({ length: 8 }, (_, i) => createIssue(site, { summary: `Incident ${i}` }));
  site.faults.injectShares({ rateLimit: 0.15, retryAfterSeconds: 0, serverError: 0.1, timeout: 0.05 }, 20261122);
  site.faults.injectKvsShares({ rateLimit: 0.05, unavailable: 0.05 }, 7);
  let tried = 0;
  let succeeded = 0;
  const unclean: string[] = [];
  let slowest = 0;
  for (const [i, issue] of incidents.entries()) {
    const [impact, urgency] = LEVELS[i % LEVELS.length]!;
    for (const payload of [
      { category: 'malware', impact, urgency, reason: 'Triage' },
      { cia: { confidentiality: true, integrity: false, availability: true, authenticity: false } },
    ]) {
      for (let attempt = 0; attempt < 3; attempt++) {
        tried++;
        // Read from the site's state directly: the test's own storage reads must not meet the injected faults.
        const revision = (site.state.kvs[storageKeys.incident(issue.id)]?.value as IncidentRecord | undefined)?.revision ?? 0;
        const started = Date.now();
        const res = await call(issue, 'incident/update', { expectedRevision: revision, ...payload });
        slowest = Math.max(slowest, Date.now() - started);
        if (res.ok) {
          succeeded++;
          break;
        }
        if (!['RATE_LIMITED', 'PLATFORM_ERROR', 'CONFLICT'].includes(res.error.code)) unclean.push(`${issue.key}: ${res.error.code} ${res.error.message}`);
      }
    }
    tried++;
    const note = await call(issue, 'timeline/add', { kind: 'action', text: `Isolated host ${i}` });
    if (note.ok) succeeded++;
    else if (!['RATE_LIMITED', 'PLATFORM_ERROR'].includes(note.error.code)) unclean.push(`${issue.key}: ${note.error.code}`);
  }
  const injected = { ...site.faults.injected, kvs: site.faults.kvsInjected.rateLimit + site.faults.kvsInjected.unavailable };
  site.faults.injectKvsShares({});
  const markedBefore = (await kvs.query().where('key', WhereConditions.beginsWith('jira-behind:')).getMany()).results.length;
  // Jira is healthy again; the next sweep catches up what it missed.
  site.faults.injectShares({});
  await site.advanceTime(5 * 60_000);
  const behind = await kvs.query().where('key', WhereConditions.beginsWith('jira-behind:')).getMany();
  const disagreements: string[] = [];
  for (const [i, issue] of incidents.entries()) {
    const view = await ok<{
      indexInSync: boolean;
      incident: { priority: string | null; revision: number };
      response: { timeline: { entries: { kind: string }[] } };
    }>(issue, 'incident/get', {});
    const verify = await ok<{ firstBreak: unknown }>(issue, 'timeline/verify', {});
    const record = await kvs.get<IncidentRecord>(storageKeys.incident(issue.id));
    if (!view.indexInSync) disagreements.push(`${issue.key}: mirror behind the record`);
    if (verify.firstBreak !== null) disagreements.push(`${issue.key}: timeline chain broken`);
    if (record?.priority && site.issues.find(issue.key)!.fields.priority !== LEVELS[i % LEVELS.length]![2])
      disagreements.push(`${issue.key}: Jira priority ${site.issues.find(issue.key)!.fields.priority} for ${record.priority}`);
    const priorityEntries = view.response.timeline.entries.filter((e) => e.kind === 'priority').length;
    if ((record?.priority ? 1 : 0) !== priorityEntries)
      disagreements.push(`${issue.key}: ${priorityEntries} priority entries for a record with priority ${record?.priority}`);
  }
  recordRow(__filename, {
    area: 'faults',
    check: `Jira 429/503/timeouts (${injected.rateLimit}/${injected.serverError}/${injected.timeout}) and KVS 429/503 (${injected.kvs}) injected: ${succeeded} of ${tried} calls succeeded, rest failed cleanly; slowest ${Math.round(slowest / 100) / 10} s; ${markedBefore} caught up by the sweep`,
    tried,
    held: tried - unclean.length,
    lost: unclean.length + disagreements.length + behind.results.length,
  });
  expect(injected.rateLimit + injected.serverError + injected.timeout).toBeGreaterThan(10);
  expect(injected.kvs).toBeGreaterThan(10);
  expect(unclean).toEqual([]);
  expect(slowest).toBeLessThan(25_000);
  expect(behind.results).toEqual([]);
  expect(disagreements).toEqual([]);
}, 180_000);

it('when Jira stays busy after the change is stored, the panel says so, and the next sweep catches the mirror and priority up', async () => {
  const issue = createIssue(site, { summary: 'Mirror stays behind' });
  site.faults.busyFor(/\/properties\/incident-response$/, 1);
  const res = await ok<{ notes: string[]; incident: { priority: string } }>(issue, 'incident/update', {
    expectedRevision: 0,
    category: 'malware',
    impact: 'high',
    urgency: 'high',
    reason: 'Ransom note',
  });
  expect(res.incident.priority).toBe('Critical');
  expect(res.notes).toContain("Jira is busy: the change is saved; Jira's priority and the JQL index catch up within five minutes.");
  expect(await kvs.get(storageKeys.jiraBehind(issue.id))).toMatchObject({ issueKey: issue.key });
  expect((await ok<{ indexInSync: boolean }>(issue, 'incident/get', {})).indexInSync).toBe(false);
  await site.advanceTime(5 * 60_000);
  expect(await kvs.get(storageKeys.jiraBehind(issue.id))).toBeUndefined();
  expect((await ok<{ indexInSync: boolean }>(issue, 'incident/get', {})).indexInSync).toBe(true);
  expect(site.issues.find(issue.key)!.fields.priority).toBe('Highest');
  recordRow(__filename, { area: 'faults', check: 'Jira busy after the record is stored: flagged, caught up by the next sweep', tried: 1, held: 1, lost: 0 });
});
