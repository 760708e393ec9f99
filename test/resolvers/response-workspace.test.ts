/**
 * Given the local Jira site and the app's resolvers, when responders run an incident from the
 * panel, then roles, phases, runbook ticks, evidence and quick-add entries land in the record and
 * in the hash-chained timeline; concurrent writers lose nothing; a long timeline pages; tampering
 * in storage is found by verify at the right entry; an exercise can be made from a resolved incident.
 */
import { createHash } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { chainEntry, linkOf } from '../../src/domain/timeline/chain-entry';
import { GENESIS_LINK, type TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, TimelineExportView, TimelinePageView, TimelineVerificationView } from '../../src/shared/resolver-contract';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import { seededMirrorKey } from '../../sandbox/seed/seed-mirror-key';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { CASEY, createIssue, createTestSite, MORGAN, OSCAR, RILEY, SAM, panelCalls } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const { call, ok } = panelCalls(() => site);
const view = (issue: StoredIssue) => ok<IncidentView>(issue, 'incident/get', {});
const verify = (issue: StoredIssue) => ok<TimelineVerificationView>(issue, 'timeline/verify', {});
const stored = async (issue: StoredIssue) => (await kvs.get(storageKeys.incident(issue.id))) as IncidentRecord | undefined;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

describe('timeline', () => {
  it('50 concurrent writers on one incident: no entry lost, numbers 1..50 without gaps, the chain verifies', async () => {
    const issue = createIssue(site);
    const writers = Array.from({ length: 50 }, (_, i) =>
      call<TimelinePageView>(issue, 'timeline/add', { kind: 'action', text: `Writer ${i} did step ${i}` }, i % 2 ? RILEY : SAM),
    );
    const results = await Promise.all(writers);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const entries = (await view(issue)).response.timeline.entries;
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.text))).toEqual(new Set(Array.from({ length: 50 }, (_, i) => `Writer ${i} did step ${i}`)));
    expect(await verify(issue)).toMatchObject({ checked: 50, firstBreak: null });
  });

  it('a backfilled entry keeps "happened at" apart from "recorded at"; a correction points at what it corrects', async () => {
    const issue = createIssue(site);
    const happened = minutesAgo(90);
    await ok(issue, 'timeline/add', { kind: 'communication', text: 'Told the CISO by phone', happenedAt: happened });
    const page = await ok<TimelinePageView>(issue, 'timeline/add', { kind: 'note', text: 'It was the deputy CISO, not the CISO', corrects: 1 });
    expect(page.entries[0]).toMatchObject({ seq: 1, kind: 'communication', happenedAt: happened, by: RILEY });
    expect(Date.parse(page.entries[0]!.recordedAt) - Date.parse(happened)).toBeGreaterThanOrEqual(90 * 60_000 - 1000);
    expect(page.entries[1]).toMatchObject({ seq: 2, corrects: 1, prevHash: page.entries[0]!.hash });
    expect(await call(issue, 'timeline/add', { kind: 'note', text: 'x', corrects: 7 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { corrects: 'Entry #7 does not exist.' } },
    });
  });

  it('refuses bad input with a typed error and stores nothing', async () => {
    const issue = createIssue(site);
    for (const payload of [
      { kind: 'gossip', text: 'x' },
      { kind: 'note', text: '' },
      { kind: 'note', text: 'x'.repeat(4001) },
      { kind: 'note', text: 'x', happenedAt: 'yesterday' },
      { kind: 'note', text: 'x', happenedAt: new Date(Date.now() + 3_600_000).toISOString() },
      { kind: 'note', text: 'x', issueKey: 'SEC-2' },
    ]) {
      expect(await call(issue, 'timeline/add', payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
    expect((await view(issue)).response.timeline.entries).toEqual([]);
    expect(await kvs.get(storageKeys.timelineHead(issue.id))).toBeUndefined();
  });

  it('only people who may edit the issue write to it; people who can see it may verify and export', async () => {
    const issue = createIssue(site);
    await ok(issue, 'timeline/add', { kind: 'note', text: 'First' });
    expect(await call(issue, 'timeline/add', { kind: 'note', text: 'Manager note' }, MORGAN)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await verify(issue)).toMatchObject({ checked: 1, firstBreak: null });
    expect(await call(issue, 'timeline/verify', {}, MORGAN)).toMatchObject({ ok: true });
    await expect(call(issue, 'timeline/verify', {}, CASEY)).rejects.toThrow('does not allow unlicensed access');
  });

  it('a timeline of 5,000 entries opens with one invoke showing the newest entries; earlier blocks load 100 at a time; verify walks them all', async () => {
    const issue = createIssue(site);
    let link = GENESIS_LINK;
    const entries: TimelineEntry[] = [];
    for (let i = 0; i < 5000; i++) {
      const e = chainEntry(
        issue.id,
        {
          kind: 'note',
          text: `Entry ${i + 1}`,
          happenedAt: '2026-11-22T09:00:00.000Z',
          recordedAt: '2026-11-22T09:00:00.000Z',
          by: RILEY,
          corrects: null,
          data: null,
        },
        link,
      );
      entries.push(e);
      link = linkOf(e);
    }
    for (let i = 0; i < entries.length; i += 25)
      await kvs.batchSet(entries.slice(i, i + 25).map((e) => ({ key: storageKeys.timelineEntry(issue.id, e.seq), value: e })));
    await kvs.set(storageKeys.timelineHead(issue.id), link);

    // Jira shows the panel on incidents only, so the app's mirror key exists by then (made once per installation).
    seededMirrorKey(site.state);
    site.functions.invocations.length = 0;
    const first = (await view(issue)).response.timeline;
    expect(site.functions.invocations).toHaveLength(1);
    // Block 50 holds only #5000, so the first screen shows the block before it too.
    expect(first.entries.map((e) => e.seq)).toEqual(Array.from({ length: 101 }, (_, i) => 4900 + i));
    expect(first.earlier).toBe(48);
    // Two storage queries of at most 100 (the emulated KVS refuses more), beside the permissions, the issue and one batch read.
    const requests = site.functions.invocations[0]!.requests;
    expect(requests.filter((r) => r.kind === 'kvs' && r.path.endsWith('/query'))).toHaveLength(2);
    expect(requests).toHaveLength(5);
    const earlier = await ok<TimelinePageView>(issue, 'timeline/page', { block: 48 });
    expect(earlier.entries.map((e) => e.seq)).toEqual(Array.from({ length: 100 }, (_, i) => 4800 + i));
    expect(earlier.earlier).toBe(47);
    expect((await ok<TimelinePageView>(issue, 'timeline/page', { block: 0 })).entries).toHaveLength(99);
    expect(await verify(issue)).toMatchObject({ checked: 5000, firstBreak: null });
    // 5,000 is as many as people may add: the next note is refused with what to do, and nothing is written.
    expect(await call(issue, 'timeline/add', { kind: 'note', text: 'After 5,000' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining("This incident's timeline is full: it holds 5,000 entries") },
    });
    expect(await kvs.get(storageKeys.timelineEntry(issue.id, 5001))).toBeUndefined();
  });

  it('tampering with stored entries is found by verify at the right entry', async () => {
    const issue = createIssue(site);
    for (const text of ['Reported', 'Isolated', 'Reimaged', 'Closed']) await ok(issue, 'timeline/add', { kind: 'action', text });
    const key = storageKeys.timelineEntry(issue.id, 3);
    const original = (await kvs.get(key)) as TimelineEntry;
    await kvs.set(key, { ...original, text: 'Nothing was done' });
    expect(await verify(issue)).toMatchObject({
      checked: 3,
      firstBreak: { seq: 3, problem: 'altered' },
      summary: 'Broken: entry #3 was changed after it was written (its content no longer matches its hash). Entries before it verify.',
    });
    await kvs.set(key, original);
    await kvs.delete(storageKeys.timelineEntry(issue.id, 2));
    expect(await verify(issue)).toMatchObject({ firstBreak: { seq: 3, problem: 'missing-before' } });
    // Deleting the newest entry is found through the head the app wrote after it.
    const restored = createIssue(site);
    for (const text of ['a', 'b']) await ok(restored, 'timeline/add', { kind: 'note', text });
    await kvs.delete(storageKeys.timelineEntry(restored.id, 2));
    expect(await verify(restored)).toMatchObject({ firstBreak: { seq: 2, problem: 'truncated' } });
  });

  it('exports JSON that recomputes, and Markdown with names and escaped text, both with the verification', async () => {
    const issue = createIssue(site);
    await ok(issue, 'timeline/add', { kind: 'decision', text: 'Block [evil](http://x) | now' });
    const asJson = await ok<TimelineExportView>(issue, 'timeline/export', { format: 'json' });
    expect(asJson).toMatchObject({
      mediaType: 'application/json',
      filename: expect.stringMatching(new RegExp(`^${issue.key}-timeline-.*\\.json$`)),
      verification: { checked: 1, firstBreak: null },
    });
    const doc = JSON.parse(asJson.content) as { entries: TimelineEntry[]; verification: { summary: string } };
    expect(doc.entries[0]).toMatchObject({ seq: 1, issueId: issue.id, text: 'Block [evil](http://x) | now' });
    expect(doc.verification.summary).toBe('Intact: all 1 entries match their hashes and each links to the one before.');
    const asMd = await ok<TimelineExportView>(issue, 'timeline/export', { format: 'markdown' });
    expect(asMd.content).toContain('| Decision | Riley Responder | Block \\[evil\\]\\(http://x\\) \\| now |');
    expect(asMd.content).toContain('Integrity: Intact');
  });
});

describe('response/record', () => {
  it('assigns a commander who can see the incident; refuses a portal customer and an unknown account; logs every change', async () => {
    const issue = createIssue(site, { securityLevelId: '10100' });
    let v = await ok<IncidentView>(issue, 'response/record', { expectedRevision: 0, action: 'role', role: 'commander', accountId: SAM });
    expect(v.response.roles.find((r) => r.role === 'commander')).toMatchObject({ label: 'Incident commander', accountId: SAM, by: RILEY });
    for (const accountId of [CASEY, OSCAR, 'acc-nobody']) {
      expect(await call(issue, 'response/record', { expectedRevision: 1, action: 'role', role: 'scribe', accountId })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', fields: { accountId: 'Choose someone who can browse this issue.' } },
      });
    }
    v = await ok<IncidentView>(issue, 'response/record', { expectedRevision: 1, action: 'role', role: 'commander', accountId: null });
    expect(v.response.timeline.entries.map((e) => [e.kind, e.text, e.data])).toEqual([
      ['role', 'Incident commander assigned', { role: 'commander', from: null, to: SAM }],
      ['role', 'Incident commander unassigned', { role: 'commander', from: SAM, to: null }],
    ]);
    expect(await call(issue, 'response/record', { expectedRevision: 0, action: 'role', role: 'scribe', accountId: SAM })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('phase changes are timestamped facts: containment ends when eradication begins, and the contain clock stops then', async () => {
    const issue = createIssue(site);
    await ok(issue, 'incident/update', { expectedRevision: 0, impact: 'high', urgency: 'high', reason: 'Ransomware' });
    await site.advanceTime(60 * 60_000);
    const erad = minutesAgo(1);
    await ok(issue, 'response/record', { expectedRevision: 1, action: 'phase', phase: 'containment', at: minutesAgo(2) });
    const v = await ok<IncidentView>(issue, 'response/record', {
      expectedRevision: 2,
      action: 'phase',
      phase: 'eradication-recovery',
      at: erad,
      reason: 'Hosts isolated',
    });
    expect(v.response.phase).toBe('eradication-recovery');
    expect(v.sla.clocks.find((c) => c.kind === 'contain')).toMatchObject({ state: 'met', stoppedAt: erad });
    expect(v.sla.clocks.find((c) => c.kind === 'resolve')).toMatchObject({ state: 'running' });
    expect(site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({ phase: 'eradication-recovery' });
    const done = await ok<IncidentView>(issue, 'response/record', {
      expectedRevision: 3,
      action: 'phase',
      phase: 'post-incident',
      at: new Date().toISOString(),
    });
    expect(done.sla.clocks.find((c) => c.kind === 'resolve')).toMatchObject({ state: 'met' });
    expect(done.response.timeline.entries.map((e) => e.kind)).toEqual(['priority', 'phase', 'phase', 'phase']);
  });

  it('runbook ticks by category go to the timeline with who and when', async () => {
    const issue = createIssue(site);
    await ok(issue, 'incident/update', { expectedRevision: 0, category: 'phishing', reason: 'Fake login page' });
    const before = await view(issue);
    expect(before.response.runbook).toMatchObject({ id: 'phishing', title: 'Phishing' });
    const step = before.response.runbook!.steps[2]!;
    const v = await ok<IncidentView>(
      issue,
      'response/record',
      { expectedRevision: 1, action: 'tick', runbookId: 'phishing', stepId: step.id, done: true },
      SAM,
    );
    expect(v.response.runbook!.steps[2]).toMatchObject({ done: true, by: SAM });
    expect(v.response.timeline.entries.at(-1)).toMatchObject({ kind: 'runbook', by: SAM, text: `Done: ${step.text}` });
  });

  it('evidence: pasted text is hashed by the app; custody hand-offs are recorded in the register and the chain', async () => {
    const issue = createIssue(site);
    const headers = 'Received: from mail.evil.example (203.0.113.7)';
    let v = await ok<IncidentView>(issue, 'response/record', {
      expectedRevision: 0,
      action: 'evidence',
      item: 'Phishing mail headers',
      content: headers,
      source: "Casey's mailbox",
      collectedBy: 'Riley Responder',
      collectedAt: minutesAgo(30),
    });
    const item = v.response.evidence[0]!;
    expect(item).toMatchObject({ id: 'ev-1', sha256: createHash('sha256').update(headers).digest('hex'), hashSource: 'computed', holder: 'Riley Responder' });
    v = await ok<IncidentView>(issue, 'response/record', {
      expectedRevision: 1,
      action: 'custody',
      evidenceId: 'ev-1',
      from: 'Riley Responder',
      to: 'Evidence locker 2',
      at: minutesAgo(10),
      why: 'Kept for the police',
    });
    expect(v.response.evidence[0]).toMatchObject({
      holder: 'Evidence locker 2',
      custody: [{ from: 'Riley Responder', to: 'Evidence locker 2', why: 'Kept for the police', recordedBy: RILEY }],
    });
    expect(v.response.timeline.entries.map((e) => e.kind)).toEqual(['evidence', 'custody']);
    expect(v.response.timeline.entries[0]!.data).toMatchObject({ evidenceId: 'ev-1', sha256: item.sha256, hashSource: 'computed' });
    const refused = await call(issue, 'response/record', {
      expectedRevision: 2,
      action: 'evidence',
      item: 'Disk image',
      sha256: 'not-a-hash',
      source: 'Laptop',
      collectedBy: 'Riley',
      collectedAt: minutesAgo(5),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { sha256: 'A SHA-256 is 64 hexadecimal digits.' } } });
    expect((await stored(issue))!.response!.evidence).toHaveLength(1);
  });

  it('shows whom to involve for the category and priority, with the time they must be told by', async () => {
    const { defaultAppConfig } = await import('../../src/domain/config/default-config');
    const config = defaultAppConfig();
    config.response.contacts = [
      {
        id: 'dpo',
        name: 'Dana Privacy',
        role: 'Data protection officer',
        channel: '#privacy',
        emergency: '+49 30 1234',
        categories: ['data-exposure'],
        levels: [],
        tellWithinMinutes: 60,
        lawEnforcement: false,
      },
      {
        id: 'pr',
        name: 'Pat Press',
        role: 'Press office',
        channel: 'press@example.com',
        emergency: '',
        categories: ['denial-of-service'],
        levels: [],
        tellWithinMinutes: null,
        lawEnforcement: false,
      },
    ];
    await kvs.set(storageKeys.config(), config);
    const issue = createIssue(site);
    const v = await ok<IncidentView>(issue, 'incident/update', { expectedRevision: 0, category: 'data-exposure', reason: 'Wrong recipient' });
    expect(v.response.contactsConfigured).toBe(true);
    expect(v.response.contacts).toEqual([
      {
        id: 'dpo',
        name: 'Dana Privacy',
        role: 'Data protection officer',
        channel: '#privacy',
        emergency: '+49 30 1234',
        tellBy: new Date(Date.parse(v.incident.reportedAt) + 3_600_000).toISOString(),
      },
    ]);
  });
});

describe('exercise/create', () => {
  it("copies a resolved incident's category, runbook and timeline outline into a new exercise issue", async () => {
    const issue = createIssue(site);
    await ok(issue, 'incident/update', { expectedRevision: 0, category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom note' });
    await ok(issue, 'timeline/add', { kind: 'action', text: 'Isolated the file server' });
    expect(await call(issue, 'exercise/create', { kind: 'tabletop' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    await ok(issue, 'response/record', { expectedRevision: 1, action: 'phase', phase: 'post-incident', at: new Date().toISOString() });
    expect((await view(issue)).response.canStartExercise).toBe(true);
    const { key } = await ok<{ key: string }>(issue, 'exercise/create', { kind: 'tabletop' });
    await site.events.drain();
    const exercise = site.issues.find(key)!;
    expect(exercise.fields.summary).toBe('[Exercise] VPN drops every few minutes');
    expect(JSON.stringify(exercise.fields.description)).toContain('action: Isolated the file server');
    const v = await view(exercise);
    expect(v.incident).toMatchObject({ exercise: true, category: 'malware', priority: v.incident.priority, triage: { state: 'incident' } });
    expect(v.response).toMatchObject({ exerciseOf: { issueKey: issue.key, kind: 'tabletop' }, runbook: { id: 'malware' }, canStartExercise: false });
    expect(v.response.timeline.entries[0]).toMatchObject({ kind: 'exercise', text: `Tabletop exercise created from ${issue.key}, with 3 outline steps` });
    expect(exercise.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({ exercise: 'true' });
    expect((await view(issue)).response.timeline.entries.at(-1)).toMatchObject({ kind: 'exercise', text: `Exercise ${key} created from this incident` });
  });
});
