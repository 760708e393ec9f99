/**
 * Given an incident with SLA clocks on the local site, when the site clock passes a warning and a
 * breach, then the five-minute sweep (found through JQL on the indexed next check) comments and
 * notifies once per step, and a repeated sweep adds nothing.
 */
import { kvs } from '@forge/kvs';
import type { AppConfig } from '../../src/domain/config/app-config';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { ESCALATION_PROPERTY_KEY } from '../../src/domain/sla/escalation-message';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { createTestSite, invokePanel, json, MORGAN, RILEY, SAM } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const MINUTE = 60_000;

/** Escalation paths: warnings to the assignee, breaches also to Morgan and the managers' group. */
async function storeConfig(): Promise<AppConfig> {
  const config = defaultAppConfig();
  config.sla.escalation.default.breach = { assignee: true, reporter: false, watchers: false, users: [MORGAN], groups: ['incident-managers'] };
  await kvs.set(storageKeys.config(), config);
  return config;
}

/** A Critical incident (high impact x high urgency): contain within 4 h around the clock, warned at 3 h. */
async function criticalIncident(assignee: string | null = SAM): Promise<StoredIssue> {
  const created = await json<{ id: string; key: string }>(
    await site.rest(RILEY, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'SEC' },
        issuetype: { name: 'Incident' },
        summary: 'Ransom note on the file server',
        ...(assignee ? { assignee: { accountId: assignee } } : {}),
      },
    }),
  );
  await site.events.drain();
  const issue = site.issues.find(created.key)!;
  const { result } = await invokePanel(site, issue, 'incident/update', {
    expectedRevision: 0,
    impact: 'high',
    urgency: 'high',
    reason: 'File server encrypted',
  });
  expect(result).toMatchObject({ ok: true, data: { incident: { priority: 'Critical' } } });
  return issue;
}

const escalationComments = (issue: StoredIssue) => issue.comments.filter((c) => (c.properties ?? []).some((p) => p.key === ESCALATION_PROPERTY_KEY));
const commentText = (c: StoredIssue['comments'][number]) => JSON.stringify(c.body);
const mirror = (issue: StoredIssue) => issue.properties[INCIDENT_PROPERTY_KEY] as Record<string, unknown>;
const jql = async (query: string) =>
  (await json<{ issues: { key: string }[] }>(await site.rest(RILEY, 'POST', '/rest/api/3/search/jql', { jql: query, fields: ['key'] }))).issues.map(
    (i) => i.key,
  );

