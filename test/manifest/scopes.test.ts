/**
 * The scopes in manifest.yml against what the app really calls. The local site puts Atlassian's spec at
 * Jira's door for every app request of every test (sandbox/jira/spec-gate.ts): an operation whose
 * `x-atlassian-oauth2-scopes` the manifest does not grant is refused as Jira refuses it, so a missing
 * scope fails whatever test exercises that call. This file shows the gate at work on one journey.
 */
import { jiraOperation, scopesAllow } from '../../sandbox/jira/jira-spec';
import { createIssue, sitePerTest, panelCalls } from '../support/test-site';

const current = sitePerTest();
const { call } = panelCalls(current);

const edit = { expectedRevision: 0, category: 'phishing', impact: 'medium', urgency: 'medium', reason: 'Two people entered their password' };

describe('scopes, judged by Atlassian spec', () => {
  it('maps operations to the scope sets the spec lists (classic, or every granular scope of a set)', () => {
    const put = jiraOperation('PUT', '/rest/api/3/issue/SEC-1/properties/incident-response')!;
    expect(put.name).toBe('PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}');
    expect(put.scopeSets).toEqual([['write:jira-work'], ['write:issue.property:jira']]);
    expect(jiraOperation('POST', '/rest/api/3/issue/properties/multi')!.name).toBe('POST /rest/api/3/issue/properties/multi');
    const levels = jiraOperation('GET', '/rest/api/3/issuesecurityschemes/level')!;
    expect(scopesAllow(levels, ['read:jira-work'])).toBe(false);
    expect(scopesAllow(levels, ['read:issue-security-level:jira'])).toBe(false);
    expect(scopesAllow(levels, ['read:issue-security-level:jira', 'read:issue-security-scheme:jira'])).toBe(true);
    expect(jiraOperation('GET', '/rest/api/3/no/such/route')).toBeNull();
  });

  it('lets every call of a panel edit through with the manifest as it is', async () => {
    const site = current();
    const issue = createIssue(site);
    expect((await call(issue, 'incident/update', edit)).ok).toBe(true);
    expect(site.spec.refused).toEqual([]);
    expect([...site.spec.operations.keys()]).toEqual(expect.arrayContaining(['PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}']));
    for (const [name, { scopeSets }] of site.spec.operations)
      expect(`${name}: ${scopeSets.some((set) => set.every((s) => site.manifest.scopes.includes(s)))}`).toBe(`${name}: true`);
  });

  it('refuses the app as Jira would once write:jira-work is gone from the manifest, and the panel says so', async () => {
    const site = current();
    const issue = createIssue(site);
    site.manifest.scopes.splice(site.manifest.scopes.indexOf('write:jira-work'), 1);
    const result = await call(issue, 'incident/update', edit);
    expect(site.spec.refused.some((r) => r.includes('needs write:jira-work'))).toBe(true);
    expect(result.ok).toBe(false);
    // Refused on purpose: kept out of the run's table, where any refusal means a scope the manifest lacks.
    site.spec.refused.length = 0;
  });
});
