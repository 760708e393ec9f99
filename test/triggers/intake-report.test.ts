/**
 * Given a report filed on the JSM portal, when Jira's created-event reaches the app (late, twice,
 * out of order), then the report is classified from what the reporter said, Jira's priority and
 * issue security follow the settings, the mirror is indexed and the reporter is thanked once.
 */
import { kvs } from '@forge/kvs';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { ACKNOWLEDGEMENT_PROPERTY_KEY } from '../../src/domain/triage/acknowledgement';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { mirrorTag } from '../../src/domain/incident/mirror-tag';
import { INCIDENT_PROPERTY_KEY, PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { CASEY, createTestSite, invokePanel, json, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

/** What the portal does on "Send": the customer creates the request, Jira stores the panel's fields. */
function fileOnPortal(report: unknown, summary = 'Email asking me to re-enter my password'): StoredIssue {
  const issue = site.issues.create({ projectId: '10000', summary, reporter: CASEY, properties: { [PORTAL_REPORT_PROPERTY_KEY]: report } }, CASEY, false);
  site.search.noteCreated(issue);
  return issue;
}

const acknowledgements = (issue: StoredIssue) => issue.comments.filter((c) => c.properties?.some((p) => p.key === ACKNOWLEDGEMENT_PROPERTY_KEY));

describe('intake of a portal report', () => {
  it('classifies a phishing report from its category, indexes it and thanks the reporter publicly', async () => {
    const issue = fileOnPortal({ category: 'phishing', personalData: 'no', howBad: 'me', howUrgent: null });
    await site.events.drain();
    expect(await kvs.get<IncidentRecord>(storageKeys.incident(issue.id))).toMatchObject({
      category: 'phishing',
      impact: 'low',
      urgency: 'medium',
      priority: 'Mild',
      triage: { state: 'event' },
      reporter: { category: 'phishing', personalData: 'no', howBad: 'me', howUrgent: null },
    });
    const mirrorKey = (await kvs.get<string>(storageKeys.mirrorKey()))!;
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({ categoryTag: mirrorTag(mirrorKey, 'phishing'), priority: 'Mild', triage: 'event' });
    expect(issue.fields.priority).toBe('Medium');
    const [ack] = acknowledgements(issue);
    expect(ack).toMatchObject({ author: 'app-incident-response', visibility: null });
    expect(JSON.stringify(ack!.body)).toContain('will get back to you by the next business day');
    expect(await kvs.get(storageKeys.intake(issue.id))).toMatchObject({ completedAt: expect.any(String), notes: [] });
  });

  it('locks a data-exposure report down and raises Jira priority, in one edit by the app', async () => {
    const issue = fileOnPortal({ category: 'data-exposure', personalData: 'yes' }, 'Customer list sent to the wrong recipient');
    await site.events.drain();
    expect(issue.fields.securityLevelId).toBe('10100');
    expect(issue.fields.priority).toBe('Highest');
    expect(issue.changelog.at(-1)).toMatchObject({
      author: 'app-incident-response',
      items: expect.arrayContaining([expect.objectContaining({ field: 'priority' }), expect.objectContaining({ field: 'security' })]),
    });
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({ priority: 'Critical' });
    // The assessment stays in storage: the reporter may read the property.
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).not.toHaveProperty('confidentiality');
    expect(JSON.stringify(acknowledgements(issue)[0]!.body)).toContain('within 1 hour');
    // The reporter still sees their own request (the level keeps the reporter in), the outsider does not.
    expect((await site.rest(CASEY, 'GET', `/rest/api/3/issue/${issue.key}`)).status).toBe(200);
    expect((await site.rest('acc-oscar-outsider', 'GET', `/rest/api/3/issue/${issue.key}`)).status).toBe(404);
  });

  it('takes a report with answers it does not know, dropping only those answers', async () => {
    const issue = fileOnPortal({ category: 'ufo-sighting', personalData: 'definitely', howBad: { nested: true } });
    await site.events.drain();
    expect(await kvs.get<IncidentRecord>(storageKeys.incident(issue.id))).toMatchObject({
      category: null,
      priority: null,
      reporter: { category: null, personalData: null, howBad: null },
    });
    expect(acknowledgements(issue)).toHaveLength(1);
    expect(site.events.log.filter((d) => d.outcome === 'failed')).toEqual([]);
  });

  it('ends in the same state when the created-event arrives late, twice and after an update', async () => {
    site.events.options = { delayMs: 200, duplicate: true, reorder: true };
    const issue = fileOnPortal({ category: 'malware', personalData: 'unsure' });
    site.issues.edit(issue, { labels: ['endpoint'] }, RILEY, false);
    await site.events.drain();
    expect(acknowledgements(issue)).toHaveLength(1);
    expect(await kvs.get<IncidentRecord>(storageKeys.incident(issue.id))).toMatchObject({ category: 'malware', priority: 'Critical', revision: 0 });
    expect(issue.fields.priority).toBe('Highest');
    expect(site.events.log.filter((d) => d.outcome === 'failed')).toEqual([]);
  });

  it('an issue filed by an agent in Jira gets a record but no thank-you', async () => {
    const created = await json<{ id: string; key: string }>(
      await site.rest(RILEY, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'Disk full' } }),
    );
    await site.events.drain();
    const issue = site.issues.find(created.key)!;
    expect(await kvs.get(storageKeys.incident(created.id))).toMatchObject({ category: null, reporter: null });
    expect(issue.comments).toEqual([]);
  });

  it('a responder who is quicker than the event starts from what the reporter said, and intake keeps their edit', async () => {
    site.events.options = { delayMs: 200, duplicate: false, reorder: false };
    const issue = fileOnPortal({ category: 'phishing', personalData: 'no' });
    const { result } = await invokePanel(site, issue, 'incident/get', {});
    expect(result).toMatchObject({ ok: true, data: { incident: { category: 'phishing', priority: 'Mild', reporter: { category: 'phishing' } } } });
    await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, impact: 'medium' });
    await site.events.drain();
    expect(await kvs.get(storageKeys.incident(issue.id))).toMatchObject({ impact: 'medium', priority: 'Serious', revision: 1 });
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({ priority: 'Serious', revision: 1 });
    expect(issue.fields.priority).toBe('High');
    expect(acknowledgements(issue)).toHaveLength(1);
  });
});

