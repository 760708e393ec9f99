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
    const count = first.issues.all().length;
    first.issues.setProperty(issue, 'incident-response', { category: 'malware' });
    await kvs.set('config:demo', { kept: true });
    await first.advanceTime(3_600_000);
    await first.close();

    const second = new Site({ stateFile: file });
    expect(second.issues.all()).toHaveLength(count);
    expect(second.issues.find(issue.key)!.properties['incident-response']).toEqual({ category: 'malware' });
    expect(await kvs.get('config:demo')).toEqual({ kept: true });
    expect(second.clock.offset).toBeGreaterThanOrEqual(3_600_000);
    await second.close();
  });

  it('seeds a year of incidents across categories, priorities and both projects', async () => {
    const site = createTestSite(240);
    const issues = site.issues.all().filter((i) => ['10000', '10001'].includes(i.projectId));
    expect(issues).toHaveLength(240);
    const created = issues.map((i) => Date.parse(i.fields.created));
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(300 * 86_400_000);
    expect(new Set(issues.map((i) => i.projectId))).toEqual(new Set(['10000', '10001']));
    expect(new Set(issues.map((i) => i.fields.priority)).size).toBe(3); // Highest, High, Medium: the ISO levels mapped to Jira priorities
    // Categories show in the mirror as the installation's keyed tags: eight distinct tags, eight categories.
    expect(new Set(issues.map((i) => (i.properties['incident-response'] as { categoryTag: string }).categoryTag)).size).toBeGreaterThanOrEqual(8);
    expect(issues.some((i) => i.fields.securityLevelId)).toBe(true);
    // A consistent year: every status history in time order, so no closed or resolved incident has a clock still running.
    const res = await site.rest(
      RILEY,
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('status in (Closed, Resolved, Done) AND incidentSlaDue < now()')}`,
    );
    expect(((await res.json()) as { issues: unknown[] }).issues).toEqual([]);
    for (const issue of issues) {
      const times = issue.changelog.map((c) => Date.parse(c.created));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    await site.close();
  });

  it("is a busy site: the other teams' year of work beside the incidents, untouched by the app", async () => {
    const site = createTestSite(0, { busy: true });
    const others = site.issues.all();
    const byProject = (key: string) => others.filter((i) => i.key.startsWith(`${key}-`));
    expect([byProject('HELP').length, byProject('WEB').length, byProject('MKT').length]).toEqual([160, 150, 80]);
    expect(new Set(byProject('HELP').map((i) => i.requestTypeId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(byProject('WEB').map((i) => i.fields.issuetype))).toEqual(new Set(['Story', 'Bug', 'Task']));
    expect(others.filter((i) => i.comments.length > 0).length).toBeGreaterThan(300);
    expect(others.filter((i) => (i.worklogs ?? []).length > 0).length).toBeGreaterThan(150);
    expect(others.filter((i) => Object.keys(i.properties).length > 0).length).toBeGreaterThan(150);
    // Nothing of the app's: no incident mirror, no portal answers, no stored record.
    expect(others.filter((i) => 'incident-response' in i.properties)).toEqual([]);
    expect(Object.keys(site.state.kvs).filter((k) => !k.startsWith('config'))).toEqual([]);
    expect(createTestSite(0, { busy: false }).issues.all()).toEqual([]);
    await site.close();
  });
});

describe('event delivery switches', () => {
  it('holds events back for the configured delay', async () => {
    const site = createTestSite();
    // Long enough that a busy machine's slow request still finishes well inside it.
    site.events.options = { delayMs: 1_500, duplicate: false, reorder: false };
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
