/**
 * Given the local Jira site and the app's resolvers, when the panel opens an incident with its
 * timeline deferred (issue 32, felt speed), then incident/get answers after one round of platform
 * requests with the timeline's length and the blocks to read but no entries, and timeline/page reads
 * exactly the entries the full view would show; an event still in triage keeps its entries (an
 * alert's event pages on-call, known by its timeline); anything else in the payload is refused.
 */
import { kvs } from '@forge/kvs';
import { chainEntry, linkOf } from '../../src/domain/timeline/chain-entry';
import { type ChainLink, GENESIS_LINK, type TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, TimelinePageView } from '../../src/shared/resolver-contract';
import type { Site } from '../../sandbox/site';
import { seededMirrorKey } from '../../sandbox/seed/seed-mirror-key';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { createIssue, createTestSite, panelCalls, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const { call, ok } = panelCalls(() => site);

/** A confirmed incident whose timeline holds `count` entries (the confirmation's own, then notes written straight to storage). */
async function incidentWithTimeline(count: number): Promise<StoredIssue> {
  const issue = createIssue(site);
  await ok(issue, 'incident/triage', { expectedRevision: 0, action: 'confirm' });
  let link = ((await kvs.get(storageKeys.timelineHead(issue.id))) as ChainLink | undefined) ?? GENESIS_LINK;
  const entries: TimelineEntry[] = [];
  while (link.seq < count) {
    const e = chainEntry(
      issue.id,
      {
        kind: 'note',
        text: `Entry ${link.seq + 1}`,
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
  seededMirrorKey(site.state);
  return issue;
}

/** What the Response section shows first: the blocks after the page's `earlier`, up to its `block`. */
async function firstScreen(issue: StoredIssue, page: TimelinePageView): Promise<number[]> {
  const blocks = Array.from({ length: page.block - (page.earlier ?? -1) }, (_, i) => (page.earlier ?? -1) + 1 + i);
  const pages = await Promise.all(blocks.map((block) => ok<TimelinePageView>(issue, 'timeline/page', { block })));
  return pages.flatMap((p) => p.entries.map((e) => e.seq));
}

describe('incident/get with the timeline deferred', () => {
  it.each([
    [250, 'a newest block of 51 entries: that block alone'],
    [205, 'a newest block of 6 entries: the block before it too'],
    [40, 'one block'],
  ])('%i entries (%s): no entries and no storage query at open; the section reads what the full view shows', async (count) => {
    const issue = await incidentWithTimeline(count);
    const full = await ok<IncidentView>(issue, 'incident/get', {});
    site.functions.invocations.length = 0;
    const deferred = await ok<IncidentView>(issue, 'incident/get', { timeline: 'deferred' });
    // One round: the permissions, the issue and one storage batch; no timeline query.
    const requests = site.functions.invocations[0]!.requests;
    expect(requests.filter((r) => r.kind === 'kvs' && r.path.endsWith('/query'))).toHaveLength(0);
    expect(requests).toHaveLength(3);
    expect(deferred.response.timeline.entries).toEqual([]);
    expect(deferred.response.timelineLength).toBe(count);
    expect(full.response.timelineLength).toBe(count);
    expect(deferred.response.timeline.earlier).toBe(full.response.timeline.earlier);
    expect(await firstScreen(issue, deferred.response.timeline)).toEqual(full.response.timeline.entries.map((e) => e.seq));
    // Everything else the panel shows is the same (but the moment each answer was computed).
    const besidesTimeline = (v: IncidentView) =>
      JSON.parse(JSON.stringify({ ...v, response: { ...v.response, timeline: null } }, (k, x) => (k === 'asOf' ? null : x)));
    expect(besidesTimeline(deferred)).toEqual(besidesTimeline(full));
  });

  it('an empty timeline: nothing to read', async () => {
    const issue = createIssue(site);
    await ok(issue, 'incident/triage', { expectedRevision: 0, action: 'confirm' });
    await kvs.delete(storageKeys.timelineHead(issue.id));
    const deferred = await ok<IncidentView>(issue, 'incident/get', { timeline: 'deferred' });
    expect(deferred.response).toMatchObject({ timelineLength: 0, timeline: { block: 0, entries: [], earlier: null } });
  });

  it('an event still in triage keeps its entries: whether it pages on-call is read from them', async () => {
    const issue = createIssue(site);
    await ok(issue, 'timeline/add', { kind: 'note', text: 'Looked at the headers' });
    const deferred = await ok<IncidentView>(issue, 'incident/get', { timeline: 'deferred' });
    expect(deferred.incident.triage.state).toBe('event');
    expect(deferred.response.timeline.entries.map((e) => e.text)).toContain('Looked at the headers');
  });

  it.each([{ timeline: 'newest' }, { timeline: true }, { deferred: true }])('refuses %j with VALIDATION_FAILED', async (payload) => {
    const issue = createIssue(site);
    expect(await call(issue, 'incident/get', payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
