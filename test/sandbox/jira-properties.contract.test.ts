/** Contract: issue properties, with Jira's limits (key 255, value 32,768 characters) and status codes. */
import type { Site } from '../../sandbox/site';
import { createIssue, createTestSite, json, MORGAN, OSCAR, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const path = (key: string, prop: string) => `/rest/api/3/issue/${key}/properties/${prop}`;

describe('issue properties', () => {
  it('answers 201 on create, 200 on update, then lists and reads the value', async () => {
    const issue = createIssue(site);
    expect((await site.rest(RILEY, 'PUT', path(issue.key, 'triage'), { step: 1 })).status).toBe(201);
    expect((await site.rest(RILEY, 'PUT', path(issue.key, 'triage'), { step: 2 })).status).toBe(200);
    expect(await json(await site.rest(RILEY, 'GET', path(issue.key, 'triage')))).toEqual({ key: 'triage', value: { step: 2 } });
    expect(await json(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/properties`))).toEqual({
      keys: [{ self: expect.stringContaining('/properties/triage'), key: 'triage' }],
    });
  });

  it('deletes with 204, and then answers 404 for the missing key', async () => {
    const issue = createIssue(site);
    await site.rest(RILEY, 'PUT', path(issue.key, 'triage'), { step: 1 });
    expect((await site.rest(RILEY, 'DELETE', path(issue.key, 'triage'))).status).toBe(204);
    const missing = await site.rest(RILEY, 'GET', path(issue.key, 'triage'));
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ errorMessages: ["The property with key 'triage' does not exist."], errors: {} });
  });

  it('refuses a value over 32,768 characters with 400 and stores nothing', async () => {
    const issue = createIssue(site);
    const value = JSON.stringify({ text: 'x'.repeat(32_768) });
    const res = await site.rest(RILEY, 'PUT', path(issue.key, 'big'), value);
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({ errorMessages: ['The property value cannot be longer than 32768 characters.'], errors: {} });
    expect(issue.properties.big).toBeUndefined();
  });

  it('accepts a value of exactly 32,768 characters', async () => {
    const issue = createIssue(site);
    const value = JSON.stringify({ t: 'x'.repeat(32_768 - 8) });
    expect(value.length).toBe(32_768);
    expect((await site.rest(RILEY, 'PUT', path(issue.key, 'edge'), value)).status).toBe(201);
  });

  it('refuses a key over 255 characters, invalid JSON and an empty value with 400', async () => {
    const issue = createIssue(site);
    const longKey = await site.rest(RILEY, 'PUT', path(issue.key, 'k'.repeat(256)), { a: 1 });
    expect(longKey.status).toBe(400);
    expect(await json(longKey)).toEqual({ errorMessages: ['The property key cannot be longer than 255 characters.'], errors: {} });
    expect((await site.rest(RILEY, 'PUT', path(issue.key, 'bad'), '{not json')).status).toBe(400);
    expect((await site.rest(RILEY, 'PUT', path(issue.key, 'empty'), '')).status).toBe(400);
  });

  it('lets anyone who can browse read, needs Edit issues to write, and hides restricted issues', async () => {
    const issue = createIssue(site);
    await site.rest(RILEY, 'PUT', path(issue.key, 'triage'), { step: 1 });
    expect((await site.rest(MORGAN, 'GET', path(issue.key, 'triage'))).status).toBe(200);
    expect((await site.rest(MORGAN, 'PUT', path(issue.key, 'triage'), { step: 9 })).status).toBe(403);
    expect((await site.rest(MORGAN, 'DELETE', path(issue.key, 'triage'))).status).toBe(404);
    const restricted = createIssue(site, { securityLevelId: '10100' });
    expect((await site.rest(OSCAR, 'GET', path(restricted.key, 'triage'))).status).toBe(404);
  });
});

describe('bulk set issue properties by issue (POST /issue/properties/multi)', () => {
  it('sets each issue its own value, answers 303 with the task, and the task reports what failed', async () => {
    const mine = createIssue(site);
    const restricted = createIssue(site, { securityLevelId: '10100' });
    const res = await site.rest(OSCAR, 'POST', '/rest/api/3/issue/properties/multi', {
      issues: [{ issueID: Number(mine.id), properties: { triage: { step: 1 } } }],
    });
    // Oscar may browse SEC but not edit: non-transactional, so the task says it failed.
    expect(res.status).toBe(303);
    const task = await json(await site.rest(OSCAR, 'GET', new URL(res.headers.get('Location')!).pathname));
    expect(task).toMatchObject({ status: 'COMPLETE', progress: 100 });
    expect(JSON.parse(task.result)).toEqual({ updated: [], failed: [{ issueID: Number(mine.id), reason: expect.any(String) }] });

    const ok = await site.rest(RILEY, 'POST', '/rest/api/3/issue/properties/multi', {
      issues: [
        { issueID: Number(mine.id), properties: { triage: { step: 2 } } },
        { issueID: Number(restricted.id), properties: { triage: { step: 3 } } },
      ],
    });
    expect(ok.status).toBe(303);
    expect(mine.properties.triage).toEqual({ step: 2 });
    expect(restricted.properties.triage).toEqual({ step: 3 });
  });

  it('refuses more than 100 issues, an empty list, and values over 32,768 characters with 400', async () => {
    const issue = createIssue(site);
    const many = Array.from({ length: 101 }, (_, i) => ({ issueID: i + 1, properties: { p: 1 } }));
    expect((await site.rest(RILEY, 'POST', '/rest/api/3/issue/properties/multi', { issues: many })).status).toBe(400);
    expect((await site.rest(RILEY, 'POST', '/rest/api/3/issue/properties/multi', { issues: [] })).status).toBe(400);
    const big = await site.rest(RILEY, 'POST', '/rest/api/3/issue/properties/multi', {
      issues: [{ issueID: Number(issue.id), properties: { p: 'x'.repeat(32_768) } }],
    });
    expect(big.status).toBe(400);
    expect(issue.properties.p).toBeUndefined();
  });

  it('a task belongs to who started it', async () => {
    const issue = createIssue(site);
    const res = await site.rest(RILEY, 'POST', '/rest/api/3/issue/properties/multi', { issues: [{ issueID: Number(issue.id), properties: { p: 1 } }] });
    expect((await site.rest(MORGAN, 'GET', new URL(res.headers.get('Location')!).pathname)).status).toBe(404);
  });
});
