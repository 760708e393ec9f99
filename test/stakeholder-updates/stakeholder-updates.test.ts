/**
 * Stakeholder updates on a cadence (issue 32, item 2). Given the local Jira site with Leadership
 * (Morgan and the incident-responders group) as the stakeholders of Critical incidents, when a
 * Critical incident Casey reported on the portal is confirmed and the site's clock moves past its
 * 30-minute cadence, then the five-minute sweep reminds the commander once (a repeated sweep reminds
 * nobody twice); an update sent from the panel reaches Morgan and the group's members by Jira
 * notification, never Casey, and is in the timeline; bad payloads store nothing; a restricted
 * incident's update reaches only people who can see it; a snooze moves the reminder.
 */
import { kvs } from '@forge/kvs';
import type { AppConfig } from '../../src/domain/config/app-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { StakeholderUpdatesView } from '../../src/shared/stakeholder-contract';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import type { StatsView } from '../../src/shared/stats-contract';
import { CASEY, createTestSite, GADGET_QUERY, invokeGadget, invokePanel, MORGAN, OSCAR, RILEY, SAM } from '../support/test-site';
import { invokeSettings } from '../settings/settings-support';
import { MINUTE, timelineTexts } from '../oncall-paging/paging-support';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const ALEX = 'acc-alex-admin';
const runSweepAgain = () => site.functions.invokeTrigger('sweep', 'incident-sweep', { context: { moduleKey: 'incident-sweep' } });

/** Leadership hears of Critical incidents of every category; `users` may name anyone (storage written directly, as an old payload could be). */
async function configureStakeholders(users: string[], groups: string[] = ['incident-responders']): Promise<void> {
  const config = (await kvs.get<AppConfig>(storageKeys.config()))!;
  config.stakeholders = {
    cadenceMinutes: { Critical: 30, Serious: 120, Mild: null },
    audiences: [{ name: 'Leadership', categories: 'every', levels: ['Critical'], users, groups }],
  };
  await kvs.set(storageKeys.config(), config);
}

/** A portal report by Casey, classified Critical and confirmed by Riley, with Sam as the incident commander. */
async function confirmedCritical(fields: { securityLevelId?: string } = {}): Promise<StoredIssue> {
  const issue = site.issues.create({ projectId: '10000', summary: 'Payroll server encrypted', reporter: CASEY, ...fields }, CASEY, false);
  await site.events.drain();
  const classified = await invokePanel(site, issue, 'incident/update', {
    expectedRevision: 0,
    impact: 'high',
    urgency: 'high',
    reason: 'Ransom note on the server',
  });
  expect(classified.result).toMatchObject({ ok: true });
  let revision = (classified.result as { data: { incident: { revision: number } } }).data.incident.revision;
  const confirmed = await invokePanel(site, issue, 'incident/triage', { expectedRevision: revision, action: 'confirm' });
  expect(confirmed.result).toMatchObject({ ok: true, data: { incident: { triage: { state: 'incident' }, priority: 'Critical' } } });
  revision = (confirmed.result as { data: { incident: { revision: number } } }).data.incident.revision;
  const role = await invokePanel(site, issue, 'response/record', { expectedRevision: revision, action: 'role', role: 'commander', accountId: SAM });
  expect(role.result).toMatchObject({ ok: true });
  return issue;
}

const reminders = (issue: StoredIssue) => site.state.outbox.filter((m) => m.issueKey === issue.key && m.subject.startsWith('Stakeholder update due'));
const updatesSent = (issue: StoredIssue) => site.state.outbox.filter((m) => m.issueKey === issue.key && m.subject.startsWith('Update on'));
const inMinutes = (n: number) => new Date(site.clock.now() + n * MINUTE).toISOString();
const goodUpdate = (basedOn = 0) => ({
  status: 'identified',
  known: 'Ransomware encrypted the payroll server; no other server is affected.',
  doing: 'Restoring from last night’s backup.',
  need: 'Tell payroll staff not to log in until noon.',
  nextUpdateAt: inMinutes(25),
  basedOn,
});
const viewOf = async (issue: StoredIssue, who = RILEY) =>
  (await invokePanel(site, issue, 'stakeholder-update/get', {}, who)).result as { ok: true; data: StakeholderUpdatesView };

