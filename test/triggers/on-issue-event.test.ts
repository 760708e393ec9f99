/**
 * Given the manifest's issue trigger, when Jira reports changes (late, twice, out of order),
 * then the incident record ends the same as with one prompt, ordered delivery.
 */
import { kvs } from '@forge/kvs';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { priorityHistory } from '../../src/domain/incident/priority-history';
import { incidentStore } from '../../src/platform/storage/incident-store';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import { createTestSite, invokePanel, json, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

async function createAndChangePriority(): Promise<string> {
  const created = await json<{ id: string; key: string }>(
    await site.rest(RILEY, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'Mail server flooded' },
    }),
  );
  for (const name of ['High', 'Highest', 'Low']) {
    const res = await site.rest(RILEY, 'PUT', `/rest/api/3/issue/${created.key}`, { fields: { priority: { name } } });
    expect(res.status).toBe(204);
  }
  await site.events.drain();
  return created.id;
}

describe('on-issue-event trigger', () => {
  it('creates the record and its indexed mirror when an issue is created', async () => {
    const created = await json<{ id: string; key: string }>(
      await site.rest(RILEY, 'POST', '/rest/api/3/issue', {
        fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'Laptop shows a ransom note' },
      }),
    );
    await site.events.drain();
    const record = await kvs.get<IncidentRecord>(storageKeys.incident(created.id));
    expect(record).toMatchObject({ issueId: created.id, revision: 0, category: null });
    expect(site.issues.find(created.key)!.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({ revision: 0, exercise: 'false' });
    expect(site.events.log.map((d) => `${d.trigger} ${d.eventType} ${d.outcome}`)).toEqual(['issue-changed avi:jira:created:issue ok']);
  });

  it('records Jira priority changes in order', async () => {
    const id = await createAndChangePriority();
    const history = priorityHistory(await incidentStore.priorityChanges(id));
    expect(history.map((c) => `${c.from}->${c.to}`)).toEqual(['Medium->High', 'High->Highest', 'Highest->Low']);
  });

  it('ends with the same record when every event arrives twice and in reverse order', async () => {
    const orderly = await createAndChangePriority();
    const expected = priorityHistory(await incidentStore.priorityChanges(orderly)).map((c) => [c.from, c.to]);
    site.events.options = { delayMs: 5, duplicate: true, reorder: true };
    const chaotic = await createAndChangePriority();
    expect(priorityHistory(await incidentStore.priorityChanges(chaotic)).map((c) => [c.from, c.to])).toEqual(expected);
    expect(site.events.log.filter((d) => d.outcome === 'failed')).toEqual([]);
    // 4 events delivered once in order, then 4 events delivered twice each.
    expect(site.events.log.length).toBe(4 + 4 * 2);
  });

  it('never overwrites a record the panel already classified when a late created-event arrives', async () => {
    site.events.options = { delayMs: 0, duplicate: false, reorder: true };
    const created = await json<{ id: string; key: string }>(
      await site.rest(RILEY, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'Fake invoice' } }),
    );
    const issue = site.issues.find(created.key)!;
    await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, category: 'phishing' });
    await site.events.drain();
    expect(await kvs.get(storageKeys.incident(created.id))).toMatchObject({ category: 'phishing', revision: 1 });
  });

  it('does not fire for the app’s own writes (ignoreSelf)', async () => {
    const created = await json<{ key: string }>(
      await site.rest(RILEY, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: 'x' } }),
    );
    await site.events.drain();
    const before = site.events.log.length;
    const issue = site.issues.find(created.key)!;
    site.issues.edit(issue, { priority: 'High' }, RILEY, true);
    await site.events.drain();
    expect(site.events.log.length).toBe(before);
  });

  it('ignores a payload that is not an issue event, without failing', async () => {
    await expect(site.functions.invokeTrigger('on-issue-event', 'issue-changed', { eventType: 'avi:jira:created:issue' })).resolves.toBeUndefined();
  });
});
