/**
 * Given a site with 15 active responders, when a document names them all, then every name comes from
 * Jira: user/bulk answers 10 people a page by default, and the app asks for full pages and follows
 * them (on the local site as on Jira). Also: the search/jql last page ends with a null token or none,
 * and the statistics gadget's table says "more" only when there is a next page, under both readings.
 */
import { kvs } from '@forge/kvs';
import { ON_CALL_ROTA } from '../../sandbox/state/directory';
import { chainEntry, linkOf } from '../../src/domain/timeline/chain-entry';
import { GENESIS_LINK, type TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { ALEX, createIssue, createTestSite, invokeGadget, json, panelCalls, RILEY, SAM, sitePerTest } from '../support/test-site';

const current = sitePerTest();
const { ok } = panelCalls(current);

const RESPONDERS = [RILEY, SAM, ALEX, ...ON_CALL_ROTA.map((u) => u.accountId)];

async function writeTimeline(issueId: string, authors: string[]): Promise<void> {
  let link = GENESIS_LINK;
  const entries: TimelineEntry[] = authors.map((by, i) => {
    const e = chainEntry(
      issueId,
      {
        kind: 'note',
        text: `Checked system ${i + 1}`,
        happenedAt: '2026-11-22T09:00:00.000Z',
        recordedAt: '2026-11-22T09:00:00.000Z',
        by,
        corrects: null,
        data: null,
      },
      link,
    );
    link = linkOf(e);
    return e;
  });
  await kvs.batchSet(entries.map((e) => ({ key: storageKeys.timelineEntry(issueId, e.seq), value: e })));
  await kvs.set(storageKeys.timelineHead(issueId), link);
}

describe('15 responders, and Jira answering 10 people a page', () => {
  it('the local site pages user/bulk as Jira does: 10 by default, startAt and isLast', async () => {
    const site = current();
    const query = RESPONDERS.map((id) => `accountId=${id}`).join('&');
    const first = await json(await site.rest(RILEY, 'GET', `/rest/api/3/user/bulk?${query}`));
    expect(first).toMatchObject({ startAt: 0, maxResults: 10, total: 15, isLast: false });
    expect(first.values).toHaveLength(10);
    const second = await json(await site.rest(RILEY, 'GET', `/rest/api/3/user/bulk?${query}&startAt=10`));
    expect(second).toMatchObject({ startAt: 10, total: 15, isLast: true });
    expect(second.values).toHaveLength(5);
  });

  it('the Markdown timeline export names all 15 people', async () => {
    const site = current();
    const issue = createIssue(site, { summary: 'Payroll export sent to the wrong bank' });
    await writeTimeline(issue.id, RESPONDERS);
    const exported = await ok<{ content: string }>(issue, 'timeline/export', { format: 'markdown' });
    const names = ['Riley Responder', 'Sam Second-Responder', 'Alex Admin', ...ON_CALL_ROTA.map((u) => u.displayName)];
    const text = exported.content.replace(/\\/g, ''); // Markdown escapes (Second\-Responder)
    expect(names.filter((n) => text.includes(n))).toHaveLength(15);
    expect(exported.content).not.toMatch(/Unknown user|acc-[a-z]+-oncall/);
  });
});

describe('the last page of search/jql', () => {
  it.each(['null', 'absent'] as const)('with the token %s, the gadget table is not marked truncated when everything fits', async (ending) => {
    const site = current();
    site.searchLastPageToken = ending;
    createIssue(site, { summary: 'Phishing mail to finance' });
    const raw = await json(await site.rest(RILEY, 'POST', '/rest/api/3/search/jql', { jql: 'project = SEC', fields: ['summary'] }));
    expect('nextPageToken' in raw).toBe(ending === 'null');
    expect(raw.isLast).toBe(true);
    const { result } = await invokeGadget(site, 'stats/incidents');
    expect(result).toMatchObject({ ok: true, data: { truncated: false } });
  });
});

describe('statistics with 15 people logging work', () => {
  it("names every person in the gadget's unplanned-work breakdown", async () => {
    const site = createTestSite(12);
    try {
      const incident = site.issues
        .all()
        .find(
          (i) =>
            i.projectId === '10000' &&
            !i.fields.securityLevelId &&
            (i.properties['incident-response'] as { triage?: string } | undefined)?.triage === 'incident',
        )!;
      for (const author of RESPONDERS) {
        site.issues.addWorklog(incident, { author, started: new Date(site.clock.now() - 86_400_000).toISOString(), timeSpentSeconds: 3_600 }, author, false);
      }
      await site.events.drain();
      const { result } = await invokeGadget(site, 'stats/get');
      const people = (result as { ok: true; data: { work: { people: { accountId: string; name: string }[] } } }).data.work.people;
      const named = new Map(people.map((p) => [p.accountId, p.name]));
      expect(RESPONDERS.filter((id) => named.has(id))).toHaveLength(15);
      expect(people.filter((p) => p.name === 'Unknown user')).toEqual([]);
      expect(named.get(ON_CALL_ROTA[11]!.accountId)).toBe('Lea Dubois');
    } finally {
      await site.close();
    }
  });
});
