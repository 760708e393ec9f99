/**
 * Contract: the issue view's app places as Jira documents them, at the HTTP level.
 * - The panel's button and "Show for all work items" are checked on the server: the button needs
 *   permission to edit the issue and the panel's display conditions; the menu action needs a Jira admin
 *   (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-panel/).
 * - The glance's dynamicProperties function answers `{ status }` for someone who may see the incident,
 *   and nothing (Jira then shows the label) for anyone else or any other payload
 *   (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-context/).
 * - A site saved before any of this keeps the panel on every incident, as it showed it then.
 * - events.emit reaches the app's frames on the same page only
 *   (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/events/).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShellApp } from '../../sandbox/shell/shell-server';
import type { BridgeEvent } from '../../sandbox/shell/event-hub';
import { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { ALEX, CASEY, createTestSite, MORGAN, OSCAR, RILEY } from '../support/test-site';

let site: Site;
let shell: ReturnType<typeof createShellApp>;
beforeEach(() => {
  site = createTestSite();
  shell = createShellApp(site);
  site.state.issuePanels = { shownForAll: [], addedTo: {} };
});
afterEach(async () => {
  await site.close();
});

const asUser = (accountId: string) => ({ cookie: `sandbox-user=${accountId}` });
const get = async (path: string, who: string) => (await shell.app.request(path, { headers: asUser(who) })).text();
const post = (path: string, who: string) => shell.app.request(path, { method: 'POST', headers: asUser(who) });
async function incident(securityLevelId: string | null = null): Promise<StoredIssue> {
  const issue = site.issues.create({ projectId: '10000', summary: 'VPN drops every few minutes', reporter: CASEY, securityLevelId }, CASEY, false);
  site.search.noteCreated(issue);
  await site.events.drain();
  return issue;
}
const frameIds = (html: string, moduleKey: string) =>
  [...html.matchAll(new RegExp(`data-frame-id="([^"]+)" data-module="${moduleKey}"`, 'g'))].map((m) => m[1]!);

describe("the panel's button and its menu", () => {
  it('adds the panel for someone who may edit the issue, not for someone who may only comment', async () => {
    const issue = await incident();
    expect(frameIds(await get(`/browse/${issue.key}`, RILEY), 'incident-panel')).toEqual([]);
    expect((await post(`/browse/${issue.key}/apps/incident-panel/add`, MORGAN)).status).toBe(403);
    expect((await post(`/browse/${issue.key}/apps/incident-panel/add`, RILEY)).status).toBe(303);
    expect(site.state.issuePanels).toEqual({ shownForAll: [], addedTo: { [issue.id]: ['incident-panel'] } });
    expect(frameIds(await get(`/browse/${issue.key}`, MORGAN), 'incident-panel')).toHaveLength(1);
  });

  it('tells the panel it is new to the issue on the first view after its button, not later', async () => {
    const issue = await incident();
    await post(`/browse/${issue.key}/apps/incident-panel/add`, RILEY);
    const isNew = async () => {
      const frame = frameIds(await get(`/browse/${issue.key}`, RILEY), 'incident-panel')[0]!;
      const res = await shell.app.request(`/__bridge/${frame}`, {
        method: 'POST',
        headers: { ...asUser(RILEY), 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'getContext', payload: null }),
      });
      return ((await res.json()) as { result: { extension: { isNewToIssue: boolean } } }).result.extension.isNewToIssue;
    };
    expect([await isNew(), await isNew()]).toEqual([true, false]);
  });

  it('refuses the button where the display conditions do not hold, and an unknown module', async () => {
    const plain = site.issues.create({ projectId: '10000', summary: 'Printer out of toner', reporter: RILEY }, RILEY, false, { silent: true });
    expect((await post(`/browse/${plain.key}/apps/incident-panel/add`, RILEY)).status).toBe(403);
    expect((await post(`/browse/${plain.key}/apps/declare-incident/add`, RILEY)).status).toBe(404);
    expect(site.state.issuePanels?.addedTo).toEqual({});
  });

  it('lets only a Jira admin show the panel for all work items', async () => {
    const issue = await incident();
    expect((await post(`/browse/${issue.key}/apps/incident-panel/show-for-all`, RILEY)).status).toBe(403);
    expect(site.state.issuePanels?.shownForAll).toEqual([]);
    expect((await post(`/browse/${issue.key}/apps/incident-panel/show-for-all`, ALEX)).status).toBe(303);
    expect(site.state.issuePanels?.shownForAll).toEqual(['incident-panel']);
    expect(frameIds(await get(`/browse/${(await incident()).key}`, RILEY), 'incident-panel')).toHaveLength(1);
  });
});

describe('a site saved before panels needed their button', () => {
  it('keeps showing the panel on every incident, as it did', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'site-')), 'site.json');
    const before = new Site({ stateFile: file, incidents: 0, reset: true, busy: false });
    before.save();
    await before.close();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete saved.issuePanels;
    writeFileSync(file, JSON.stringify(saved));
    const after = new Site({ stateFile: file, busy: false });
    expect(after.state.issuePanels).toEqual({ shownForAll: ['incident-panel'], addedTo: {} });
    await after.close();
  });
});

describe("the glance's dynamicProperties function", () => {
  const payload = (issue: StoredIssue, type = 'jira:issueContext') => ({
    cloudId: 'local-cloud-0001',
    extension: { type, issue: { id: issue.id, key: issue.key, type: 'Incident', typeId: '10003' }, project: { id: '10000', key: 'SEC', type: 'service_desk' } },
  });
  const status = (who: string, body: unknown) => site.functions.invokeDynamicProperties('glance-status', 'incident-glance', who, body);

  it('answers one lozenge for a responder, and nothing for someone who cannot see a restricted incident', async () => {
    const restricted = await incident('10100');
    expect(await status(RILEY, payload(restricted))).toEqual({ status: { type: 'lozenge', value: { label: expect.any(String), type: expect.any(String) } } });
    expect(await status(OSCAR, payload(restricted))).toEqual({});
  });

  it('answers nothing to a payload that is not an issue context', async () => {
    const issue = await incident();
    expect(await status(RILEY, payload(issue, 'jira:issuePanel'))).toEqual({});
    expect(await status(RILEY, { extension: { type: 'jira:issueContext', issue: { id: 'x', key: issue.key } } })).toEqual({});
  });

  it('is asked for after the page: the collapsed glance holds a hidden lozenge whose frame loads only when opened', async () => {
    const issue = await incident();
    const html = await get(`/browse/${issue.key}`, RILEY);
    expect(html).toMatch(/<details class="card app-context" data-testid="context-incident-glance">/);
    expect(html).toContain(`data-testid="context-status-incident-glance" data-status-src="/browse/${issue.key}/apps/incident-glance/status" hidden`);
    expect(html).toMatch(/data-module="incident-glance"[^>]*loading="lazy"/);
    // No level yet on a report without answers: the lozenge says so.
    expect(JSON.parse(await get(`/browse/${issue.key}/apps/incident-glance/status`, RILEY))).toEqual({ status: { label: 'Level not set', type: 'default' } });
  });

  it('answers no status when the function fails (the manifest has no static one), and nothing to whom the glance is not shown', async () => {
    const issue = await incident();
    const restricted = await incident('10100');
    jest.spyOn(site.functions, 'invokeDynamicProperties').mockRejectedValueOnce(new Error('function timed out'));
    expect(JSON.parse(await get(`/browse/${issue.key}/apps/incident-glance/status`, RILEY))).toEqual({ status: null });
    expect((await shell.app.request(`/browse/${restricted.key}/apps/incident-glance/status`, { headers: asUser(OSCAR) })).status).toBe(404);
    expect((await shell.app.request(`/browse/${issue.key}/apps/incident-panel/status`, { headers: asUser(RILEY) })).status).toBe(404);
  });
});

describe('events.emit', () => {
  it("reaches the app's frames on the same page, the sender's too, and no other page", async () => {
    site.state.issuePanels = { shownForAll: ['incident-panel'], addedTo: {} };
    const issue = await incident();
    const first = await get(`/browse/${issue.key}`, RILEY);
    const second = await get(`/browse/${issue.key}`, RILEY);
    const [panel, glance, otherGlance] = [
      frameIds(first, 'incident-panel')[0]!,
      frameIds(first, 'incident-glance')[0]!,
      frameIds(second, 'incident-glance')[0]!,
    ];
    const heard: Record<string, BridgeEvent[]> = { panel: [], glance: [], otherGlance: [] };
    shell.shell.hub.subscribe(panel, (e) => heard.panel!.push(e));
    shell.shell.hub.subscribe(glance, (e) => heard.glance!.push(e));
    shell.shell.hub.subscribe(otherGlance, (e) => heard.otherGlance!.push(e));
    const emit = (payload: unknown) =>
      shell.app.request(`/__bridge/${panel}`, {
        method: 'POST',
        headers: { ...asUser(RILEY), 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'emit', payload }),
      });
    expect((await emit({ event: 'incident-response.incident-changed', payload: { issueId: issue.id } })).status).toBe(200);
    const event = { name: 'incident-response.incident-changed', payload: { issueId: issue.id } };
    expect(heard).toEqual({ panel: [event], glance: [event], otherGlance: [] });
    expect((await emit({ payload: {} })).status).toBe(400);
  });
});
