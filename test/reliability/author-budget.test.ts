/**
 * One user cannot fill an incident (issue 29, item 5). Given the local Jira site and the app's
 * resolvers, when someone who may edit the issue but holds no role on it writes as much as they
 * can, then they are stopped by their own budget with a message in words and nothing stored, while
 * the incident's responders still add notes, and legal facts still fit in the room kept for them.
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { OTHERS_TIMELINE_CEILING, RECORD_CEILING, TIMELINE_BUDGET } from '../../src/domain/incident/author-budget';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { MAX_RECORD_BYTES, recordBytes } from '../../src/domain/incident/record-size';
import { chainEntry, linkOf } from '../../src/domain/timeline/chain-entry';
import type { TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, TimelinePageView, TimelineVerificationView } from '../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../src/shared/resolver-contract';
import { ALEX, CASEY, createIssue, createTestSite, OSCAR, panelCalls, RILEY, SAM } from '../support/test-site';
import { recordRow } from './ledger';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const { call, ok } = panelCalls(() => site);
const stored = async (issue: StoredIssue) => (await kvs.get<IncidentRecord>(storageKeys.incident(issue.id)))!;
const revisionOf = async (issue: StoredIssue) => (await ok<IncidentView>(issue, 'incident/get', {})).incident.revision;
const entriesOf = async (issue: StoredIssue) => (await ok<TimelineVerificationView>(issue, 'timeline/verify', {})).checked;

/** SAM, who may edit but holds no role, makes RILEY the commander: RILEY is then one of the incident's responders. */
async function withCommander(issue: StoredIssue) {
  await ok(issue, 'response/record', { expectedRevision: await revisionOf(issue), action: 'role', role: 'commander', accountId: RILEY }, SAM);
}

describe("one person's budget of entries", () => {
  it('someone without a role adds 100 entries, however many they send at once; the rest are refused in words and nothing is stored; responders still write', async () => {
    const issue = createIssue(site);
    await withCommander(issue);
    const sent = TIMELINE_BUDGET.other + 10;
    const results = await Promise.all(
      Array.from({ length: sent }, (_, i) => call<TimelinePageView>(issue, 'timeline/add', { kind: 'note', text: `Filler ${i}` }, ALEX)),
    );
    const accepted = results.filter((r) => r.ok).length;
    const refused = results.filter((r) => !r.ok);
    expect(accepted).toBe(TIMELINE_BUDGET.other);
    for (const r of refused)
      expect(r).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          message: expect.stringMatching(/^You have added 100 entries to this incident, the most someone without a role on it may add\./),
        },
      });
    expect(refused[0]!.ok || refused[0]!.error.message).toContain('Nothing was saved.');
    // The role entry and ALEX's 100: nothing of the refused ten reached the timeline, and the chain verifies.
    expect(await ok<TimelineVerificationView>(issue, 'timeline/verify', {})).toMatchObject({ checked: 1 + TIMELINE_BUDGET.other, firstBreak: null });
    // The commander and the incident's other editors are not held up by ALEX.
    expect(await call(issue, 'timeline/add', { kind: 'note', text: 'Isolated the laptop' }, RILEY)).toMatchObject({ ok: true });
    expect(await call(issue, 'timeline/add', { kind: 'note', text: 'Called the user' }, SAM)).toMatchObject({ ok: true });
    // Response changes and incident edits by ALEX count against the same budget; nothing of them is stored.
    const revision = await revisionOf(issue);
    const spent = { ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(/^You have added 100 entries to this incident/) } };
    expect(
      await call(issue, 'response/record', { expectedRevision: revision, action: 'phase', phase: 'containment', at: site.clock.nowIso() }, ALEX),
    ).toMatchObject(spent);
    expect(await call(issue, 'incident/update', { expectedRevision: revision, category: 'malware', reason: 'Filler' }, ALEX)).toMatchObject(spent);
    expect(await revisionOf(issue)).toBe(revision);
    // Read as the other kinds of user: an outsider who can only look, and a portal customer, write nothing at all.
    expect(await call(issue, 'timeline/add', { kind: 'note', text: 'x' }, OSCAR)).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) },
    });
    await expect(call(issue, 'timeline/add', { kind: 'note', text: 'x' }, CASEY)).rejects.toThrow('does not allow unlicensed access');
    expect(await entriesOf(issue)).toBe(3 + TIMELINE_BUDGET.other);
    recordRow(__filename, {
      area: 'limits',
      check: `one person without a role: ${sent} entries sent at once, ${accepted} kept (budget ${TIMELINE_BUDGET.other}), responders still write`,
      tried: sent,
      executed: sent,
      held: accepted === TIMELINE_BUDGET.other && refused.length === sent - accepted ? sent : 0,
      lost: accepted === TIMELINE_BUDGET.other ? 0 : 1,
    });
  }, 120_000);

  it(`the last entries of a timeline (past ${OTHERS_TIMELINE_CEILING.toLocaleString('en')}) are kept for responders`, async () => {
    const issue = createIssue(site);
    await withCommander(issue);
    // Entries 2..4,000 written straight to storage, chained after the role entry (as many writers would have).
    let link = linkOf((await kvs.get<TimelineEntry>(storageKeys.timelineEntry(issue.id, 1)))!);
    const entries: TimelineEntry[] = [];
    for (let seq = 2; seq <= OTHERS_TIMELINE_CEILING; seq++) {
      const draft = {
        kind: 'note' as const,
        text: `Entry ${seq}`,
        happenedAt: site.clock.nowIso(),
        recordedAt: site.clock.nowIso(),
        by: SAM,
        corrects: null,
        data: null,
      };
      const entry = chainEntry(issue.id, draft, link);
      entries.push(entry);
      link = linkOf(entry);
    }
    for (let i = 0; i < entries.length; i += 25)
      await kvs.batchSet(entries.slice(i, i + 25).map((e) => ({ key: storageKeys.timelineEntry(issue.id, e.seq), value: e })));
    await kvs.set(storageKeys.timelineHead(issue.id), link);

    const refused = await call(issue, 'timeline/add', { kind: 'note', text: 'One more' }, SAM);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/^This timeline holds 4,000 entries; the room left is kept for the incident's responders\./),
      },
    });
    expect(await kvs.get(storageKeys.timelineEntry(issue.id, OTHERS_TIMELINE_CEILING + 1))).toBeUndefined();
    expect(await call(issue, 'timeline/add', { kind: 'note', text: 'Commander: reimaged the laptop' }, RILEY)).toMatchObject({ ok: true });
    expect((await kvs.get<TimelineEntry>(storageKeys.timelineEntry(issue.id, OTHERS_TIMELINE_CEILING + 1)))!).toMatchObject({ by: RILEY });
    recordRow(__filename, {
      area: 'limits',
      check: 'timeline past 4,000 entries: someone without a role refused, the commander writes',
      tried: 2,
      executed: 2,
      held: 2,
      lost: 0,
    });
  }, 120_000);
});