describe('stakeholder updates on a cadence', () => {
  it('a Critical incident: the commander is reminded once when the update is due, and an update reaches the stakeholders and the timeline', async () => {
    await configureStakeholders([MORGAN, CASEY]);
    const issue = await confirmedCritical();
    const confirmedAt = site.clock.now();
    const before = await viewOf(issue);
    expect(before.data).toMatchObject({ confirmed: true, canSend: true, cadenceMinutes: 30, lastSeq: 0, updates: [] });
    // The reporter is never a recipient, whatever the settings say.
    expect(before.data.recipients).toEqual({ users: [MORGAN], groups: ['incident-responders'] });
    // Due 30 minutes after the confirmation (the site's clock ticks on between the calls).
    expect(Date.parse(before.data.dueAt!) - confirmedAt).toBeGreaterThan(29 * MINUTE);
    expect(Date.parse(before.data.dueAt!) - confirmedAt).toBeLessThanOrEqual(30 * MINUTE);

    await site.advanceTime(25 * MINUTE);
    expect(reminders(issue)).toHaveLength(0);
    await site.advanceTime(10 * MINUTE);
    expect(reminders(issue).map((m) => m.recipients)).toEqual([[SAM]]);
    expect(reminders(issue)[0]!.textBody).toMatch(
      /^The next stakeholder update on SEC-\d+ (was due \d+ min ago|is due now), at \w{3} \d+ \w{3} \d{4}, \d\d:\d\d \([\w/ ]+\)\./,
    );
    // Forge repeating a run, or a run overlapping the next: one reminder per due time.
    await runSweepAgain();
    await runSweepAgain();
    await site.advanceTime(5 * MINUTE);
    expect(reminders(issue)).toHaveLength(1);

    const sent = await invokePanel(site, issue, 'stakeholder-update/send', goodUpdate(), SAM);
    expect(sent.result).toMatchObject({ ok: true, data: { lastSeq: 1, updates: [{ seq: 1, status: 'identified', recipients: '1 person and 1 group' }] } });
    const [update] = updatesSent(issue);
    expect(updatesSent(issue)).toHaveLength(1);
    expect(update!.subject).toBe(`Update on ${issue.key} (Critical): Cause identified - Payroll server encrypted`);
    expect(update!.sentBy).toBe(SAM);
    expect(new Set(update!.recipients)).toEqual(new Set([MORGAN, RILEY, SAM]));
    expect(update!.recipients).not.toContain(CASEY);
    expect(update!.textBody).toContain('What we need from you:\nTell payroll staff not to log in until noon.');
    expect(update!.textBody).toMatch(/Next update by \w{3} \d+ \w{3} \d{4}, \d\d:\d\d \([\w/ ]+\)\./);
    expect((await timelineTexts(site, issue)).at(-1)).toBe(
      'Stakeholder update sent to 1 person and 1 group (Cause identified). What we know: Ransomware encrypted the payroll server; no other server is affected. What we are doing: Restoring from last night’s backup. What we need: Tell payroll staff not to log in until noon.',
    );
    // The next one is due when the update promised (25 minutes, sooner than the cadence's 30).
    const after = await viewOf(issue);
    expect(Date.parse(after.data.dueAt!) - Date.parse(after.data.updates[0]!.at)).toBeLessThanOrEqual(25 * MINUTE);
    expect(after.data.dueAt).toBe(after.data.updates[0]!.nextUpdateAt);
    // The postmortem lists the update under the timeline.
    const report = JSON.stringify((await invokePanel(site, issue, 'postmortem/get', { kind: 'postmortem' }, SAM)).result);
    expect(report).toContain('{"text":"Stakeholder updates: ","strong":true},{"text":"1 sent."}');
    // The same form sent again goes once.
    expect((await invokePanel(site, issue, 'stakeholder-update/send', goodUpdate(), SAM)).result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(updatesSent(issue)).toHaveLength(1);

    // The next due time gets its own reminder, once.
    await site.advanceTime(30 * MINUTE);
    await runSweepAgain();
    expect(reminders(issue)).toHaveLength(2);
  });

  it('bad payloads are refused as VALIDATION_FAILED and nothing is stored or sent', async () => {
    await configureStakeholders([MORGAN]);
    const issue = await confirmedCritical();
    const timelineBefore = (await timelineTexts(site, issue)).length;
    const bad: Record<string, unknown>[] = [
      {},
      { ...goodUpdate(), status: 'panicking' },
      { ...goodUpdate(), known: '   ' },
      { ...goodUpdate(), doing: 'x'.repeat(2001) },
      { ...goodUpdate(), nextUpdateAt: 'tomorrow' },
      { ...goodUpdate(), nextUpdateAt: inMinutes(-5) },
      // Critical asks for an update every 30 minutes: a promise of two hours is too late.
      { ...goodUpdate(), nextUpdateAt: inMinutes(120) },
      { ...goodUpdate(), extra: true },
    ];
    for (const payload of bad) {
      const { result } = await invokePanel(site, issue, 'stakeholder-update/send', payload, SAM);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
    for (const minutes of [0, 45, '30', null]) {
      const { result } = await invokePanel(site, issue, 'stakeholder-update/snooze', { minutes }, SAM);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
    expect(updatesSent(issue)).toHaveLength(0);
    expect(await timelineTexts(site, issue)).toHaveLength(timelineBefore);
    expect((await viewOf(issue)).data).toMatchObject({ lastSeq: 0, updates: [], reminderAt: (await viewOf(issue)).data.dueAt });
  });

  it('only people who may edit the issue send; a restricted incident’s update reaches only those who can see it', async () => {
    await configureStakeholders([MORGAN, OSCAR], []);
    const issue = await confirmedCritical({ securityLevelId: '10100' });
    expect((await invokePanel(site, issue, 'stakeholder-update/send', goodUpdate(), OSCAR)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The portal customer has no panel at all (Forge refuses the module to customers).
    await expect(invokePanel(site, issue, 'stakeholder-update/send', goodUpdate(), CASEY)).rejects.toThrow('does not allow unlicensed access');
    expect(updatesSent(issue)).toHaveLength(0);
    const sent = await invokePanel(site, issue, 'stakeholder-update/send', goodUpdate(), SAM);
    expect(sent.result).toMatchObject({ ok: true, data: { restricted: true } });
    expect(updatesSent(issue).map((m) => m.recipients)).toEqual([[MORGAN]]);
  });

  it('a snooze moves the reminder, not the due time', async () => {
    await configureStakeholders([MORGAN]);
    const issue = await confirmedCritical();
    const due = (await viewOf(issue)).data.dueAt!;
    await site.advanceTime(35 * MINUTE);
    expect(reminders(issue)).toHaveLength(1);
    const snoozed = await invokePanel(site, issue, 'stakeholder-update/snooze', { minutes: 30 }, SAM);
    expect(snoozed.result).toMatchObject({ ok: true, data: { dueAt: due, reminderAt: inMinutes(30) } });
    await site.advanceTime(25 * MINUTE);
    expect(reminders(issue)).toHaveLength(1);
    await site.advanceTime(10 * MINUTE);
    expect(reminders(issue)).toHaveLength(2);
  });

  it('a deleted incident takes its updates and its place in the reminders with it', async () => {
    await configureStakeholders([MORGAN]);
    const issue = await confirmedCritical();
    expect((await invokePanel(site, issue, 'stakeholder-update/send', goodUpdate(), SAM)).result).toMatchObject({ ok: true });
    const stakeholderKeys = () => Object.keys(site.state.kvs).filter((k) => k.startsWith('stakeholder') && k.includes(`:${issue.id}`));
    expect(stakeholderKeys().length).toBe(2);
    expect((await site.rest(ALEX, 'DELETE', `/rest/api/3/issue/${issue.key}`)).status).toBe(204);
    await site.events.drain();
    expect(stakeholderKeys()).toEqual([]);
  });

  it('the settings refuse a portal customer as a stakeholder, and store nothing', async () => {
    const loaded = (await invokeSettings(site, 'settings/get', {}, ALEX)) as { ok: true; data: { version: number; config: AppConfig } };
    const { config, version } = loaded.data;
    config.stakeholders.audiences = [{ name: 'Leadership', categories: 'every', levels: ['Critical'], users: [MORGAN, CASEY], groups: [] }];
    const message = 'Casey Customer is a portal customer, so cannot receive stakeholder updates (they are internal). Choose someone with a Jira licence.';
    expect(await invokeSettings(site, 'settings/save', { config, baseVersion: version }, ALEX)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: `The settings have 1 problem; nothing was saved. ${message}`,
        fields: { 'stakeholders.audiences.0.users': message },
      },
    });
    config.stakeholders.audiences[0]!.users = [MORGAN];
    expect(await invokeSettings(site, 'settings/save', { config, baseVersion: version }, ALEX)).toMatchObject({ ok: true, data: { version: version + 1 } });
  });

  it('Jira refusing the notification: the update is not listed nor in the timeline, and the same form sent again goes', async () => {
    await configureStakeholders([MORGAN]);
    const issue = await confirmedCritical();
    const timelineBefore = (await timelineTexts(site, issue)).length;
    // Jira busy for a minute on the notification: more than a resolver can wait.
    site.faults.busyFor(/\/notify$/, 1, 60);
    const form = goodUpdate();
    const refused = await invokePanel(site, issue, 'stakeholder-update/send', form, SAM);
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(updatesSent(issue)).toHaveLength(0);
    expect((await viewOf(issue)).data).toMatchObject({ lastSeq: 0, updates: [] });
    expect(await timelineTexts(site, issue)).toHaveLength(timelineBefore);
    const again = await invokePanel(site, issue, 'stakeholder-update/send', form, SAM);
    expect(again.result).toMatchObject({ ok: true, data: { lastSeq: 1, updates: [{ seq: 1 }] } });
    expect(updatesSent(issue)).toHaveLength(1);
    expect(await timelineTexts(site, issue)).toHaveLength(timelineBefore + 1);
  });

  it('an update saying it is resolved ends the reminders', async () => {
    await configureStakeholders([MORGAN]);
    const issue = await confirmedCritical();
    const sent = await invokePanel(site, issue, 'stakeholder-update/send', { ...goodUpdate(), status: 'resolved' }, SAM);
    expect(sent.result).toMatchObject({ ok: true, data: { dueAt: null, reminderAt: null } });
    await site.advanceTime(90 * MINUTE);
    expect(reminders(issue)).toHaveLength(0);
  });

  it('the sweep reads the whole index: an incident behind 150 others is reminded in the same run', async () => {
    await configureStakeholders([MORGAN]);
    const issue = await confirmedCritical();
    // Entries that sort before the incident's (ids of issues that are gone): the sweep drops them, after reading past them.
    const crowd = async () => {
      for (let i = 0; i < 150; i++) {
        const issueId = `0gone-${String(i).padStart(3, '0')}`;
        await kvs.set(storageKeys.stakeholderCadence(issueId), { issueId, issueKey: `GONE-${i}`, lastUpdate: null, snooze: null });
      }
    };
    for (let step = 0; step < 8 && reminders(issue).length === 0; step++) {
      await crowd();
      await site.advanceTime(5 * MINUTE);
    }
    expect(reminders(issue).map((m) => m.recipients)).toEqual([[SAM]]);
  });

  it('an incident reopened in Jira rejoins the reminders', async () => {
    await configureStakeholders([MORGAN]);
    const issue = await confirmedCritical();
    const inIndex = async () => (await kvs.get(storageKeys.stakeholderCadence(issue.id))) !== undefined;
    expect(await inIndex()).toBe(true);
    expect(
      (await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '41' }, fields: { resolution: { name: 'Done' } } }))
        .status,
    ).toBe(204);
    await site.events.drain();
    await site.advanceTime(35 * MINUTE);
    expect(await inIndex()).toBe(false);
    expect(reminders(issue)).toHaveLength(0);
    // Reopen (Resolved -> Open): the next update is due at once (the cadence ran on), so the next sweep reminds.
    expect((await site.rest(RILEY, 'POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '61' } })).status).toBe(204);
    await site.events.drain();
    expect(await inIndex()).toBe(true);
    await site.advanceTime(5 * MINUTE);
    expect(reminders(issue)).toHaveLength(1);
  });

  it('the gadget counts how often the cadence was kept: one update on time, one late', async () => {
    await configureStakeholders([MORGAN]);
    const issue = await confirmedCritical();
    const cadence = async () => {
      const { result } = await invokeGadget(site, 'stats/get', GADGET_QUERY, MORGAN);
      expect(result).toMatchObject({ ok: true });
      return (result as { data: StatsView }).data.cadence;
    };
    expect(await cadence()).toEqual({ incidents: 1, updates: 0, onTime: 0 });
    await site.advanceTime(20 * MINUTE);
    expect((await invokePanel(site, issue, 'stakeholder-update/send', goodUpdate(0), SAM)).result).toMatchObject({ ok: true });
    // 40 minutes later: the 30-minute cadence was not kept.
    await site.advanceTime(40 * MINUTE);
    expect((await invokePanel(site, issue, 'stakeholder-update/send', goodUpdate(1), SAM)).result).toMatchObject({ ok: true });
    expect(await cadence()).toEqual({ incidents: 1, updates: 2, onTime: 1 });
  });
});
