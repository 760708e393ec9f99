/** Contract: comments (ADF), notify (outbox), myself, users and mypermissions. */
import type { Site } from '../../sandbox/site';
import { ALEX, CASEY, createIssue, createTestSite, json, MORGAN, OSCAR, RILEY, SAM } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('comments', () => {
  it('adds an ADF comment (201) and lists comments oldest first', async () => {
    const issue = createIssue(site);
    const res = await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('Contained.') });
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({
      id: expect.any(String),
      author: { accountId: RILEY, displayName: 'Riley Responder' },
      body: adf('Contained.'),
      jsdPublic: true,
    });
    await site.rest(SAM, 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('Eradicated.'), visibility: { type: 'role', value: 'Responders' } });
    expect(await json(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/comment`))).toMatchObject({
      startAt: 0,
      total: 2,
      comments: [{ body: adf('Contained.') }, { body: adf('Eradicated.'), visibility: { type: 'role', value: 'Responders' } }],
    });
  });

  it('refuses a body that is not an ADF document with 400', async () => {
    const issue = createIssue(site);
    const invalid = [
      'plain text',
      { type: 'doc', version: 2, content: [] },
      { type: 'doc', version: 1, content: [{ type: 'text' }] },
      // Well formed, but not ADF (Atlassian's validator): text straight under doc, an unknown mark, an empty text node.
      { type: 'doc', version: 1, content: [{ type: 'text', text: 'loose' }] },
      { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }] },
      { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] },
    ];
    for (const body of invalid) {
      const res = await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body });
      expect(res.status).toBe(400);
      expect(await json(res)).toEqual({ errorMessages: [], errors: { comment: 'Comment body is not valid! Send an Atlassian Document Format document.' } });
    }
    expect(issue.comments).toEqual([]);
  });

  it('needs Add comments, and a customer may comment on their own request', async () => {
    const issue = createIssue(site, { reporter: CASEY });
    expect((await site.rest(OSCAR, 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('hi') })).status).toBe(400);
    expect((await site.rest(CASEY, 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('More detail') })).status).toBe(201);
  });
});

describe('POST /rest/api/3/issue/{key}/notify', () => {
  it('keeps the notification in the visible outbox with its recipients (204)', async () => {
    const issue = createIssue(site, { reporter: CASEY, assignee: SAM });
    const res = await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/notify`, {
      subject: 'SLA warning',
      textBody: 'Due in 30 minutes',
      to: { assignee: true, users: [{ accountId: MORGAN }] },
    });
    expect(res.status).toBe(204);
    expect(site.state.outbox).toEqual([
      expect.objectContaining({ issueKey: issue.key, subject: 'SLA warning', textBody: 'Due in 30 minutes', recipients: [SAM, MORGAN], sentBy: RILEY }),
    ]);
  });

  it('reaches the members of groups named by name or id', async () => {
    const issue = createIssue(site);
    const res = await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/notify`, {
      textBody: 'Breached',
      to: { groups: [{ name: 'incident-managers' }], groupIds: ['grp-responders'] },
    });
    expect(res.status).toBe(204);
    expect(new Set(site.state.outbox[0]!.recipients)).toEqual(new Set([MORGAN, ALEX, RILEY, SAM]));
  });

  it('refuses a notification without a body or to an unknown user or group (400)', async () => {
    const issue = createIssue(site);
    expect((await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/notify`, { subject: 'x' })).status).toBe(400);
    expect((await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/notify`, { textBody: 'x', to: { users: [{ accountId: 'nobody' }] } })).status).toBe(
      400,
    );
    expect(
      (await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/notify`, { textBody: 'x', to: { groups: [{ name: 'no-such-group' }] } })).status,
    ).toBe(400);
    expect(site.state.outbox).toEqual([]);
  });
});

describe('users and permissions', () => {
  it('GET /myself, /user and /user/bulk', async () => {
    expect(await json(await site.rest(RILEY, 'GET', '/rest/api/3/myself'))).toMatchObject({
      accountId: RILEY,
      displayName: 'Riley Responder',
      emailAddress: 'riley@example.com',
      timeZone: 'Europe/Berlin',
    });
    expect(await json(await site.rest(RILEY, 'GET', `/rest/api/3/user?accountId=${SAM}`))).toMatchObject({
      accountId: SAM,
      accountType: 'atlassian',
      active: true,
    });
    expect((await site.rest(RILEY, 'GET', '/rest/api/3/user?accountId=nobody')).status).toBe(404);
    expect(await json(await site.rest(RILEY, 'GET', `/rest/api/3/user/bulk?accountId=${SAM}&accountId=${CASEY}&accountId=nobody`))).toMatchObject({
      total: 2,
      values: [{ accountId: SAM }, { accountId: CASEY, accountType: 'customer' }],
    });
  });

  it.each([
    [RILEY, { BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER: false }],
    [MORGAN, { BROWSE_PROJECTS: true, EDIT_ISSUES: false, ADMINISTER: false }],
    [ALEX, { BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER: true }],
  ])('GET /mypermissions on an issue for %s', async (who, expected) => {
    const issue = createIssue(site);
    const body = await json<{ permissions: Record<string, { havePermission: boolean; type: string }> }>(
      await site.rest(who, 'GET', `/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER&issueKey=${issue.key}`),
    );
    expect(Object.fromEntries(Object.entries(body.permissions).map(([k, v]) => [k, v.havePermission]))).toEqual(expected);
    expect(body.permissions.ADMINISTER!.type).toBe('GLOBAL');
  });

  it('requires the permissions parameter, rejects unknown keys, and answers 404 for a hidden issue', async () => {
    expect((await site.rest(RILEY, 'GET', '/rest/api/3/mypermissions')).status).toBe(400);
    expect(await json(await site.rest(RILEY, 'GET', '/rest/api/3/mypermissions?permissions=FLY'))).toEqual({
      errorMessages: ['Unrecognized permission keys: FLY'],
      errors: {},
    });
    const restricted = createIssue(site, { securityLevelId: '10100' });
    expect((await site.rest(OSCAR, 'GET', `/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&issueKey=${restricted.key}`)).status).toBe(404);
  });

  it('answers 429 with Retry-After and RateLimit-Reason when rate limiting is switched on', async () => {
    site.faults.rateLimitNext(1);
    const limited = await site.rest(RILEY, 'GET', '/rest/api/3/myself');
    expect(limited.status).toBe(429);
    expect([limited.headers.get('Retry-After'), limited.headers.get('RateLimit-Reason')]).toEqual(['5', 'jira-burst-based']);
    expect((await site.rest(RILEY, 'GET', '/rest/api/3/myself')).status).toBe(200);
  });
});

describe('internal comments on service requests', () => {
  it('a comment with sd.public.comment { internal: true } is not public (jsdPublic false)', async () => {
    const issue = createIssue(site, { reporter: CASEY });
    const res = await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/comment`, {
      body: adf('Escalated'),
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    expect(await json(res)).toMatchObject({ jsdPublic: false });
    const pub = await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('Thanks') });
    expect(await json(pub)).toMatchObject({ jsdPublic: true });
  });
});
