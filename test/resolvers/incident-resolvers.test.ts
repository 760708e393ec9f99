/**
 * Given the app's exported resolver handler and the local Jira site, when the panel calls it,
 * then the issue property and the KVS record are read and written through the real Forge packages.
 */
import { kvs } from '@forge/kvs';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { mirrorTag } from '../../src/domain/incident/mirror-tag';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import { seededMirrorKey } from '../../sandbox/seed/seed-mirror-key';
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
    // Jira shows the panel only on issues with a mirror, so the app has made its mirror key by then
    // (once per installation: a create-only write and a read, the first time any mirror is written).
    seededMirrorKey(site.state);
    const issue = createIssue(site);
    const { result, invocation } = await invokePanel(site, issue, 'incident/get', {});
    expect(result).toMatchObject({ ok: true, data: { issue: { key: issue.key, summary: 'VPN drops every few minutes', status: 'Open' }, canEdit: true } });
    // All three at once: the storage batch goes beside the two Jira requests (one round trip, not two).
    expect(invocation.requests.map((r) => `${r.kind} ${r.method} ${r.path.split('?')[0]}`).sort()).toEqual([
      `jira GET /rest/api/3/issue/${issue.key}`,
      'jira GET /rest/api/3/mypermissions',
      'kvs POST /api/v1/batch/get',
    ]);
    expect(result).toMatchObject({ ok: true, data: { settings: { matrix: { id: 'iso-27001' }, jiraPriorityByLevel: { Critical: 'Highest' } } } });
  });

  it('shows an issue without a record as untriaged, reported when the issue was created', async () => {
    const issue = createIssue(site, { created: '2026-02-03T04:05:06.000Z' });
    const { result } = await invokePanel(site, issue, 'incident/get', {});
    expect(result).toMatchObject({
      ok: true,
      data: {
        incident: {
          category: null,
          impact: null,
          urgency: null,
          priority: null,
          triage: { state: 'event' },
          exercise: false,
          revision: 0,
          reportedAt: '2026-02-03T04:05:06.000Z',
        },
      },
    });
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
    const noIssue = await site.functions.invokeResolver({
      functionKey: 'resolver',
      moduleKey: 'incident-statistics',
      resolverKey: 'incident/get',
      payload: {},
      accountId: RILEY,
      context: { extension: { type: 'jira:dashboardGadget' } },
    });
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
  it('computes the priority from impact x urgency, records it, and Jira priority and the JQL alias follow', async () => {
    const issue = createIssue(site);
    const { result } = await invokePanel(site, issue, 'incident/update', {
      expectedRevision: 0,
      category: 'phishing',
      impact: 'medium',
      urgency: 'medium',
      reason: 'Two people entered their password',
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        incident: { category: 'phishing', impact: 'medium', urgency: 'medium', priority: 'Serious', computedPriority: 'Serious', score: 4, revision: 1 },
        issue: { priority: 'High' },
        indexInSync: true,
        notes: [],
      },
    });
    expect(await kvs.get(storageKeys.incident(issue.id))).toMatchObject({
      priority: 'Serious',
      revision: 1,
      history: [
        { by: RILEY, field: 'category', to: 'phishing', reason: 'Two people entered their password' },
        { field: 'impact', to: 'medium' },
        { field: 'urgency', to: 'medium' },
        { field: 'priority', from: null, to: 'Serious' },
      ],
    });
    // The mirror holds what the reporter may read: the level, the category only as the installation's keyed tag.
    const mirrorKey = (await kvs.get<string>(storageKeys.mirrorKey()))!;
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({
      categoryTag: mirrorTag(mirrorKey, 'phishing'),
      priority: 'Serious',
      triage: 'event',
      revision: 1,
    });
    for (const assessed of ['category', 'impact', 'urgency', 'confidentiality', 'legalDue'])
      expect(issue.properties[INCIDENT_PROPERTY_KEY]).not.toHaveProperty(assessed);
    // Jira's priority was set as the user (editmeta, then edit), so the changelog names them.
    expect(issue.fields.priority).toBe('High');
    expect(issue.changelog.at(-1)).toMatchObject({ author: RILEY, items: [{ field: 'priority', fromString: 'Medium', toString: 'High' }] });
    const res = await site.rest(RILEY, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('incidentPriority = "Serious" AND incidentTriage = "event"')}`);
    expect(((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual([issue.key]);
  });

  it('an override needs a reason, wins over the matrix and is shown as such', async () => {
    const issue = createIssue(site);
    await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, impact: 'low', urgency: 'low' });
    const { result } = await invokePanel(
      site,
      issue,
      'incident/update',
      { expectedRevision: 1, override: { level: 'Critical', reason: 'The CFO is the target' } },
      SAM,
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        incident: { priority: 'Critical', computedPriority: 'Mild', override: { level: 'Critical', reason: 'The CFO is the target', by: SAM } },
        issue: { priority: 'Highest' },
      },
    });
    const res = await site.rest(RILEY, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('incidentPriority = "Critical"')}`);
    expect(((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual([issue.key]);
  });

  it('says so, and still saves, when the mapped Jira priority does not exist in the project', async () => {
    const issue = createIssue(site);
    const config = defaultAppConfig();
    await kvs.set(storageKeys.config(), {
      ...config,
      priority: { ...config.priority, jiraPriorityByLevel: { ...config.priority.jiraPriorityByLevel, Critical: 'Blocker' } },
    });
    const { result } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, impact: 'high', urgency: 'high' });
    expect(result).toMatchObject({ ok: true, data: { incident: { priority: 'Critical' }, issue: { priority: 'Medium' } } });
    expect((result as { data: { notes: string[] } }).data.notes[0]).toBe(
      "Jira's priority could not be set to Blocker: this project's priority scheme does not offer it. Check the mapping in the app's settings.",
    );
    expect(issue.fields.priority).toBe('Medium');
  });

  it('the updated property is searchable with JQL through its alias', async () => {
    const issue = createIssue(site);
    await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'data-exposure' });
    const tag = mirrorTag((await kvs.get<string>(storageKeys.mirrorKey()))!, 'data-exposure');
    const res = await site.rest(RILEY, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(`project = SEC AND incidentCategoryTag = "${tag}"`)}`);
    expect(((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual([issue.key]);
  });

  it.each([
    ['a missing revision', { category: 'phishing' }, 'expectedRevision'],
    ['a negative revision', { expectedRevision: -1 }, 'expectedRevision'],
    ['a payload naming another issue', { expectedRevision: 0, issueKey: 'SEC-999' }, '(payload)'],
    ['a boolean sent as text', { expectedRevision: 0, exercise: 'yes' }, 'exercise'],
    ['an overlong reason', { expectedRevision: 0, impact: 'high', reason: 'x'.repeat(501) }, 'reason'],
    ['an override without a reason', { expectedRevision: 0, override: { level: 'Critical', reason: '' } }, 'override.reason'],
    ['an impact that is not text', { expectedRevision: 0, impact: 3 }, 'impact'],
    ['a CIA flag that does not exist', { expectedRevision: 0, cia: { secrecy: true } }, 'cia'],
  ])('rejects %s before touching anything', async (_name, payload, field) => {
    const issue = createIssue(site);
    const { result, invocation } = await invokePanel(site, issue, 'incident/update', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'The request was not valid; nothing was saved.' } });
    expect(Object.keys((result as { error: { fields: Record<string, string> } }).error.fields)).toContain(field);
    expect(invocation.requests).toEqual([]);
    expect(await kvs.get(storageKeys.incident(issue.id))).toBeUndefined();
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).toBeUndefined();
  });

  it.each([
    ['an unknown category', { expectedRevision: 0, category: 'aliens' }, 'category', '"aliens" is not a category in the "what to report" list.'],
    ['an impact out of range', { expectedRevision: 0, impact: 'extreme' }, 'impact', 'Impact must be one of Low, Medium, High.'],
    ['an urgency out of range', { expectedRevision: 0, urgency: '4' }, 'urgency', 'Urgency must be one of Low, Medium, High.'],
    [
      'an override to an unknown level',
      { expectedRevision: 0, override: { level: 'P0', reason: 'Because reasons' } },
      'override',
      'Priority must be one of Critical, Serious, Mild.',
    ],
  ])('rejects %s against the live settings and stores nothing', async (_name, payload, field, message) => {
    const issue = createIssue(site);
    const { result } = await invokePanel(site, issue, 'incident/update', payload);
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: 'Some values are not valid for the current settings. Nothing was saved.', fields: { [field]: message } },
    });
    expect(await kvs.get(storageKeys.incident(issue.id))).toBeUndefined();
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).toBeUndefined();
    expect(issue.fields.priority).toBe('Medium');
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
  ])('refuses %s', async (_name, who, code) => {
    const issue = createIssue(site, { securityLevelId: who === OSCAR ? '10100' : null });
    const { result } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' }, who);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await kvs.get(storageKeys.incident(issue.id))).toBeUndefined();
  });

  it('never runs for a portal customer: the panel does not allow unlicensed access, so Forge refuses the invoke', async () => {
    const issue = createIssue(site);
    await expect(invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' }, CASEY)).rejects.toThrow(
      'Module incident-panel does not allow unlicensed access for customers.',
    );
    expect(await kvs.get(storageKeys.incident(issue.id))).toBeUndefined();
  });

  it('takes the issue from the trusted context, never from the payload', async () => {
    const mine = createIssue(site);
    const other = createIssue(site, { summary: 'Another incident' });
    const { result } = await invokePanel(site, mine, 'incident/update', { expectedRevision: 0, category: 'malware', issueKey: other.key });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(other.properties[INCIDENT_PROPERTY_KEY]).toBeUndefined();
  });

  it('waits out a short Jira rate limit (Retry-After) and succeeds', async () => {
    const issue = createIssue(site);
    site.faults.rateLimitNext(1, 1);
    const started = Date.now();
    const { result, invocation } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' });
    expect(result).toMatchObject({ ok: true, data: { incident: { category: 'phishing' } } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(invocation.requests[0]).toMatchObject({ path: expect.stringContaining('/rest/api/3/mypermissions') });
  });

  it('reports a rate limit longer than the time it may wait as RATE_LIMITED with the wait, and stores nothing', async () => {
    const issue = createIssue(site);
    site.faults.rateLimitNext(5, 30);
    const { result } = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' });
    expect(result).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: 'Jira is busy; try again in 30 seconds.' } });
    expect(await kvs.get(storageKeys.incident(issue.id))).toBeUndefined();
  });
});

describe('incident/triage', () => {
  it('confirms an event as an incident, with who and when, and the JQL alias follows', async () => {
    const issue = createIssue(site);
    const { result } = await invokePanel(site, issue, 'incident/triage', { expectedRevision: 0, action: 'confirm' });
    expect(result).toMatchObject({ ok: true, data: { incident: { triage: { state: 'incident', by: RILEY, reason: null }, revision: 1 } } });
    const res = await site.rest(RILEY, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = SEC AND incidentTriage = "incident"')}`);
    expect(((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual([issue.key]);
  });

  it('dismisses as not an incident only with a reason', async () => {
    const issue = createIssue(site);
    const without = await invokePanel(site, issue, 'incident/triage', { expectedRevision: 0, action: 'dismiss' });
    expect(without.result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Say why, so the decision can be reviewed later. Nothing was saved.',
        fields: { reason: 'A reason is required.' },
      },
    });
    expect(await kvs.get(storageKeys.incident(issue.id))).toBeUndefined();
    const withReason = await invokePanel(site, issue, 'incident/triage', {
      expectedRevision: 0,
      action: 'dismiss',
      reason: 'A real newsletter from our payroll provider',
    });
    expect(withReason.result).toMatchObject({
      ok: true,
      data: { incident: { triage: { state: 'not-incident', reason: 'A real newsletter from our payroll provider' } } },
    });
  });

  it.each([
    ['an unknown action', { expectedRevision: 0, action: 'escalate' }, 'action'],
    ['an overlong reason', { expectedRevision: 0, action: 'dismiss', reason: 'y'.repeat(501) }, 'reason'],
    ['another issue named in the payload', { expectedRevision: 0, action: 'confirm', issueId: '10999' }, '(payload)'],
  ])('rejects %s', async (_name, payload, field) => {
    const issue = createIssue(site);
    const { result, invocation } = await invokePanel(site, issue, 'incident/triage', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(Object.keys((result as { error: { fields: Record<string, string> } }).error.fields)).toContain(field);
    expect(invocation.requests).toEqual([]);
  });

  it('a manager can see the decision but not make it', async () => {
    const issue = createIssue(site);
    const { result } = await invokePanel(site, issue, 'incident/triage', { expectedRevision: 0, action: 'confirm' }, MORGAN);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
