/**
 * Contract: GET and POST /rest/api/3/issue/{issueIdOrKey}/transitions on the local site, as
 * Atlassian's documents read strictly (sandbox/jira/routes/transition-routes.ts): the workflow's
 * transitions from the issue's status, only for people holding Transition issues (and the
 * transition's condition), 404 for an issue the caller cannot see, 400 for a transition not offered
 * or a field its screen does not have; Resolve has JSM's resolve screen, whose resolution is required.
 */
import type { Site } from '../../sandbox/site';
import { CASEY, createIssue, createTestSite, json, MORGAN, OSCAR, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const names = async (res: Response) => ((await json(res)) as { transitions: { name: string }[] }).transitions.map((t) => t.name);
const doTransition = (who: string, key: string, body: unknown) => site.rest(who, 'POST', `/rest/api/3/issue/${key}/transitions`, body);

describe('issue transitions', () => {
  it('lists the transitions from the issue status with their target status and category', async () => {
    const issue = createIssue(site);
    const res = await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/transitions`);
    expect(res.status).toBe(200);
    const body = (await json(res)) as {
      transitions: { id: string; name: string; isAvailable: boolean; to: { name: string; statusCategory: { key: string } } }[];
    };
    expect(body.transitions.map((t) => t.name)).toEqual(['Start work', 'Wait for reporter', 'Cancel request', 'Resolve']);
    expect(body.transitions.find((t) => t.name === 'Resolve')).toMatchObject({
      id: '41',
      isAvailable: true,
      to: { name: 'Resolved', statusCategory: { key: 'done' } },
    });
    expect(await names(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/transitions?transitionId=41`))).toEqual(['Resolve']);
  });

  it('lists the resolve screen’s resolution field with expand=transitions.fields, and no fields for a transition without a screen', async () => {
    const issue = createIssue(site);
    const res = await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/transitions?expand=transitions.fields`);
    const body = (await json(res)) as {
      transitions: { name: string; hasScreen: boolean; fields: Record<string, { required: boolean; allowedValues: { name: string }[] }> }[];
    };
    const resolve = body.transitions.find((t) => t.name === 'Resolve')!;
    expect(resolve).toMatchObject({ hasScreen: true, fields: { resolution: { key: 'resolution', name: 'Resolution', required: true, operations: ['set'] } } });
    expect(resolve.fields.resolution!.allowedValues.map((v) => v.name)).toEqual(["Won't Do", 'Duplicate', 'Done', 'Declined', 'Cannot Reproduce']);
    expect(body.transitions.find((t) => t.name === 'Start work')).toMatchObject({ hasScreen: false, fields: {} });
  });

  it('performs a transition (204): the status, its category date and the resolution date follow, and the changelog names the person', async () => {
    const issue = createIssue(site);
    const res = await doTransition(RILEY, issue.key, { transition: { id: '41' }, fields: { resolution: { name: 'Done' } } });
    expect(res.status).toBe(204);
    expect(issue.fields.status).toBe('Resolved');
    expect(issue.fields.resolutiondate).not.toBeNull();
    expect(issue.changelog.at(-1)).toMatchObject({ author: RILEY, items: [{ field: 'status', fromString: 'Open', toString: 'Resolved' }] });
    expect(await names(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/transitions`))).toEqual(['Close', 'Reopen']);
  });

  it('refuses Resolve with 400 without a resolution, with one the field does not allow, or with it in both fields and update; takes it by id or in update', async () => {
    const issue = createIssue(site);
    const without = await doTransition(RILEY, issue.key, { transition: { id: '41' } });
    expect(without.status).toBe(400);
    expect(await json(without)).toMatchObject({ errors: { resolution: 'Resolution is required.' } });
    expect((await doTransition(RILEY, issue.key, { transition: { id: '41' }, fields: { resolution: { name: 'Fixed' } } })).status).toBe(400);
    const both = { transition: { id: '41' }, fields: { resolution: { id: '10000' } }, update: { resolution: [{ set: { id: '10000' } }] } };
    expect((await doTransition(RILEY, issue.key, both)).status).toBe(400);
    expect(issue.fields.status).toBe('Open');
    expect((await doTransition(RILEY, issue.key, { transition: { id: '41' }, update: { resolution: [{ set: { id: '10000' } }] } })).status).toBe(204);
    expect(issue.fields.status).toBe('Resolved');
    const other = createIssue(site);
    expect((await doTransition(RILEY, other.key, { transition: { id: '41' }, fields: { resolution: { id: '10000' } } })).status).toBe(204);
  });

  it('offers nothing to someone without Transition issues and refuses their transition with 400', async () => {
    const issue = createIssue(site);
    // Morgan may browse and comment in the project only.
    expect(await names(await site.rest(MORGAN, 'GET', `/rest/api/3/issue/${issue.key}/transitions`))).toEqual([]);
    const unavailable = await site.rest(MORGAN, 'GET', `/rest/api/3/issue/${issue.key}/transitions?includeUnavailableTransitions=true`);
    expect(((await json(unavailable)) as { transitions: { isAvailable: boolean }[] }).transitions.every((t) => !t.isAvailable)).toBe(true);
    const res = await doTransition(MORGAN, issue.key, { transition: { id: '41' } });
    expect(res.status).toBe(400);
    expect(issue.fields.status).toBe('Open');
  });

  it('gives a portal customer no transition on their own request', async () => {
    const issue = createIssue(site, { reporter: CASEY });
    expect(await names(await site.rest(CASEY, 'GET', `/rest/api/3/issue/${issue.key}/transitions`))).toEqual([]);
    expect((await doTransition(CASEY, issue.key, { transition: { id: '41' } })).status).toBe(400);
    expect(issue.fields.status).toBe('Open');
  });

  it('answers 404 for an issue the caller cannot see, to both', async () => {
    const issue = createIssue(site, { securityLevelId: '10100' });
    expect((await site.rest(OSCAR, 'GET', `/rest/api/3/issue/${issue.key}/transitions`)).status).toBe(404);
    expect((await doTransition(OSCAR, issue.key, { transition: { id: '41' } })).status).toBe(404);
    expect((await site.rest(RILEY, 'GET', `/rest/api/3/issue/NOPE-1/transitions`)).status).toBe(404);
  });

  it('refuses with 400 a missing transition, one not leading from the status, and a field the transition has no screen for', async () => {
    const issue = createIssue(site);
    expect((await doTransition(RILEY, issue.key, {})).status).toBe(400);
    expect((await doTransition(RILEY, issue.key, { transition: { id: '51' } })).status).toBe(400);
    const withField = await doTransition(RILEY, issue.key, { transition: { id: '11' }, fields: { resolution: { name: 'Done' } } });
    expect(withField.status).toBe(400);
    expect(await json(withField)).toMatchObject({ errors: { resolution: expect.stringContaining('cannot be set') } });
    const offScreen = await doTransition(RILEY, issue.key, { transition: { id: '41' }, fields: { resolution: { name: 'Done' }, summary: 'Renamed' } });
    expect(offScreen.status).toBe(400);
    expect(await json(offScreen)).toMatchObject({ errors: { summary: expect.stringContaining('cannot be set') } });
    expect(issue.fields.status).toBe('Open');
    expect(issue.changelog).toEqual([]);
  });
});
