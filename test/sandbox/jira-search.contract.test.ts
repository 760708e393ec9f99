/** Contract: /search/jql and /search/approximate-count, with the bounded-query rule, paging and eventual consistency. */
import type { Site } from '../../sandbox/site';
import { createIssue, createTestSite, json, OSCAR, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

interface Page {
  issues: { id: string; key: string; fields?: Record<string, unknown>; properties?: Record<string, unknown> }[];
  nextPageToken?: string;
  isLast: boolean;
}
const search = async (jql: string, params: Record<string, string> = {}, who = RILEY) => {
  const res = await site.rest(who, 'GET', `/rest/api/3/search/jql?${new URLSearchParams({ jql, ...params })}`);
  return { status: res.status, body: await json(res) };
};

describe('GET /rest/api/3/search/jql', () => {
  it('pages with nextPageToken only (no startAt, no total), and the last page has none', async () => {
    for (let i = 0; i < 5; i++) createIssue(site, { summary: `Incident ${i}` });
    const first = (await search('project = SEC ORDER BY key ASC', { maxResults: '2', fields: 'summary' })).body as Page;
    expect(first.issues.map((i) => i.key)).toEqual(['SEC-1', 'SEC-2']);
    expect(first).not.toHaveProperty('total');
    expect(first.isLast).toBe(false);
    const second = (await search('project = SEC ORDER BY key ASC', { maxResults: '2', fields: 'summary', nextPageToken: first.nextPageToken! })).body as Page;
    const third = (await search('project = SEC ORDER BY key ASC', { maxResults: '2', fields: 'summary', nextPageToken: second.nextPageToken! })).body as Page;
    expect([...second.issues, ...third.issues].map((i) => i.key)).toEqual(['SEC-3', 'SEC-4', 'SEC-5']);
    expect(third).toEqual(expect.objectContaining({ isLast: true }));
    // The last page has no token by default (the document's type is a non-nullable string); site.searchLastPageToken = 'null' sends null.
    expect(third).not.toHaveProperty('nextPageToken');
  });

  it('returns only ids by default, and caps maxResults at 100 when fields are requested', async () => {
    for (let i = 0; i < 120; i++) createIssue(site);
    const ids = (await search('project = SEC', { maxResults: '5000' })).body as Page;
    expect(ids.issues).toHaveLength(120);
    expect(ids.issues[0]).toEqual({ id: expect.any(String), key: expect.any(String), self: expect.any(String), fields: {} });
    const withFields = (await search('project = SEC', { maxResults: '5000', fields: 'summary' })).body as Page;
    expect(withFields.issues).toHaveLength(100);
    expect(withFields.isLast).toBe(false);
  });

  it('defaults to 50 results', async () => {
    for (let i = 0; i < 60; i++) createIssue(site);
    expect(((await search('project = SEC')).body as Page).issues).toHaveLength(50);
  });

  it('returns requested properties inline, at most 5', async () => {
    const issue = createIssue(site);
    site.issues.setProperty(issue, 'incident-response', { category: 'malware' });
    expect(((await search('project = SEC', { properties: 'incident-response' })).body as Page).issues[0]!.properties).toEqual({
      'incident-response': { category: 'malware' },
    });
    const tooMany = await search('project = SEC', { properties: 'a,b,c,d,e,f' });
    expect(tooMany).toEqual({ status: 400, body: { errorMessages: ['You can request at most 5 issue properties.'], errors: {} } });
  });

  it.each([
    ['an unbounded query', 'ORDER BY created DESC', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
    ['an empty query', '', 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
    ['an unknown field', 'project = SEC AND colour = red', "Field 'colour' does not exist or you do not have permission to view it."],
    [
      'an unindexed property path',
      'issue.property["incident-response"].secret = x',
      "Field 'issue.property[incident-response].secret' does not exist or you do not have permission to view it.",
    ],
    ['an unknown function', 'assignee = membersOf("x")', "Unable to find JQL function 'membersOf(x)'."],
    ['a history search', 'status WAS Open', "The local Jira site does not support history searches ('WAS') on 'status'."],
    ['an operator the field does not take', 'summary = vpn', "The operator '=' is not supported by the 'summary' field."],
    ['a syntax error', 'project = ', expect.stringMatching(/^Error in the JQL Query: /)],
    ['more than 7 ORDER BY fields', 'project = SEC ORDER BY key, created, updated, priority, status, summary2, id, labels', expect.any(String)],
  ])('answers 400 in Jira’s shape for %s', async (_name, jql, message) => {
    const { status, body } = await search(jql);
    expect(status).toBe(400);
    expect(body).toEqual({ errorMessages: [message], errors: {} });
  });

  it('searches entity-property aliases from the manifest, by type', async () => {
    const a = createIssue(site);
    const b = createIssue(site);
    site.issues.setProperty(a, 'incident-response', { triage: 'incident', revision: 3, reportedAt: '2026-01-10T00:00:00.000Z' });
    site.issues.setProperty(b, 'incident-response', { triage: 'event', revision: 1, reportedAt: '2026-03-10T00:00:00.000Z' });
    const keys = async (jql: string) => ((await search(jql)).body as Page).issues.map((i) => i.key);
    expect(await keys('incidentTriage = incident')).toEqual([a.key]);
    expect(await keys('incidentTriage IN (incident, event) ORDER BY incidentRevision ASC')).toEqual([b.key, a.key]);
    expect(await keys('incidentRevision > 2')).toEqual([a.key]);
    expect(await keys('incidentReportedAt >= "2026-02-01"')).toEqual([b.key]);
    expect(await keys('issue.property["incident-response"].triage != incident')).toEqual([b.key]);
  });

  it('evaluates system fields, text search, functions and EMPTY', async () => {
    const mine = createIssue(site, { summary: 'VPN drops every few minutes', assignee: RILEY, labels: ['network'], priority: 'Highest' });
    createIssue(site, { summary: 'Printer jam', priority: 'Low' });
    const keys = async (jql: string) => ((await search(jql)).body as Page).issues.map((i) => i.key);
    expect(await keys('assignee = currentUser()')).toEqual([mine.key]);
    expect(await keys('project = SEC AND summary ~ "vpn"')).toEqual([mine.key]);
    expect(await keys('project = SEC AND text ~ "drop*"')).toEqual([mine.key]);
    expect(await keys('project = SEC AND priority > Medium')).toEqual([mine.key]);
    expect(await keys('project = SEC AND labels IS EMPTY')).not.toContain(mine.key);
    expect(await keys('created >= -1d AND created <= now() AND NOT labels = network')).not.toContain(mine.key);
  });

  it('never returns issues the caller cannot see', async () => {
    createIssue(site, { securityLevelId: '10100' });
    expect(((await search('project = SEC', {}, OSCAR)).body as Page).issues).toEqual([]);
  });

  it('is eventually consistent: a change shows after the index lag, or at once with reconcileIssues', async () => {
    const issue = createIssue(site);
    site.search.setLag(60_000);
    await site.rest(RILEY, 'PUT', `/rest/api/3/issue/${issue.key}/properties/incident-response`, { triage: 'incident' });
    const jql = 'incidentTriage = incident';
    expect(((await search(jql)).body as Page).issues).toEqual([]);
    expect(((await search(jql, { reconcileIssues: issue.id })).body as Page).issues.map((i) => i.key)).toEqual([issue.key]);
    await site.advanceTime(61_000);
    expect(((await search(jql)).body as Page).issues.map((i) => i.key)).toEqual([issue.key]);
  });

  it('accepts POST with the same parameters as arrays', async () => {
    createIssue(site);
    const res = await site.rest(RILEY, 'POST', '/rest/api/3/search/jql', { jql: 'project = SEC', fields: ['summary'], maxResults: 10 });
    expect(await json(res)).toMatchObject({ issues: [{ fields: { summary: 'VPN drops every few minutes' } }], isLast: true });
  });

  it('refuses a nextPageToken from another query', async () => {
    for (let i = 0; i < 3; i++) createIssue(site);
    const first = (await search('project = SEC', { maxResults: '1' })).body as Page;
    expect((await search('project = OPS OR project = SEC', { nextPageToken: first.nextPageToken! })).status).toBe(400);
  });
});

describe('POST /rest/api/3/search/approximate-count', () => {
  it('counts what the caller can see, and applies the bounded rule', async () => {
    createIssue(site);
    createIssue(site, { securityLevelId: '10100' });
    expect(await json(await site.rest(RILEY, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = SEC' }))).toEqual({ count: 2 });
    // The outsider may browse the project but not the restricted incident.
    expect(await json(await site.rest(OSCAR, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = SEC' }))).toEqual({ count: 1 });
    expect((await site.rest(RILEY, 'POST', '/rest/api/3/search/approximate-count', { jql: 'order by key' })).status).toBe(400);
  });
});
