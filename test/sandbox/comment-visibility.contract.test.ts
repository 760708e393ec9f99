/**
 * Contract: who reads which comment on the local site, as Jira documents it (sandbox/state/comment-visibility.ts).
 * A request's reporter who reaches it only as its customer (a portal customer, or an employee not on
 * the team) reads its public comments only, over REST, in an issue's comment field, in search and on
 * the local issue page; the team reads internal notes too; a group restriction admits its group only.
 */
import { createShellApp } from '../../sandbox/shell/shell-server';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { CASEY, createTestSite, json, MORGAN, OSCAR, RILEY } from '../support/test-site';

const KIM = 'acc-kim-employee';
const PUBLIC = 'PUBLIC-REPLY we are looking at it';
const INTERNAL = 'INTERNAL-NOTE the attacker used the VPN admin account';
const GROUP_ONLY = 'GROUP-ONLY managers decide on the press';
const doc = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let site: Site;
let request: StoredIssue;
let kimsRequest: StoredIssue;
beforeEach(async () => {
  site = createTestSite();
  const file = (reporter: string) =>
    site.issues.create({ projectId: '10000', requestTypeId: '11', summary: 'Odd email', reporter }, reporter, false, { silent: true });
  request = file(CASEY);
  kimsRequest = file(KIM);
  for (const issue of [request, kimsRequest]) {
    expect((await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: doc(PUBLIC) })).status).toBe(201);
    const internal = { body: doc(INTERNAL), properties: [{ key: 'sd.public.comment', value: { internal: true } }] };
    expect((await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/comment`, internal)).status).toBe(201);
    const grouped = { body: doc(GROUP_ONLY), visibility: { type: 'group', value: 'incident-managers' } };
    expect((await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/comment`, grouped)).status).toBe(201);
  }
});
afterEach(async () => {
  await site.close();
});

const commentsAs = async (who: string, issue: StoredIssue) =>
  json<{ total: number; comments: { id: string; body: unknown; jsdPublic: boolean }[] }>(
    await site.rest(who, 'GET', `/rest/api/3/issue/${issue.key}/comment?expand=properties`),
  );
const texts = (comments: { body: unknown }[]) =>
  comments.map((c) => JSON.stringify(c.body)).map((t) => [PUBLIC, INTERNAL, GROUP_ONLY].find((s) => t.includes(s)));

describe('comments over REST', () => {
  it('the reporter who is a customer (portal customer or employee not on the team) reads the public reply only', async () => {
    for (const [who, issue] of [
      [CASEY, request],
      [KIM, kimsRequest],
    ] as const) {
      const page = await commentsAs(who, issue);
      expect(texts(page.comments)).toEqual([PUBLIC]);
      expect(page.total).toBe(1);
    }
  });

  it('the team reads internal notes; a group restriction admits only its group (Morgan is in incident-managers, Riley and Oscar are not)', async () => {
    expect(texts((await commentsAs(MORGAN, request)).comments)).toEqual([PUBLIC, INTERNAL, GROUP_ONLY]);
    expect(texts((await commentsAs(RILEY, request)).comments)).toEqual([PUBLIC, INTERNAL]);
    expect(texts((await commentsAs(OSCAR, request)).comments)).toEqual([PUBLIC, INTERNAL]);
  });

  it('a comment the customer may not read is not found by its id', async () => {
    const internal = request.comments.find((c) => JSON.stringify(c.body).includes(INTERNAL))!;
    expect((await site.rest(CASEY, 'GET', `/rest/api/3/issue/${request.key}/comment/${internal.id}`)).status).toBe(404);
    expect((await site.rest(RILEY, 'GET', `/rest/api/3/issue/${request.key}/comment/${internal.id}`)).status).toBe(200);
  });

  it("an issue's comment field and search results embed only what the reader may read", async () => {
    const issue = await json<{ fields: { comment: { comments: { body: unknown }[]; total: number } } }>(
      await site.rest(CASEY, 'GET', `/rest/api/3/issue/${request.key}?fields=comment`),
    );
    expect(texts(issue.fields.comment.comments)).toEqual([PUBLIC]);
    expect(issue.fields.comment.total).toBe(1);
    const search = await json<{ issues: { fields: { comment: { comments: { body: unknown }[] } } }[] }>(
      await site.rest(CASEY, 'POST', '/rest/api/3/search/jql', { jql: `key = ${request.key}`, fields: ['comment'] }),
    );
    expect(texts(search.issues[0]!.fields.comment.comments)).toEqual([PUBLIC]);
  });

  it('`text ~` finds a word of an internal note for the team, not for the customer (no guessing it one word at a time)', async () => {
    const found = async (who: string, word: string) =>
      (await json<{ issues: unknown[] }>(await site.rest(who, 'POST', '/rest/api/3/search/jql', { jql: `key = ${request.key} AND text ~ "${word}"` }))).issues
        .length;
    expect(await found(RILEY, 'attacker')).toBe(1);
    expect(await found(CASEY, 'attacker')).toBe(0);
    expect(await found(CASEY, 'looking')).toBe(1);
  });
});

describe('the local issue page', () => {
  const pageAs = async (who: string, path: string) => {
    const res = await createShellApp(site).app.request(path, { headers: { cookie: `sandbox-user=${who}` } });
    return { status: res.status, text: await res.text() };
  };

  it('sends the reporter who is a customer to the help center, where only public replies show', async () => {
    const browse = await pageAs(CASEY, `/browse/${request.key}`);
    expect(browse.text).toContain(`href="/servicedesk/customer/portal/1/${request.key}"`);
    expect(browse.text).not.toContain(INTERNAL);
    expect(browse.text).not.toContain(PUBLIC);
    const portal = await pageAs(CASEY, `/servicedesk/customer/portal/1/${request.key}`);
    expect(portal.status).toBe(200);
    expect(portal.text).toContain(PUBLIC);
    expect(portal.text).not.toContain(INTERNAL);
    expect(portal.text).not.toContain(GROUP_ONLY);
  });

  it('shows the team internal notes, marked as such, and group-restricted comments to the group only', async () => {
    const riley = await pageAs(RILEY, `/browse/${request.key}`);
    expect(riley.text).toContain(INTERNAL);
    expect(riley.text).toContain('Internal note');
    expect(riley.text).not.toContain(GROUP_ONLY);
    expect((await pageAs(MORGAN, `/browse/${request.key}`)).text).toContain(GROUP_ONLY);
  });
});

describe("issue properties, as the project's permission scheme gives them to a customer (Browse and Add comments on her own requests)", () => {
  it('she reads the properties of her own request, changes none, and reads nothing of a request she did not report', async () => {
    request.properties['incident-response'] = { category: 'phishing' };
    kimsRequest.properties['incident-response'] = { category: 'phishing' };
    const path = (issue: StoredIssue) => `/rest/api/3/issue/${issue.key}/properties/incident-response`;
    expect((await site.rest(CASEY, 'GET', path(request))).status).toBe(200);
    expect((await site.rest(CASEY, 'PUT', path(request), { category: 'other' })).status).toBe(403);
    expect((await site.rest(CASEY, 'DELETE', path(request))).status).toBe(404);
    expect((await site.rest(CASEY, 'GET', path(kimsRequest))).status).toBe(404);
    expect((await site.rest(CASEY, 'GET', `/rest/api/3/issue/${kimsRequest.key}/properties`)).status).toBe(404);
    expect(request.properties['incident-response']).toEqual({ category: 'phishing' });
  });
});
