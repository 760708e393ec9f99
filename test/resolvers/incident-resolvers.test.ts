/**
 * Given the app's exported resolver handler and the local Jira site, when the panel calls it,
 * then the issue property and the KVS record are read and written through the real Forge packages.
 */
import { kvs } from '@forge/kvs';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import { CASEY, createIssue, createTestSite, invokePanel, MORGAN, OSCAR, RILEY, SAM } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

describe('incident/get', () => {
  it('opens with one invocation that makes exactly 3 platform requests (the panel budget)', async () => {
    const issue = createIssue(site);
    const { result, invocation } = await invokePanel(site, issue, 'incident/get', {});
    expect(result).toMatchObject({ ok: true, data: { issue: { key: issue.key, summary: 'VPN drops every few minutes', status: 'Open' }, canEdit: true } });
    expect(invocation.requests.map((r) => `${r.kind} ${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'jira GET /rest/api/3/mypermissions',
      `jira GET /rest/api/3/issue/${issue.key}`,
      'kvs POST /api/v1/get',
    ]);
  });

  it('shows an issue without a record as untriaged, reported when the issue was created', async () => {
    const issue = createIssue(site, { created: '2026-02-03T04:05:06.000Z' });
    const { result } = await invokePanel(site, issue, 'incident/get', {});
    expect(result).toMatchObject({ ok: true, data: { incident: { category: null, impact: null, urgency: null, exercise: false, revision: 0, reportedAt: '2026-02-03T04:05:06.000Z' } } });
  });

  it('lets a manager view but not edit', async () => {
    const issue = createIssue(site);
    const { result } = await invokePanel(site, issue, 'incident/get', {}, MORGAN);
    expect(result).toMatchObject({ ok: true, data: { canEdit: false } });
  });

  it('hides a restricted incident from the outsider, exactly as if it did not exist', async () => {
    const issue = createIssue(site, { securityLevelId: '10100' });
    const { result } = await invokePanel(site, issue, 'incident/get', {}, OSCAR);
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'This issue does not exist or you cannot see it.' } });
  });

  it('refuses a call outside an issue and an anonymous caller', async () => {
    const issue = createIssue(site);
    const noIssue = await site.functions.invokeResolver({ functionKey: 'resolver', moduleKey: 'incident-statistics', resolverKey: 'incident/get', payload: {}, accountId: RILEY, context: { extension: { type: 'jira:dashboardGadget' } } });
    expect(noIssue.result).toMatchObject({ ok: false, error: { code: 'NOT_IN_ISSUE_CONTEXT' } });
    const anonymous = await invokePanel(site, issue, 'incident/get', {}, null);
    expect(anonymous.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('flags a property someone edited outside the app as out of sync', async () => {
    const issue = createIssue(site);
    await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' });
    const tamper = await site.rest(SAM, 'PUT', `/rest/api/3/issue/${issue.key}/properties/${INCIDENT_PROPERTY_KEY}`, { category: 'other' });
    expect(tamper.status).toBe(200);
    const { result } = await invokePanel(site, issue, 'incident/get', {});
    expect(result).toMatchObject({ ok: true, data: { indexInSync: false, incident: { category: 'phishing' } } });
  });
});

describe('incident/update', () => {
  it('writes the KVS record and re-derives the indexed property, attributed to the user', async () => {
    const issue = createIssue(site);
    const { result } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing', impact: 'significant', urgency: 'high' });
    expect(result).toMatchObject({ ok: true, data: { incident: { category: 'phishing', impact: 'significant', urgency: 'high', revision: 1 }, indexInSync: true } });
    expect(await kvs.get(storageKeys.incident(issue.id))).toMatchObject({ category: 'phishing', revision: 1, history: [{ by: RILEY, field: 'category', to: 'phishing' }, { field: 'impact' }, { field: 'urgency' }] });
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).toEqual({ category: 'phishing', impact: 'significant', urgency: 'high', exercise: 'false', reportedAt: new Date(issue.fields.created).toISOString(), revision: 1 });
  });

  it('the updated property is searchable with JQL through its alias', async () => {
    const issue = createIssue(site);
    await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'data-exposure' });
    const res = await site.rest(RILEY, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = SEC AND incidentCategory = "data-exposure"')}`);
    expect(((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual([issue.key]);
  });

  it.each([
    ['an unknown category', { expectedRevision: 0, category: 'aliens' }, 'category'],
    ['a missing revision', { category: 'phishing' }, 'expectedRevision'],
    ['a negative revision', { expectedRevision: -1 }, 'expectedRevision'],
    ['an unexpected field', { expectedRevision: 0, issueKey: 'SEC-999' }, '(payload)'],
    ['a boolean sent as text', { expectedRevision: 0, exercise: 'yes' }, 'exercise'],
  ])('rejects %s with a typed error and stores nothing', async (_name, payload, field) => {
    const issue = createIssue(site);
    const { result, invocation } = await invokePanel(site, issue, 'incident/update', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'The request was not valid; nothing was saved.' } });
    expect(Object.keys((result as { error: { fields: Record<string, string> } }).error.fields)).toContain(field);
    expect(invocation.requests).toEqual([]);
    expect(await kvs.get(storageKeys.incident(issue.id))).toBeUndefined();
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).toBeUndefined();
  });

  it('refuses a stale revision so a colleague is never silently overwritten', async () => {
    const issue = createIssue(site);
    await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' }, SAM);
    const { result } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'malware' }, RILEY);
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await kvs.get(storageKeys.incident(issue.id))).toMatchObject({ category: 'phishing', revision: 1 });
  });

  it('saving the same values again changes nothing', async () => {
    const issue = createIssue(site);
    await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' });
    const { result } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 1, category: 'phishing' });
    expect(result).toMatchObject({ ok: true, data: { incident: { revision: 1 } } });
  });

  it.each([
    ['a manager (browse only)', MORGAN, 'FORBIDDEN'],
    ['the outsider on a restricted incident', OSCAR, 'NOT_FOUND'],
    ['a portal customer on someone else’s request', CASEY, 'NOT_FOUND'],
  ])('refuses %s', async (_name, who, code) => {
    const issue = createIssue(site, { securityLevelId: who === OSCAR ? '10100' : null });
    const { result } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' }, who);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await kvs.get(storageKeys.incident(issue.id))).toBeUndefined();
  });

  it('takes the issue from the trusted context, never from the payload', async () => {
    const mine = createIssue(site);
    const other = createIssue(site, { summary: 'Another incident' });
    const { result } = await invokePanel(site, mine, 'incident/update', { expectedRevision: 0, category: 'malware', issueKey: other.key });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(other.properties[INCIDENT_PROPERTY_KEY]).toBeUndefined();
  });

  it('reports Jira rate limiting as RATE_LIMITED with the wait', async () => {
    const issue = createIssue(site);
    site.faults.rateLimitNext(2);
    const { result } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' });
    expect(result).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: 'Jira is busy; try again in 5 seconds.' } });
  });
});
