/**
 * What the settings change, seen where they act: the scope decides which new issues become
 * incidents; a project's overrides give its incidents their own calendar, escalation path and
 * contacts, while other projects keep the site's.
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { OUT_OF_SCOPE_MESSAGE } from '../../src/usecases/current-record';
import { ALEX, createTestSite, GADGET_QUERY, invokeGadget, invokePanel, RILEY } from '../support/test-site';
import { invokeSettings } from './settings-support';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

/** A new issue as Jira creates it: the created event reaches the app's trigger. */
const newIssue = (fields: { issuetype?: string; projectId?: string; summary?: string }) =>
  site.issues.create({ projectId: '10000', summary: 'VPN drops every few minutes', reporter: RILEY, ...fields }, RILEY, false);

const save = async (change: (c: ReturnType<typeof defaultAppConfig>) => void) => {
  const config = defaultAppConfig();
  change(config);
  const res = await invokeSettings(site, 'settings/save', { config, baseVersion: 0 }, ALEX);
  expect(res.ok).toBe(true);
};

describe('incident scope', () => {
  it('makes only issues of the scoped types incidents; others get no record and the panel says why', async () => {
    await save((c) => void (c.scope = { ...c.scope, issueTypeIds: ['10003'], allIssueTypes: false }));
    const task = newIssue({ issuetype: 'Task', summary: 'Rotate the VPN certificate' });
    const incident = newIssue({ issuetype: 'Incident' });
    await site.events.drain();
    expect(await kvs.get(storageKeys.incident(task.id))).toBeUndefined();
    expect(await kvs.get(storageKeys.incident(incident.id))).toMatchObject({ issueId: incident.id });
    expect((await invokePanel(site, task, 'incident/get', {})).result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: OUT_OF_SCOPE_MESSAGE } });
    expect((await invokePanel(site, task, 'incident/update', { expectedRevision: 0, category: 'phishing' })).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await invokePanel(site, incident, 'incident/get', {})).result).toMatchObject({ ok: true });
  });

  it('keeps an incident recorded before the scope narrowed', async () => {
    const task = newIssue({ issuetype: 'Task' });
    await site.events.drain();
    await save((c) => void (c.scope = { ...c.scope, issueTypeIds: ['10003'], allIssueTypes: false }));
    expect((await invokePanel(site, task, 'incident/get', {})).result).toMatchObject({ ok: true });
  });
});

describe('project overrides', () => {
  it("give one project's incidents its own calendar and contacts; the other project keeps the site's", async () => {
    const dpo = {
      id: 'dpo',
      name: 'Dana Privacy',
      role: 'DPO',
      channel: '#privacy',
      emergency: '',
      categories: [],
      levels: [],
      tellWithinMinutes: 60,
      lawEnforcement: false,
    };
    await save((c) => void (c.projects.SEC = { calendarId: 'office', escalation: null, contacts: [dpo] }));
    const critical = { expectedRevision: 0, category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom note' };
    const sec = newIssue({ projectId: '10000' });
    const ops = newIssue({ projectId: '10001' });
    await site.events.drain();
    const inSec = (await invokePanel(site, sec, 'incident/update', critical)).result;
    const inOps = (await invokePanel(site, ops, 'incident/update', critical)).result;
    expect(inSec).toMatchObject({ ok: true, data: { sla: { level: 'Critical', calendar: { id: 'office' } }, response: { contacts: [{ id: 'dpo' }] } } });
    expect(inOps).toMatchObject({
      ok: true,
      data: { sla: { level: 'Critical', calendar: { id: '24x7' } }, response: { contacts: [], contactsConfigured: false } },
    });
  });
});

describe('cost rates', () => {
  it("cost a gadget's hours at the site's rate unless the gadget sets its own", async () => {
    await save((c) => void (c.costs = { hourlyRate: 95, currency: 'USD' }));
    const query = { ...GADGET_QUERY, period: '30d' };
    const stats = (savedConfig: object) => invokeGadget(site, 'stats/get', savedConfig, ALEX);
    expect((await stats(query)).result).toMatchObject({ ok: true, data: { work: { hourlyRate: 95, currency: 'USD' } } });
    expect((await stats({ ...query, hourlyRate: 50, currency: 'EUR' })).result).toMatchObject({
      ok: true,
      data: { work: { hourlyRate: 50, currency: 'EUR' } },
    });
  });
});

describe('the scheduled sweep on the settings page', () => {
  it('shows an admin when the sweep last ran, once it has', async () => {
    const get = async () => {
      const res = await invokeSettings(site, 'settings/get', {}, ALEX);
      if (!res.ok) throw new Error(res.error.message);
      return res.data.lastSweep;
    };
    expect(await get()).toBeNull();
    await site.advanceTime(5 * 60_000);
    expect(await get()).toEqual({ window: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/), ranAt: expect.any(String) });
  });
});
