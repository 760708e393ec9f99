/**
 * Given a report published as an internal comment on a portal request, when an agent later shares
 * that comment with the customer (JSM's "public" comment) and the report is published again, then
 * the new version is not written into the shared comment: it goes to a new internal comment, the
 * reporter's portal never shows it, and the timeline tells responders to deal with the shared one.
 */
import { kvs } from '@forge/kvs';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, ReportView } from '../../src/shared/resolver-contract';
import { isPublicComment } from '../../sandbox/jira/issue-bean';
import type { Site } from '../../sandbox/site';
import { CASEY, createIssue, createTestSite, panelCalls, RILEY, SAM } from '../support/test-site';

const FIRST = 'Dana Privacy, dpo@example.com';
const SECOND = 'CANARY-SECOND-8a1 the legal lead is reachable on +1 555 0142';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});
const { ok } = panelCalls(() => site);

describe('republishing a report comment', () => {
  it('never writes into a report comment someone has since shared with the customer: a new internal comment holds the new version', async () => {
    site.hasConfluence = false;
    await kvs.set(storageKeys.config(), defaultAppConfig());
    const issue = createIssue(site, { summary: 'Customer list shared by public link', reporter: CASEY });
    await site.events.drain();
    await ok(issue, 'incident/update', { expectedRevision: 0, category: 'data-exposure', impact: 'high', urgency: 'high', reason: 'Customer data' });
    await ok(issue, 'postmortem/save-section', { kind: 'breach-summary', sectionId: 'contact', text: FIRST, expectedRevision: 0 });
    const first = await ok<ReportView>(issue, 'postmortem/publish', { kind: 'breach-summary' });
    const shared = issue.comments.find((c) => JSON.stringify(c.body).includes(FIRST))!;
    expect(isPublicComment(shared)).toBe(false);

    // An agent shares the report comment with the customer in Jira (JSM sets sd.public.comment to not internal).
    shared.properties = [...(shared.properties ?? []).filter((p) => p.key !== 'sd.public.comment'), { key: 'sd.public.comment', value: { internal: false } }];
    expect(isPublicComment(shared)).toBe(true);

    await ok(issue, 'postmortem/save-section', { kind: 'breach-summary', sectionId: 'contact', text: SECOND, expectedRevision: 1 });
    const second = await ok<ReportView>(issue, 'postmortem/publish', { kind: 'breach-summary' }, SAM);

    // The shared comment keeps what it had; the new version is a new, internal comment.
    expect(JSON.stringify(shared.body)).not.toContain(SECOND);
    const fresh = issue.comments.filter((c) => JSON.stringify(c.body).includes(SECOND));
    expect(fresh).toHaveLength(1);
    expect(isPublicComment(fresh[0]!)).toBe(false);
    expect(second.publication).toMatchObject({ target: 'jira-comment', version: 2 });
    expect(second.publication!.url).not.toBe(first.publication!.url);
    // The reporter reads public comments only (the portal): the new version is not among them.
    expect(issue.comments.filter(isPublicComment).some((c) => JSON.stringify(c.body).includes(SECOND))).toBe(false);
    // Responders are told, in words, what to do with the shared comment.
    const entries = (await ok<IncidentView>(issue, 'incident/get', {}, RILEY)).response.timeline.entries.filter((e) => e.kind === 'report');
    expect(entries.at(-1)!.text).toContain('shared with the customer after it was published');
    expect(entries.at(-1)!.text).toContain('make the earlier one internal again or delete it');

    // Published once more, the new internal comment is rewritten in place (no third copy).
    await ok(issue, 'postmortem/publish', { kind: 'breach-summary' });
    expect(issue.comments.filter((c) => JSON.stringify(c.body).includes(SECOND))).toHaveLength(1);
  });
});
