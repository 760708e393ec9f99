/** Contract: issues (create, get, edit, editmeta) and unknown routes, against Jira Cloud REST v3. */
import type { Site } from '../../sandbox/site';
import { createIssue, createTestSite, json, MORGAN, OSCAR, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const create = (fields: Record<string, unknown>, who = RILEY) =>
  site.rest(who, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'Login page that looks like ours', ...fields },
  });

describe('POST /rest/api/3/issue', () => {
  it('answers 201 with id, key and self', async () => {
    const res = await create({ priority: { name: 'High' }, labels: ['email'] });
    expect(res.status).toBe(201);
    expect(await json(res)).toEqual({ id: expect.stringMatching(/^\d+$/), key: 'SEC-1', self: expect.stringMatching(/\/rest\/api\/3\/issue\/\d+$/) });
  });

  it('answers 400 with field errors for a missing summary, an unknown priority and a non-ADF description', async () => {
    const res = await create({ summary: '', priority: { name: 'Urgent!!' }, description: 'plain text' });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      errorMessages: [],
      errors: {
        summary: 'You must specify a summary of the issue.',
        priority: "Specify a valid 'id' or 'name' for Priority",
        description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format).',
      },
    });
  });

  it('refuses a user without Create issues in the project', async () => {
    const res = await create({}, MORGAN);
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ errors: { project: 'You do not have permission to create issues in this project.' } });
  });
});

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  it('returns the requested fields and properties, by key or id', async () => {
    const issue = createIssue(site, { priority: 'High' });
    site.issues.setProperty(issue, 'incident-response', { category: 'phishing' });
    const byKey = await json(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}?fields=summary,priority,status&properties=incident-response`));
    expect(byKey).toEqual({
      id: issue.id,
      key: issue.key,
      self: expect.any(String),
      fields: {
        summary: 'VPN drops every few minutes',
        priority: { id: '2', name: 'High' },
        status: { id: '1', name: 'Open', statusCategory: { key: 'new' } },
      },
      properties: { 'incident-response': { category: 'phishing' } },
    });
    const byId = await json<{ key: string }>(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.id}?fields=summary`));
    expect(byId.key).toBe(issue.key);
  });

  it('prints times in Jira’s format', async () => {
    const issue = createIssue(site, { created: '2026-03-01T09:00:00.000Z' });
    const bean = await json<{ fields: { created: string } }>(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}?fields=created`));
    expect(bean.fields.created).toBe('2026-03-01T09:00:00.000+0000');
  });

  it('answers 404 both for a missing issue and a restricted one the caller cannot see', async () => {
    const restricted = createIssue(site, { securityLevelId: '10100' });
    for (const [who, key] of [
      [RILEY, 'SEC-999'],
      [OSCAR, restricted.key],
    ]) {
      const res = await site.rest(who!, 'GET', `/rest/api/3/issue/${key}`);
      expect(res.status).toBe(404);
      expect(await json(res)).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    }
  });
});

describe('PUT /rest/api/3/issue/{issueIdOrKey} and editmeta', () => {
  it('sets the priority to an id from editmeta and records it in the changelog (204)', async () => {
    const issue = createIssue(site);
    const meta = await json<{ fields: { priority: { allowedValues: { id: string; name: string }[] } } }>(
      await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/editmeta`),
    );
    const highest = meta.fields.priority.allowedValues.find((p) => p.name === 'Highest')!;
    const res = await site.rest(RILEY, 'PUT', `/rest/api/3/issue/${issue.key}`, { fields: { priority: { id: highest.id } } });
    expect(res.status).toBe(204);
    expect(issue.fields.priority).toBe('Highest');
    expect(issue.changelog.at(-1)!.items).toEqual([expect.objectContaining({ field: 'priority', fromString: 'Medium', toString: 'Highest' })]);
  });

  it('sets the security level when the editor may, and returns the issue with returnIssue=true', async () => {
    const issue = createIssue(site);
    const res = await site.rest(RILEY, 'PUT', `/rest/api/3/issue/${issue.key}?returnIssue=true`, { fields: { security: { id: '10100' } } });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ key: issue.key, fields: { security: { id: '10100', name: 'Restricted' } } });
  });

  it('answers 400 for a field that is not on the edit screen, and 403 without Edit issues', async () => {
    const issue = createIssue(site);
    const unknown = await site.rest(RILEY, 'PUT', `/rest/api/3/issue/${issue.key}`, { fields: { customfield_1: 'x' } });
    expect(unknown.status).toBe(400);
    expect(await json(unknown)).toEqual({
      errorMessages: [],
      errors: { customfield_1: "Field 'customfield_1' cannot be set. It is not on the appropriate screen, or unknown." },
    });
    expect((await site.rest(MORGAN, 'PUT', `/rest/api/3/issue/${issue.key}`, { fields: { summary: 'x' } })).status).toBe(403);
  });

  it('applies update verbs (add, remove, set) as editmeta allows them, and refuses the rest with 400', async () => {
    const issue = createIssue(site);
    const put = (body: object) => site.rest(RILEY, 'PUT', `/rest/api/3/issue/${issue.key}`, body);
    expect((await put({ update: { labels: [{ add: 'phishing' }, { add: 'finance' }], components: [{ add: { name: 'Email' } }] } })).status).toBe(204);
    expect(issue.fields.labels).toEqual(['phishing', 'finance']);
    expect(issue.fields.components).toEqual(['Email']);
    expect((await put({ update: { labels: [{ remove: 'phishing' }], summary: [{ set: 'Phishing mail to finance' }] } })).status).toBe(204);
    expect(issue.fields.labels).toEqual(['finance']);
    expect(issue.fields.summary).toBe('Phishing mail to finance');
    const refused = await put({ update: { summary: [{ add: 'x' }] } });
    expect(refused.status).toBe(400);
    expect((await json(refused)).errors.summary).toMatch(/does not support the operation 'add'/);
    expect((await put({ fields: { labels: [] }, update: { labels: [{ add: 'x' }] } })).status).toBe(400);
    expect(issue.fields.labels).toEqual(['finance']);
  });

  it('offers nothing to edit to a user without Edit issues', async () => {
    const issue = createIssue(site);
    expect(await json(await site.rest(MORGAN, 'GET', `/rest/api/3/issue/${issue.key}/editmeta`))).toEqual({ fields: {} });
  });
});