describe('the record', () => {
  it('someone without a role fills at most 120 KiB of it; responders 160 KiB; legal facts of responders use the rest', async () => {
    const issue = createIssue(site);
    await withCommander(issue);
    const evidence = (n: number) => ({
      action: 'evidence',
      item: `${n}`.padEnd(TEXT_LIMITS.evidenceItem, 'i'),
      sha256: 'a'.repeat(64),
      source: 's'.repeat(TEXT_LIMITS.recipient),
      collectedBy: 'c'.repeat(TEXT_LIMITS.recipient),
      collectedAt: site.clock.nowIso(),
    });
    /** Writes evidence as `actor` until refused; returns the refusal and how many were kept. */
    const fill = async (actor: string) => {
      for (let n = 0; n < 200; n++) {
        const revision = await revisionOf(issue);
        const res = await call(issue, 'response/record', { expectedRevision: revision, ...evidence(n) }, actor);
        if (!res.ok) return { refusal: res.error, kept: n, revision };
      }
      throw new Error(`${actor} was never refused`);
    };
    const filler = await fill(SAM);
    expect(filler.refusal).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(
        /^This incident's record is full for this change \(\d+ KiB of 120 KiB; the rest of its 200 KiB is kept for the incident's responders and their legal facts\)/,
      ),
    });
    expect(filler.refusal.message).toContain('Nothing was saved.');
    expect((await stored(issue)).revision).toBe(filler.revision);
    expect(recordBytes(await stored(issue))).toBeLessThanOrEqual(RECORD_CEILING.other);
    // SAM's legal facts do not reach the reserve either.
    const answers = { personalData: 'yes', risk: 'risk', residences: ['EU'], residencesComplete: true, dataTypes: {}, affected: {} };
    const withAnswers = { expectedRevision: filler.revision, action: 'answer', answers: { ...answers, residences: ['EU', 'US'] } };
    expect(await call(issue, 'legal/record', withAnswers, SAM)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });

    // The commander still works the incident, up to 160 KiB.
    const commander = await fill(RILEY);
    expect(commander.kept).toBeGreaterThan(0);
    expect(commander.refusal.message).toMatch(
      /^This incident's record is full for this change \(\d+ KiB of 160 KiB; the rest of its 200 KiB is kept for legal facts\)/,
    );
    const before = recordBytes(await stored(issue));
    expect(before).toBeGreaterThan(RECORD_CEILING.other);
    // ...and records the legal facts in the room kept for them.
    const legal = await call<IncidentView>(issue, 'legal/record', { expectedRevision: commander.revision, action: 'answer', answers }, RILEY);
    expect(legal).toMatchObject({ ok: true });
    const after = await stored(issue);
    expect(after.revision).toBe(commander.revision + 1);
    expect(recordBytes(after)).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    recordRow(__filename, {
      area: 'limits',
      check: `record: no role stopped at ${Math.round(RECORD_CEILING.other / 1024)} KiB after ${filler.kept} writes, commander at ${Math.round(before / 1024)} KiB, legal fact still fits`,
      tried: filler.kept + commander.kept + 4,
      executed: filler.kept + commander.kept + 4,
      held: filler.kept + commander.kept + 4,
      lost: 0,
    });
  }, 180_000);
});
