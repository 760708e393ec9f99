/**
 * Concurrency: 50 parallel writers on one incident (timeline notes and evidence, the latter
 * retrying on CONFLICT as the panel does) lose nothing, and the timeline chain verifies.
 * Tampering: an issue editor rewriting the incident's issue property through the REST API
 * changes no clock and no record, the panel says the mirror is out of sync, and the next change
 * through the app rewrites it; an edited timeline entry is found by verify.
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { createIssue, createTestSite, panelCalls, RILEY, SAM } from '../support/test-site';
import { recordRow } from './ledger';

let site: Site;
beforeAll(() => {
  site = createTestSite();
});
afterAll(async () => {
  await site.close();
});
const { call, ok } = panelCalls(() => site);
type View = {
  incident: { revision: number };
  response: { evidence: unknown[] };
  sla: { clocks: { kind: string; dueAt: string | null }[] };
  indexInSync: boolean;
};

it('50 parallel writers on one incident lose nothing, and the chain verifies', async () => {
  const issue = createIssue(site);
  await ok(issue, 'incident/update', { expectedRevision: 0, category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom note' });
  const evidence = async (i: number) => {
    for (let attempt = 0; attempt < 60; attempt++) {
      const { incident } = await ok<View>(issue, 'incident/get', {});
      const res = await call(
        issue,
        'response/record',
        {
          expectedRevision: incident.revision,
          action: 'evidence',
          item: `Disk image ${i}`,
          sha256: 'b'.repeat(64),
          source: `Laptop ${i}`,
          collectedBy: 'Riley',
          collectedAt: '2026-11-20T10:00:00.000Z',
        },
        i % 2 ? RILEY : SAM,
      );
      if (res.ok) return true;
      if (res.error.code !== 'CONFLICT') return false;
    }
    return false;
  };
  const note = async (i: number) => (await call(issue, 'timeline/add', { kind: 'note', text: `Note ${i}` }, i % 2 ? RILEY : SAM)).ok;
  const results = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? evidence(i) : note(i))));
  const view = await ok<View>(issue, 'incident/get', {});
  const verify = await ok<{ checked: number; firstBreak: unknown }>(issue, 'timeline/verify', {});
  const texts = JSON.stringify(await ok(issue, 'timeline/export', { format: 'json' }));
  const lost = Array.from({ length: 50 }, (_, i) => i).filter((i) => (i % 2 ? !texts.includes(`Disk image ${i}`) : !texts.includes(`Note ${i}`))).length;
  recordRow(__filename, {
    area: 'concurrency',
    check: '50 parallel writers on one incident (notes and evidence); chain verifies',
    tried: 50,
    held: 50 - lost,
    lost: lost + (verify.firstBreak === null ? 0 : 1),
  });
  expect(results.every(Boolean)).toBe(true);
  expect(view.response.evidence).toHaveLength(25);
  expect(lost).toBe(0);
  expect(verify).toMatchObject({ firstBreak: null });
}, 120_000);

it('a rewritten issue property changes no clock or record; the next change through the app restores the mirror', async () => {
  const issue = createIssue(site);
  const before = await ok<View>(issue, 'incident/update', { expectedRevision: 0, category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom note' });
  const mirror = site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY];
  const forged = { ...(mirror as object), priority: 'Mild', slaDue: '2099-01-01T00:00:00.000Z', slaBreached: 'false', legalDue: null, triage: 'not-incident' };
  expect((await site.rest(SAM, 'PUT', `/rest/api/3/issue/${issue.key}/properties/${INCIDENT_PROPERTY_KEY}`, forged)).status).toBe(200);
  const tampered = await ok<View>(issue, 'incident/get', {});
  expect(tampered.indexInSync).toBe(false);
  // The same clocks with the same deadlines (time left has moved on by the milliseconds in between).
  expect(tampered.sla.clocks.map((c) => [c.kind, c.dueAt])).toEqual(before.sla.clocks.map((c) => [c.kind, c.dueAt]));
  expect(await kvs.get(storageKeys.incident(issue.id))).toMatchObject({ priority: 'Critical' });
  await ok(issue, 'timeline/add', { kind: 'note', text: 'Checked the backups' });
  await ok(issue, 'incident/update', {
    expectedRevision: tampered.incident.revision,
    cia: { confidentiality: false, integrity: true, availability: true, authenticity: false },
  });
  const restored = site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY] as Record<string, unknown>;
  expect(restored).toMatchObject({ priority: 'Critical', triage: (mirror as Record<string, unknown>).triage });
  expect((await ok<View>(issue, 'incident/get', {})).indexInSync).toBe(true);
  recordRow(__filename, { area: 'tampering', check: 'issue property rewritten over REST: clocks unchanged, flagged, restored', tried: 1, held: 1, lost: 0 });
});

it('an edited timeline entry is found by verify', async () => {
  const issue = createIssue(site);
  for (const text of ['Reported', 'Isolated', 'Reimaged']) await ok(issue, 'timeline/add', { kind: 'action', text });
  const key = storageKeys.timelineEntry(issue.id, 2);
  await kvs.set(key, { ...((await kvs.get(key)) as object), text: 'Nothing was done' });
  const verify = await ok<{ firstBreak: { seq: number; problem: string } | null }>(issue, 'timeline/verify', {});
  recordRow(__filename, {
    area: 'tampering',
    check: 'stored timeline entry edited: verify names it',
    tried: 1,
    held: verify.firstBreak?.seq === 2 ? 1 : 0,
    lost: verify.firstBreak?.seq === 2 ? 0 : 1,
  });
  expect(verify.firstBreak).toMatchObject({ seq: 2, problem: 'altered' });
});

it('an issue property edited to look not due does not silence an escalation: the sweep finds the incident in storage', async () => {
  const issue = createIssue(site);
  await ok(issue, 'incident/update', { expectedRevision: 0, category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom note' });
  const mirror = site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY] as Record<string, unknown>;
  // Hide it from the sweep's JQL: no next check, nothing due.
  await site.rest(SAM, 'PUT', `/rest/api/3/issue/${issue.key}/properties/${INCIDENT_PROPERTY_KEY}`, {
    ...mirror,
    nextCheck: null,
    slaDue: null,
  });
  const comments = () => site.issues.find(issue.key)!.comments.length;
  const before = comments();
  // Critical: contain within 4 h, warned at 75 % (3 h).
  await site.advanceTime(3 * 3_600_000 + 5 * 60_000);
  const warned = comments() > before;
  expect((site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY] as Record<string, unknown>).nextCheck).not.toBeNull();
  recordRow(__filename, {
    area: 'tampering',
    check: 'property edited to hide an incident from the sweep: still escalated, mirror restored',
    tried: 1,
    held: warned ? 1 : 0,
    lost: warned ? 0 : 1,
  });
  expect(warned).toBe(true);
}, 60_000);

it("a mirror edited on an incident with nothing due is restored by the sweep's patrol", async () => {
  const issue = createIssue(site);
  await ok(issue, 'incident/update', { expectedRevision: 0, category: 'phishing', impact: 'low', urgency: 'low', reason: 'One mail' });
  const mirror = site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY] as Record<string, unknown>;
  await site.rest(SAM, 'PUT', `/rest/api/3/issue/${issue.key}/properties/${INCIDENT_PROPERTY_KEY}`, {
    ...mirror,
    categoryTag: 'forged',
    priority: 'Critical',
    triage: 'not-incident',
  });
  // The patrol covers 100 records per sweep; this site has fewer, so one sweep reaches it.
  await site.advanceTime(5 * 60_000);
  await site.advanceTime(5 * 60_000);
  const restored = site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY] as Record<string, unknown>;
  const held = restored.categoryTag === mirror.categoryTag && restored.priority === mirror.priority;
  recordRow(__filename, {
    area: 'tampering',
    check: 'mirror edited on an incident with nothing due: restored by the sweep patrol',
    tried: 1,
    held: held ? 1 : 0,
    lost: held ? 0 : 1,
  });
  expect(restored).toMatchObject({ categoryTag: mirror.categoryTag, priority: mirror.priority, triage: mirror.triage });
}, 60_000);

it.each(['error', 'ignore'] as const)(
  'an incident deleted without its deletion event reaching the app stops no other escalation (an unknown id in JQL: %s)',
  async (reading) => {
    site.searchUnknownIssue = reading;
    const hideFromJql = async (issue: ReturnType<typeof createIssue>) => {
      const mirror = site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY] as Record<string, unknown>;
      await site.rest(SAM, 'PUT', `/rest/api/3/issue/${issue.key}/properties/${INCIDENT_PROPERTY_KEY}`, {
        ...mirror,
        nextCheck: null,
        slaDue: null,
      });
    };
    const [gone, kept] = [createIssue(site, { summary: 'Ransom note on the file server' }), createIssue(site, { summary: 'Ransom note on the backup server' })];
    for (const issue of [gone, kept]) {
      await ok(issue, 'incident/update', { expectedRevision: 0, category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom note' });
      // Both found by the sweep only through its queue in storage, so it asks Jira for them by id.
      await hideFromJql(issue);
    }
    // Deleted in Jira, and the deletion event never arrived (Forge delivers at least once, not always in time).
    delete site.state.issues[gone.id];
    const before = site.issues.find(kept.key)!.comments.length;
    await site.advanceTime(3 * 3_600_000 + 5 * 60_000);
    const warned = site.issues.find(kept.key)!.comments.length > before;
    recordRow(__filename, {
      area: 'tampering',
      check: `incident deleted while its event was lost: others still escalated (unknown id in JQL: ${reading})`,
      tried: 1,
      held: warned ? 1 : 0,
      lost: warned ? 0 : 1,
    });
    expect(warned).toBe(true);
  },
  60_000,
);
