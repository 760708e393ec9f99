/** The site's own behaviour: persistence across restarts, delayed events, the Forge hooks' edges. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import api, { NeedsAuthenticationError, route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { Site } from '../../sandbox/site';
import { createIssue, createTestSite, RILEY } from '../support/test-site';

describe('persistence', () => {
  it('a restart keeps issues, properties, stored values and the clock', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'site-')), 'site.json');
    const first = new Site({ stateFile: file, incidents: 5, reset: true });
    const issue = createIssue(first);
    first.issues.setProperty(issue, 'incident-response', { category: 'malware' });
    await kvs.set('config:demo', { kept: true });
    await first.advanceTime(3_600_000);
    await first.close();

    const second = new Site({ stateFile: file });
    expect(second.issues.all()).toHaveLength(6);
    expect(second.issues.find(issue.key)!.properties['incident-response']).toEqual({ category: 'malware' });
    expect(await kvs.get('config:demo')).toEqual({ kept: true });
    expect(second.clock.offset).toBeGreaterThanOrEqual(3_600_000);
    await second.close();
  });

  it('seeds a year of incidents across categories, priorities and both projects', async () => {
    const site = createTestSite(240);
    const issues = site.issues.all();
    expect(issues).toHaveLength(240);
    const created = issues.map((i) => Date.parse(i.fields.created));
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(300 * 86_400_000);
    expect(new Set(issues.map((i) => i.projectId))).toEqual(new Set(['10000', '10001']));
    expect(new Set(issues.map((i) => i.fields.priority)).size).toBe(3); // Highest, High, Medium: the ISO levels mapped to Jira priorities
    expect(new Set(issues.map((i) => (i.properties['incident-response'] as { category: string }).category)).size).toBeGreaterThanOrEqual(8);
    expect(issues.some((i) => i.fields.securityLevelId)).toBe(true);
    await site.close();
  });
});

describe('event delivery switches', () => {
  it('holds events back for the configured delay', async () => {
    const site = createTestSite();
    site.events.options = { delayMs: 200, duplicate: false, reorder: false };
    await site.rest(RILEY, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'Late event' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(site.events.log).toHaveLength(0);
    await site.events.drain();
    expect(site.events.log).toHaveLength(1);
    await site.close();
  });
});

describe('Forge runtime hooks', () => {
  it('asUser() without an invocation user fails the way Forge does (NeedsAuthenticationError)', async () => {
    const site = createTestSite();
    await expect(api.asUser().requestJira(route`/rest/api/3/myself`)).rejects.toBeInstanceOf(NeedsAuthenticationError);
    const asApp = await api.asApp().requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`);
    expect(asApp.status).toBe(200);
    await site.close();
  });

  it('refuses targets the site does not emulate, loudly', async () => {
    const site = createTestSite();
    await expect(api.asApp().requestBitbucket(route`/2.0/repositories`)).rejects.toThrow(/does not emulate Forge fetch target/);
    await site.close();
  });
});
