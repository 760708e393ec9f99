/**
 * The gadget's numbers agree (issue 32, item 3). Given the local Jira site with incidents and, in the
 * same project, work that is not an incident (a follow-up task the app never took in), when a
 * person reads the gadget, then the incidents table and the export list the same incidents for the
 * same period, and the searches behind a tile and a bar find as many incidents as they show.
 */
import type { StatsExportView, StatsIncidentsView, StatsView } from '../../src/shared/stats-contract';
import type { Site } from '../../sandbox/site';
import { createTestSite, GADGET_QUERY, invokeGadget, RILEY } from '../support/test-site';

let local: Site;
const site = () => local;
let made: { incidents: string[]; followUp: string };
beforeAll(async () => {
  local = createTestSite(40);
  made = await incidentsAndAFollowUp();
}, 60_000);
afterAll(async () => {
  await local.close();
});

async function gadget<T>(key: string): Promise<T> {
  const { result } = await invokeGadget(site(), key, GADGET_QUERY, RILEY);
  if (!(result as { ok: boolean }).ok) throw new Error(JSON.stringify(result));
  return (result as { data: T }).data;
}

async function searchKeys(jql: string): Promise<string[]> {
  const res = await site().rest(RILEY, 'GET', `/rest/api/3/search/jql?maxResults=100&jql=${encodeURIComponent(jql)}`);
  if (res.status !== 200) throw new Error(`${jql}: ${await res.text()}`);
  return ((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key).sort();
}

async function incidentsAndAFollowUp() {
  const incidents = ['VPN drops every few minutes', 'Phishing mail to the finance team'].map((summary) =>
    site().issues.create({ projectId: '10000', summary, reporter: RILEY }, RILEY, false),
  );
  await site().events.drain();
  // A task in the same project that the app never took in, as a postmortem's follow-up is.
  const followUp = site().issues.create(
    { projectId: '10000', summary: 'Turn on phishing-resistant MFA for the finance team', reporter: RILEY, issuetype: 'Task' },
    RILEY,
    false,
    { silent: true },
  );
  site().search.noteCreated(followUp);
  return { incidents: incidents.map((i) => i.key).sort(), followUp: followUp.key };
}

describe('numbers that agree', () => {
  it('the incidents table and the export list the same incidents, and no follow-up', async () => {
    const { incidents, followUp } = made;
    const table = await gadget<StatsIncidentsView>('stats/incidents');
    const exported = await gadget<StatsExportView>('stats/export');
    const tableKeys = table.rows.map((r) => r.key).sort();
    expect(tableKeys).toEqual(exported.rows.map((r) => r.key).sort());
    expect(tableKeys).toEqual(expect.arrayContaining(incidents));
    expect(tableKeys).not.toContain(followUp);
    expect(table.jql).toBe(exported.jql);
  });

  it("a tile's search finds the incidents it counts", async () => {
    const { incidents, followUp } = made;
    const view = await gadget<StatsView>('stats/get');
    const reports = await searchKeys(view.drillDown.reports);
    expect(reports).toEqual(expect.arrayContaining(incidents));
    expect(reports).not.toContain(followUp);
    expect(reports).toHaveLength(view.totals.reports);
    expect(await searchKeys(view.drillDown.incidents)).toHaveLength(view.totals.incidents);
    expect(await searchKeys(view.drillDown.overduePostmortems)).toHaveLength(view.postmortems.overdue);
  });

  // Components are searched with Jira's own `component` field, which the local site's JQL does not
  // know yet; their JQL is checked in test/domain/stats/drill-down-jql.test.ts.
  it("each bar's search finds as many incidents as the bar shows: levels and categories (by the mirror's tag)", async () => {
    const view = await gadget<StatsView>('stats/get');
    const bars = [...view.byPriority, ...view.charts.category.rows];
    expect(view.byPriority.length).toBeGreaterThan(0);
    expect(view.charts.category.rows.length).toBeGreaterThan(0);
    for (const bar of bars) expect([bar.label, (await searchKeys(bar.jql!)).length]).toEqual([bar.label, bar.count]);
  });
});