describe('closing a report', () => {
  it('notifies the reporter once per close, even when the event arrives twice', async () => {
    const issue = fileOnPortal({ category: 'phishing', personalData: 'no' }, 'Fake invoice');
    await site.events.drain();
    site.events.options = { delayMs: 0, duplicate: true, reorder: false };
    site.issues.edit(issue, { status: 'Resolved' }, RILEY, false);
    await site.events.drain();
    const notices = site.state.outbox.filter((m) => m.issueKey === issue.key);
    expect(notices).toEqual([
      expect.objectContaining({ recipients: [CASEY], subject: `[${issue.key}] Your report is closed`, sentBy: 'app-incident-response' }),
    ]);
    // Resolved -> Closed is the same closing; reopening and closing again is a new one.
    site.issues.edit(issue, { status: 'Closed' }, RILEY, false);
    await site.events.drain();
    expect(site.state.outbox.filter((m) => m.issueKey === issue.key)).toHaveLength(1);
    site.issues.edit(issue, { status: 'In Progress' }, RILEY, false);
    await site.advanceTime(60_000);
    site.issues.edit(issue, { status: 'Closed' }, RILEY, false);
    await site.events.drain();
    expect(site.state.outbox.filter((m) => m.issueKey === issue.key)).toHaveLength(2);
  });

  it('sends nothing for a status change that is not a close', async () => {
    const issue = fileOnPortal({ category: 'phishing', personalData: 'no' });
    site.issues.edit(issue, { status: 'In Progress' }, RILEY, false);
    await site.events.drain();
    expect(site.state.outbox).toEqual([]);
  });
});