describe('SLA escalation by the five-minute sweep', () => {
  it('warns once, then escalates the breach once; the index follows; repeated sweeps add nothing', async () => {
    await storeConfig();
    const issue = await criticalIncident();
    const reported = Date.parse(issue.fields.created);
    expect(mirror(issue)).toMatchObject({
      slaDue: new Date(reported + 4 * 60 * MINUTE).toISOString(),
      nextCheck: new Date(reported + 3 * 60 * MINUTE).toISOString(),
      slaBreached: 'false',
    });

    await site.advanceTime(2 * 60 * MINUTE + 50 * MINUTE);
    expect(escalationComments(issue)).toEqual([]);

    await site.advanceTime(15 * MINUTE);
    const [warning] = escalationComments(issue);
    expect(escalationComments(issue)).toHaveLength(1);
    expect(warning!.body.content[0]).toMatchObject({
      type: 'paragraph',
      content: [
        { type: 'mention', attrs: { id: SAM } },
        { type: 'text' },
        { type: 'text', text: 'SLA warning (Critical, Around the clock (24/7))', marks: [{ type: 'strong' }] },
      ],
    });
    expect(commentText(warning!)).toContain('Time to contain: ');
    // Internal: the reporter does not see SLA escalations on the portal.
    const listed = await json<{ comments: { id: string; jsdPublic: boolean }[] }>(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/comment`));
    expect(listed.comments.find((c) => c.id === warning!.id)!.jsdPublic).toBe(false);
    // Jira's own email for the mention in the internal comment, then the app's notification.
    expect(site.state.outbox.filter((m) => m.issueKey === issue.key).map((m) => [m.subject, m.recipients])).toEqual([
      [`Incident response (app) mentioned you on ${issue.key}: Ransom note on the file server`, [SAM]],
      [`[${issue.key}] SLA warning: Ransom note on the file server`, [SAM]],
    ]);
    expect(mirror(issue)).toMatchObject({ nextCheck: new Date(reported + 4 * 60 * MINUTE).toISOString(), slaBreached: 'false' });

    site.scheduler.duplicateRuns = true;
    await site.advanceTime(60 * MINUTE);
    const comments = escalationComments(issue);
    expect(comments).toHaveLength(2);
    expect(commentText(comments[1]!)).toContain('Time to contain: breached. It was due');
    // The app's notifications (Jira's own mention emails are in the outbox too).
    const breachNotice = site.state.outbox.filter((m) => m.issueKey === issue.key && m.sentBy === 'app-incident-response' && m.subject.startsWith('['))[1]!;
    expect(breachNotice.subject).toBe(`[${issue.key}] SLA breached: Ransom note on the file server`);
    expect(new Set(breachNotice.recipients)).toEqual(new Set([SAM, MORGAN, 'acc-alex-admin']));
    expect(mirror(issue)).toMatchObject({ slaBreached: 'true' });
    expect(await jql('incidentSlaDue < now()')).toEqual([issue.key]);
    expect(await jql('incidentSlaBreached = "true"')).toEqual([issue.key]);

    // Hours more of sweeps (each run twice) add nothing until the resolve clock's warning at 18 h.
    await site.advanceTime(5 * 60 * MINUTE);
    expect(escalationComments(issue)).toHaveLength(2);
    // Two escalations, each a mention email from Jira and the app's notification: nothing repeated.
    expect(site.state.outbox.filter((m) => m.issueKey === issue.key)).toHaveLength(4);
    const record = await kvs.get<IncidentRecord>(storageKeys.incident(issue.id));
    expect(record!.sla!.escalations.map((e) => e.step)).toEqual([
      `contain:warning:${new Date(reported + 240 * MINUTE).toISOString()}`,
      `contain:breach:${new Date(reported + 240 * MINUTE).toISOString()}`,
    ]);
  });

  it('a second sweep over the same moment (Forge repeating a run, or overlapping) sends nothing twice', async () => {
    await storeConfig();
    const issue = await criticalIncident();
    await site.advanceTime(3 * 60 * MINUTE + 5 * MINUTE);
    expect(escalationComments(issue)).toHaveLength(1);
    // Run the handler again directly, outside the window claim: the per-step claims still hold.
    await site.functions.invokeTrigger('sweep', 'incident-sweep', { context: { moduleKey: 'incident-sweep' } });
    await site.functions.invokeTrigger('sweep', 'incident-sweep', { context: { moduleKey: 'incident-sweep' } });
    expect(escalationComments(issue)).toHaveLength(1);
    // One warning: Jira's mention email and the app's notification, once each.
    expect(site.state.outbox.filter((m) => m.issueKey === issue.key)).toHaveLength(2);
  });

  it('"Waiting for reporter" pauses the clocks: no escalation while paused, the due time moves after', async () => {
    await storeConfig();
    const issue = await criticalIncident();
    await site.advanceTime(60 * MINUTE);
    site.issues.edit(issue, { status: 'Waiting for reporter' }, RILEY, false);
    await site.events.drain();
    expect(mirror(issue)).toMatchObject({ slaDue: null, nextCheck: null });
    await site.advanceTime(6 * 60 * MINUTE);
    expect(escalationComments(issue)).toEqual([]);
    site.issues.edit(issue, { status: 'In Progress' }, RILEY, false);
    await site.events.drain();
    const reported = Date.parse(issue.fields.created);
    const pausedMs = 6 * 60 * MINUTE;
    // Containment was due 4 h after the report; the 6 paused hours move it, give or take the event's second.
    expect(Math.abs(Date.parse(mirror(issue).slaDue as string) - (reported + 240 * MINUTE + pausedMs))).toBeLessThan(MINUTE);
    const { result } = await invokePanel(site, issue, 'incident/get', {});
    expect(result).toMatchObject({
      ok: true,
      data: {
        sla: {
          level: 'Critical',
          clocks: [
            { kind: 'acknowledge', state: 'met' },
            { kind: 'contain', state: 'running', counting: true },
            { kind: 'resolve', state: 'running' },
          ],
        },
        indexInSync: true,
      },
    });
  });

  it('status events delivered twice and in reverse order leave the same SLA facts as one clean delivery', async () => {
    const walk = async () => {
      const issue = await criticalIncident();
      for (const status of ['In Progress', 'Waiting for reporter', 'In Progress', 'Contained', 'Resolved']) site.issues.edit(issue, { status }, RILEY, false);
      await site.events.drain();
      const record = await kvs.get<IncidentRecord>(storageKeys.incident(issue.id));
      return record!.sla!.statusChanges.map((c) => `${c.from}->${c.to}`);
    };
    const clean = await walk();
    expect(clean).toEqual([
      'Open->In Progress',
      'In Progress->Waiting for reporter',
      'Waiting for reporter->In Progress',
      'In Progress->Contained',
      'Contained->Resolved',
    ]);
    site.events.options = { delayMs: 5, duplicate: true, reorder: true };
    expect(await walk()).toEqual(clean);
  });

  it('an incident nobody is assigned to is escalated without a mention, saying so', async () => {
    await storeConfig();
    const issue = await criticalIncident(null);
    await site.advanceTime(3 * 60 * MINUTE + 5 * MINUTE);
    expect(escalationComments(issue)[0]!.body.content[0]).toMatchObject({
      content: [
        { type: 'text', text: 'Nobody is assigned to this incident. ' },
        { type: 'text', marks: [{ type: 'strong' }] },
      ],
    });
  });

  it("a sweep over many open incidents, few of them due, costs 1 search + 2 requests per due incident + 1 bulk mirror write, plus the mirror patrol's search and the restriction re-check's search", async () => {
    await storeConfig();
    const due = [await criticalIncident(), await criticalIncident(), await criticalIncident()];
    const quiet: StoredIssue[] = [];
    for (let i = 0; i < 40; i++) quiet.push(site.issues.create({ projectId: '10000', summary: `Quiet ${i}`, reporter: RILEY }, RILEY, false));
    await site.events.drain();
    site.functions.invocations.length = 0;
    await site.advanceTime(3 * 60 * MINUTE + 5 * MINUTE);
    const runs = site.functions.invocations.filter((i) => i.functionKey === 'sweep');
    const jiraRequests = runs.map((r) => r.requests.filter((q) => q.kind === 'jira'));
    const busy = jiraRequests.find((r) => r.length > 3)!;
    expect(busy.map((r) => `${r.method} ${r.path.split('?')[0]}`).sort()).toEqual(
      [
        'POST /rest/api/3/search/jql',
        'POST /rest/api/3/search/jql',
        'POST /rest/api/3/search/jql',
        'POST /rest/api/3/issue/properties/multi',
        ...due.flatMap((d) => [`POST /rest/api/3/issue/${d.key}/comment`, `POST /rest/api/3/issue/${d.key}/notify`]),
      ].sort(),
    );
    // Runs with nothing due cost the due search, the patrol's search and the restriction re-check's; no mirror needed restoring.
    expect(jiraRequests.filter((r) => r !== busy).every((r) => r.length === 3 && r.every((q) => q.path.includes('/search/jql')))).toBe(true);
  });
});