describe('unknown routes', () => {
  it('fail loudly with 404 in Jira’s error shape', async () => {
    const res = await site.rest(RILEY, 'GET', '/rest/api/3/issue/SEC-1/votes');
    expect(res.status).toBe(404);
    const body = await json<{ errorMessages: string[]; errors: object }>(res);
    expect(body.errors).toEqual({});
    expect(body.errorMessages[0]).toMatch(/^The local Jira site does not emulate GET \/rest\/api\/3\/issue\/SEC-1\/votes\./);
  });
});

describe('GET /rest/api/3/issue/{issueIdOrKey}/changelog and DELETE /rest/api/3/issue/{issueIdOrKey}', () => {
  it('pages the changelog oldest first, with each author and account type', async () => {
    const issue = createIssue(site);
    site.issues.edit(issue, { priority: 'Low' }, RILEY, false);
    site.issues.edit(issue, { status: 'In Progress' }, 'app-incident-response', true);
    const page = await json(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/changelog`));
    expect(page).toMatchObject({
      startAt: 0,
      total: 2,
      isLast: true,
      values: [
        { author: { accountId: RILEY, accountType: 'atlassian' }, items: [{ field: 'priority', fromString: 'Medium', toString: 'Low' }] },
        { author: { accountType: 'app' }, items: [{ field: 'status' }] },
      ],
    });
    expect((await site.rest(OSCAR, 'GET', `/rest/api/3/issue/${createIssue(site, { securityLevelId: '10100' }).key}/changelog`)).status).toBe(404);
  });

  it('deletes an issue for someone with Delete issues (204), refuses others (403), then answers 404', async () => {
    const issue = createIssue(site);
    expect((await site.rest(MORGAN, 'DELETE', `/rest/api/3/issue/${issue.key}`)).status).toBe(403);
    expect((await site.rest(RILEY, 'DELETE', `/rest/api/3/issue/${issue.key}`)).status).toBe(204);
    expect((await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}`)).status).toBe(404);
  });
});
