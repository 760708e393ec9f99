/**
 * incident/declare: any issue someone can edit becomes an incident on purpose, with a reason in its
 * timeline; refused with a clear, typed error (and nothing stored) when the site is not set up, the
 * issue is one already, the reason is missing, or the person may not edit the issue.
 */
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { ALREADY_AN_INCIDENT } from '../../src/usecases/declare-incident';
import { NOT_SET_UP_MESSAGE } from '../../src/usecases/current-record';
import { ALEX, createTestSite, invokePanel, MORGAN } from '../support/test-site';

const PAT = 'acc-pat-developer';
let site: Site;
afterEach(async () => {
  await site.close();
});

const webBug = (s: Site): StoredIssue => s.issues.all().find((i) => i.key.startsWith('WEB-') && i.fields.issuetype === 'Bug')!;
const declare = (issue: StoredIssue, reason: unknown, who = PAT) => invokePanel(site, issue, 'incident/declare', { reason }, who);
const stored = (issue: StoredIssue) =>
  site.state.kvs[storageKeys.incident(issue.id)]?.value as { triage: { state: string; by: string; reason: string } } | undefined;

describe('incident/declare', () => {
  it("makes another team's bug an incident: record confirmed by the declarer, indexed, with the reason first in its timeline", async () => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    const { result } = await declare(bug, '  Card numbers in the checkout logs ');
    expect(result).toMatchObject({
      ok: true,
      data: { issue: { key: bug.key }, incident: { triage: { state: 'incident', reason: 'Card numbers in the checkout logs' } } },
    });
    expect(stored(bug)).toMatchObject({ triage: { state: 'incident', by: PAT, reason: 'Card numbers in the checkout logs' } });
    expect(site.issues.find(bug.key)!.properties['incident-response']).toMatchObject({ triage: 'incident' });
    const timeline = (result as { data: { response: { timeline: { entries: { text: string; by: string }[] } } } }).data.response.timeline.entries;
    expect(timeline.map((e) => [e.text, e.by])).toEqual([['Declared an incident (Card numbers in the checkout logs)', PAT]]);
    // From now on it is an incident like any other: the panel reads it.
    expect((await invokePanel(site, bug, 'incident/get', {}, PAT)).result).toMatchObject({ ok: true });
  });

  it.each([
    ['an empty reason', '   ', 'VALIDATION_FAILED'],
    ['a reason of zero-width and invisible characters only', '\u200B\u200C\u200D\u2060\uFEFF\u200E', 'VALIDATION_FAILED'],
    ['no reason', undefined, 'VALIDATION_FAILED'],
    ['a reason of 501 characters', 'x'.repeat(501), 'VALIDATION_FAILED'],
  ])('refuses %s and stores nothing', async (_name, reason, code) => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    const { result } = await declare(bug, reason);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(stored(bug)).toBeUndefined();
    expect(site.issues.find(bug.key)!.properties['incident-response']).toBeUndefined();
  });

  it('refuses someone who may only browse the issue, and nothing is stored', async () => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    const { result } = await declare(bug, 'Looks like an attack', MORGAN);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(stored(bug)).toBeUndefined();
  });

  it('says an incident is one already, and leaves it as it was', async () => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    await declare(bug, 'First');
    const before = JSON.stringify(stored(bug));
    expect((await declare(bug, 'Second', ALEX)).result).toEqual({ ok: false, error: { code: 'CONFLICT', message: ALREADY_AN_INCIDENT } });
    expect(JSON.stringify(stored(bug))).toBe(before);
  });

  it('makes one record when two people declare at once', async () => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    const results = await Promise.all([declare(bug, 'From Pat'), declare(bug, 'From Alex', ALEX)]);
    const oks = results.filter((r) => (r.result as { ok: boolean }).ok);
    expect(oks).toHaveLength(1);
    expect(results.map((r) => (r.result as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
  });

  it('declares nothing on a site that is not set up, and says where to set it up', async () => {
    site = createTestSite(0, { busy: true, freshInstall: true });
    const bug = webBug(site);
    expect((await declare(bug, 'Looks bad')).result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: NOT_SET_UP_MESSAGE } });
    expect(stored(bug)).toBeUndefined();
  });
});
