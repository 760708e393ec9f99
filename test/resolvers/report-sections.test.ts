/**
 * Given two responders writing the same postmortem section, when the second saves over text the
 * first saved meanwhile, then nothing is overwritten: the save is refused with who wrote it, in
 * words; each save that happens is in the timeline (with the text's SHA-256); and of ten saves
 * started from the same revision at once, exactly one is kept.
 */
import { kvs } from '@forge/kvs';
import { sha256Hex } from '../../src/domain/timeline/entry-hash';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, ReportView } from '../../src/shared/resolver-contract';
import { createIssue, panelCalls, RILEY, SAM, sitePerTest } from '../support/test-site';

const site = sitePerTest();
const { call, ok } = panelCalls(site);
const rootCause = (r: ReportView) => r.document.sections.find((s) => s.id === 'root-cause')!;

describe('saving a postmortem section', () => {
  it("refuses a save based on an older revision, names who saved meanwhile, and keeps the colleague's text", async () => {
    const issue = createIssue(site());
    await site().events.drain();
    const opened = await ok<ReportView>(issue, 'postmortem/get', { kind: 'postmortem' });
    expect(rootCause(opened).revision).toBe(0);

    const riley = await ok<ReportView>(
      issue,
      'postmortem/save-section',
      { kind: 'postmortem', sectionId: 'root-cause', text: 'Riley: the VPN token expired.', expectedRevision: 0 },
      RILEY,
    );
    expect(rootCause(riley)).toMatchObject({ revision: 1, written: { text: 'Riley: the VPN token expired.', by: RILEY } });

    // Sam opened the section before Riley saved: his save is refused, Riley's text stays.
    const sam = await call(
      issue,
      'postmortem/save-section',
      { kind: 'postmortem', sectionId: 'root-cause', text: 'Sam: the firewall dropped it.', expectedRevision: 0 },
      SAM,
    );
    expect(sam).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const message = (sam as { error: { message: string } }).error.message;
    expect(message).toContain('Riley');
    expect(message).toContain('"Root cause (five whys)"');
    expect(message).not.toMatch(/acc-|\d{4}-\d{2}-\d{2}T/);
    expect(await kvs.get(storageKeys.reportSection(issue.id, 'postmortem', 'root-cause'))).toMatchObject({ text: 'Riley: the VPN token expired.', by: RILEY });

    // Having read Riley's text, Sam adds to it.
    const reloaded = await ok<ReportView>(issue, 'postmortem/get', { kind: 'postmortem' }, SAM);
    const both = 'Riley: the VPN token expired.\nSam: and the firewall dropped the renewal.';
    const saved = await ok<ReportView>(
      issue,
      'postmortem/save-section',
      { kind: 'postmortem', sectionId: 'root-cause', text: both, expectedRevision: rootCause(reloaded).revision },
      SAM,
    );
    expect(rootCause(saved)).toMatchObject({ revision: 2, written: { text: both, by: SAM } });

    // Both saves are in the timeline, by whom, with the SHA-256 of what was saved; the refused one is not.
    const entries = (await ok<IncidentView>(issue, 'incident/get', {})).response.timeline.entries.filter((e) => e.kind === 'report');
    expect(entries.map((e) => [e.text, e.by])).toEqual([
      ['Postmortem: "Root cause (five whys)" written.', RILEY],
      ['Postmortem: "Root cause (five whys)" rewritten.', SAM],
    ]);
    expect(entries[1]!.data).toMatchObject({ report: 'postmortem', section: 'root-cause', revision: 2, sha256: sha256Hex(both) });
  });

  it('of ten saves started from the same revision at once, exactly one is kept', async () => {
    const issue = createIssue(site());
    await site().events.drain();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call<ReportView>(
          issue,
          'postmortem/save-section',
          { kind: 'postmortem', sectionId: 'summary', text: `Writer ${i} summary.`, expectedRevision: 0 },
          i % 2 ? RILEY : SAM,
        ),
      ),
    );
    const kept = results.filter((r) => r.ok);
    expect(kept).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(9);
    const stored = await kvs.get<{ text: string; revision: number }>(storageKeys.reportSection(issue.id, 'postmortem', 'summary'));
    expect(stored!.revision).toBe(1);
    expect(kept[0]!.ok && kept[0]!.data.document.sections.find((s) => s.id === 'summary')!.written!.text).toBe(stored!.text);
  });

  it('refuses a save that does not say which revision it started from, and stores nothing', async () => {
    const issue = createIssue(site());
    await site().events.drain();
    const result = await call(issue, 'postmortem/save-section', { kind: 'postmortem', sectionId: 'root-cause', text: 'No revision given.' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await kvs.get(storageKeys.reportSection(issue.id, 'postmortem', 'root-cause'))).toBeUndefined();
  });
});
