/**
 * The local site's Jira Service Management routes, judged by jira.js 6's service-desk schemas (run
 * outside jest: test/support/jsm-schema-judge.mjs), with the stricter reading that no key the
 * schemas do not document may appear. And the spec gate: the app may call them only with the
 * scope Atlassian lists (jsm-operations.ts).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { jiraOperation, scopesAllow } from '../../sandbox/jira/jira-spec';
import type { Site } from '../../sandbox/site';
import { ANONYMOUS_ACCOUNT_ID } from '../../sandbox/state/user-kinds';
import { ALEX, CASEY, createTestSite, OSCAR } from '../support/test-site';

const JUDGE = join(__dirname, '..', 'support', 'jsm-schema-judge.mjs');

function judge(answers: { schema: string; body: unknown }[]): { schema: string; problems: string[] }[] {
  return JSON.parse(execFileSync(process.execPath, [JUDGE], { input: JSON.stringify(answers), encoding: 'utf8' })) as { schema: string; problems: string[] }[];
}

let site: Site;
beforeAll(() => {
  site = createTestSite(0, { busy: true });
});
afterAll(async () => {
  await site.close();
});

const get = async (who: string, path: string) => {
  const res = await site.rest(who, 'GET', `/rest/servicedeskapi${path}`);
  return { status: res.status, body: (await res.json()) as { values?: { id: string; name?: string; groupIds?: string[]; projectKey?: string }[] } };
};

describe('Jira Service Management REST on the local site', () => {
  it('serves the desks, their request types and groups in the shapes jira.js documents', async () => {
    const desks = await get(ALEX, '/servicedesk');
    const help = await get(ALEX, '/servicedesk/2/requesttype');
    const security = await get(ALEX, '/servicedesk/SEC/requesttype');
    const groups = await get(ALEX, '/servicedesk/2/requesttypegroup');
    const hardware = await get(ALEX, '/servicedesk/2/requesttype?groupId=21');
    expect([desks.status, help.status, security.status, groups.status, hardware.status]).toEqual([200, 200, 200, 200, 200]);
    expect(desks.body.values!.map((d) => d.projectKey)).toEqual(['SEC', 'HELP']);
    expect(help.body.values!.length).toBeGreaterThanOrEqual(5);
    expect(security.body.values!.map((t) => [t.name, t.groupIds])).toEqual([
      ['Report something that seems off', ['1']],
      // Made through the API and never put in a group: JSM does not show it on the portal.
      ['Report a lost or stolen device', []],
    ]);
    expect(hardware.body.values!.map((t) => t.name)).toEqual(['Request a new laptop', 'Install software', 'A new starter joins']);
    const verdicts = judge([
      { schema: 'PagedServiceDeskSchema', body: desks.body },
      { schema: 'PagedRequestTypeSchema', body: help.body },
      { schema: 'PagedRequestTypeSchema', body: security.body },
      { schema: 'PagedRequestTypeGroupSchema', body: groups.body },
    ]);
    expect(verdicts).toEqual([
      { schema: 'PagedServiceDeskSchema', problems: [] },
      { schema: 'PagedRequestTypeSchema', problems: [] },
      { schema: 'PagedRequestTypeSchema', problems: [] },
      { schema: 'PagedRequestTypeGroupSchema', problems: [] },
    ]);
  });

  it('the judge is not blind: a wrong type and an invented key are caught', () => {
    const [verdict] = judge([{ schema: 'PagedRequestTypeSchema', body: { size: 'one', values: [{ id: '1', colour: 'red' }] } }]);
    expect(verdict!.problems).toEqual(['size: Invalid input: expected number, received string', 'values.0.colour is not documented']);
  });

  it('answers an unknown desk with 404 in JSM error shape; customers see the desks, not only agents', async () => {
    const missing = await site.rest(ALEX, 'GET', '/rest/servicedeskapi/servicedesk/99/requesttype');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errorMessage: expect.any(String) });
    expect((await get(CASEY, '/servicedesk')).body.values!.length).toBe(2);
    expect((await get(OSCAR, '/servicedesk/2/requesttype')).status).toBe(200);
  });

  it("answers a call without a user 401 in JSM's documented ErrorResponse shape (errorMessage, i18nErrorMessage; nothing else)", async () => {
    const res = await site.rest(ANONYMOUS_ACCOUNT_ID, 'GET', '/rest/servicedeskapi/servicedesk');
    expect(res.status).toBe(401);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['errorMessage', 'i18nErrorMessage']);
    expect(body).toEqual({ errorMessage: expect.any(String), i18nErrorMessage: { i18nKey: expect.any(String), parameters: [] } });
    expect(judge([{ schema: 'ErrorResponseSchema', body }])).toEqual([{ schema: 'ErrorResponseSchema', problems: [] }]);
  });

  it('the app may call them with read:servicedesk-request, as Atlassian lists, and not without', () => {
    const op = jiraOperation('GET', '/rest/servicedeskapi/servicedesk/2/requesttype')!;
    expect(op.name).toBe('GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype');
    expect(scopesAllow(op, site.manifest.scopes)).toBe(true);
    expect(scopesAllow(op, ['read:jira-work', 'write:jira-work'])).toBe(false);
    expect(jiraOperation('POST', '/rest/servicedeskapi/servicedesk/2/requesttype')).toBeNull();
  });
});
