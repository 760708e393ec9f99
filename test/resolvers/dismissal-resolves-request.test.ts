/**
 * Given a portal report, when a responder dismisses it as not an incident from the panel, then its
 * request follows: Jira's workflow moves it to a done status as the responder (asUser, their
 * Transition issues permission), after the reply went, so the reporter sees it resolved with the
 * reply. When Jira will not resolve it, the dismissal stands and the panel says plainly that the
 * request is still open.
 */
import { kvs } from '@forge/kvs';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, ReporterReplyDraftView } from '../../src/shared/resolver-contract';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { REQUEST_STILL_OPEN_NOTE } from '../../src/usecases/decide-triage';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { CASEY, createTestSite, panelCalls, RILEY } from '../support/test-site';

let site: Site;
beforeEach(async () => {
  site = createTestSite();
  await kvs.set(storageKeys.config(), defaultAppConfig());
});
afterEach(async () => {
  await site.close();
});
const { ok } = panelCalls(() => site);

async function fileOnPortal(): Promise<StoredIssue> {
  const report = { category: 'phishing', personalData: 'no', howBad: 'me', howUrgent: 'today' };
  const issue = site.issues.create(
    { projectId: '10000', summary: 'Odd newsletter', reporter: CASEY, requestTypeId: '11', properties: { [PORTAL_REPORT_PROPERTY_KEY]: report } },
    CASEY,
    false,
  );
  site.search.noteCreated(issue);
  await site.events.drain();
  return issue;
}

async function dismissWithReply(issue: StoredIssue): Promise<IncidentView> {
  const draft = await ok<ReporterReplyDraftView>(issue, 'reporter-reply/draft', { dismissing: true });
  return ok<IncidentView>(issue, 'incident/triage', { expectedRevision: 0, action: 'dismiss', reason: 'A real newsletter', reply: { text: draft.text } });
}

const reportStatus = async (issue: StoredIssue) => {
  const { result } = await site.functions.invokeResolver({
    functionKey: 'resolver',
    moduleKey: 'report-status',
    resolverKey: 'report/status',
    payload: {},
    accountId: CASEY,
    context: {
      cloudId: 'local-cloud-0001',
      extension: { type: 'jiraServiceManagement:portalRequestDetail', portal: { id: '1' }, request: { typeId: '11', key: issue.key } },
    },
  });
  return (result as { data: { stage: string; status: string } }).data;
};

describe('a dismissal resolves the request', () => {
  it('moves the request to Resolved as the responder, after the reply, and the timeline says so', async () => {
    const issue = await fileOnPortal();
    const view = await dismissWithReply(issue);
    expect(view.incident.triage.state).toBe('not-incident');
    expect(view.notes).not.toContain(REQUEST_STILL_OPEN_NOTE);
    expect(issue.fields.status).toBe('Resolved');
    const transition = issue.changelog.find((c) => c.items.some((i) => i.field === 'status'))!;
    // Written as the responder: Jira's workflow and their permission decided.
    expect(transition.author).toBe(RILEY);
    const reply = issue.comments.find((c) => (c.properties ?? []).some((p) => p.key === 'incident-response.reporter-reply'))!;
    expect(Date.parse(reply.created)).toBeLessThanOrEqual(Date.parse(transition.created));
    const texts = view.response.timeline.entries.map((e) => e.text);
    expect(texts).toContain('Resolved the request: the reporter sees it closed');
    // The reporter reads "checked, no incident" and the request's status.
    expect(await reportStatus(issue)).toMatchObject({ stage: 'not-incident', status: 'Resolved' });
  });

  it('resolves the request of a dismissal without a reply too, and leaves a request already resolved as it is', async () => {
    const issue = await fileOnPortal();
    await ok(issue, 'incident/triage', { expectedRevision: 0, action: 'dismiss', reason: 'A real newsletter' });
    expect(issue.fields.status).toBe('Resolved');

    const done = await fileOnPortal();
    site.issues.edit(done, { status: 'Closed' }, RILEY, false);
    await site.events.drain();
    const changes = done.changelog.length;
    const view = await ok<IncidentView>(done, 'incident/triage', { expectedRevision: 0, action: 'dismiss', reason: 'A real newsletter' });
    expect(done.fields.status).toBe('Closed');
    expect(done.changelog).toHaveLength(changes);
    expect(view.response.timeline.entries.map((e) => e.text).join('\n')).not.toContain('request');
  });

  it('keeps the dismissal when Jira will not resolve the request, and the panel says the request is still open', async () => {
    const issue = await fileOnPortal();
    // Jira busy on the transitions for longer than a resolver may wait.
    site.faults.busyFor(/\/transitions$/, 10, 120);
    const view = await dismissWithReply(issue);
    expect(view.incident.triage.state).toBe('not-incident');
    expect(view.notes).toContain(REQUEST_STILL_OPEN_NOTE);
    expect(issue.fields.status).toBe('Open');
    expect(view.response.timeline.entries.map((e) => e.text)).toContain(
      'The request is still open: Jira did not let it be resolved; resolve it in Jira so the reporter sees it closed',
    );
    // The reply went all the same.
    expect(issue.comments.some((c) => (c.properties ?? []).some((p) => p.key === 'incident-response.reporter-reply'))).toBe(true);
  });
});
