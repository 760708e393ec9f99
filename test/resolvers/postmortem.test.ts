/**
 * Given the local Jira site (with and without Confluence) and the app's resolvers, when a Critical
 * incident is resolved, then its postmortem is due in 14 days, is generated from the incident's
 * own data, keeps what people wrote, publishes once and updates in place, creates follow-ups as
 * linked issues, finds similar incidents the user may see, and the daily run reminds the owner once.
 */
import { kvs } from '@forge/kvs';
import { validator } from '@atlaskit/adf-utils/validator';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { FollowUpView, IncidentView, ReportMarkdownView, ReportView, SimilarIncidentView } from '../../src/shared/resolver-contract';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { isPublicComment } from '../../sandbox/jira/issue-bean';
import { createShellApp } from '../../sandbox/shell/shell-server';
import { CASEY, createIssue, createTestSite, json, MORGAN, OSCAR, RILEY, SAM, panelCalls } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const { call, ok } = panelCalls(() => site);
const useConfluence = async (spaceKey: string | null = 'IR') => {
  const config = defaultAppConfig();
  await kvs.set(storageKeys.config(), { ...config, postmortem: { ...config.postmortem, confluenceSpaceKey: spaceKey } });
};

/** A Critical data-exposure incident, resolved in Jira. */
async function resolvedCritical(summary = 'Customer list shared by public link', category = 'data-exposure'): Promise<StoredIssue> {
  const issue = createIssue(site, { summary });
  await site.events.drain();
  await ok(issue, 'incident/update', { expectedRevision: 0, category, impact: 'high', urgency: 'high', reason: 'Customer data' });
  await ok(issue, 'incident/triage', { expectedRevision: 1, action: 'confirm' });
  site.issues.edit(issue, { status: 'Resolved' }, RILEY, false);
  await site.events.drain();
  return issue;
}

const pages = () => Object.values(site.state.confluence!.pages);

describe('policy', () => {
  it('a resolved Critical incident owes a postmortem in 14 days; the mirror says so for JQL', async () => {
    const issue = await resolvedCritical();
    const report = await ok<ReportView>(issue, 'postmortem/get', { kind: 'postmortem' });
    const resolvedAt = report.duty.resolvedAt!;
    expect(report.duty).toEqual({
      state: 'due',
      resolvedAt,
      dueAt: new Date(Date.parse(resolvedAt) + 14 * 86_400_000).toISOString(),
      overdue: false,
      owner: null,
      requiredLevels: ['Critical', 'Serious'],
      dueDays: 14,
    });
    await ok(issue, 'incident/get', {});
    expect(site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({ postmortem: 'due', postmortemDue: report.duty.dueAt });
  });
});

describe('generate, write, publish', () => {
  it('generates from the incident data, keeps written sections, publishes to Confluence once and updates the same page', async () => {
    await useConfluence();
    // Malware is not a restricted category: a data exposure's report would stay an internal comment (see the leak tests).
    const issue = await resolvedCritical('Customer list shared by public link', 'malware');
    await ok(issue, 'timeline/add', { kind: 'action', text: 'Removed the public link' });
    const first = await ok<ReportView>(issue, 'postmortem/get', { kind: 'postmortem' });
    expect(first.publishTarget).toEqual({ target: 'confluence', spaceKey: 'IR' });
    expect(first.document.title).toBe(`${issue.key} Postmortem: Customer list shared by public link`);
    const timeline = first.document.sections.find((s) => s.id === 'timeline')!;
    expect(JSON.stringify(timeline.facts)).toContain('Removed the public link');
    expect(JSON.stringify(timeline.facts)).toContain('Intact: all');

    const saved = await ok<ReportView>(issue, 'postmortem/save-section', {
      kind: 'postmortem',
      sectionId: 'root-cause',
      text: 'Why? The folder was shared by link.',
      expectedRevision: 0,
    });
    expect(saved.document.sections.find((s) => s.id === 'root-cause')!.written).toMatchObject({ text: 'Why? The folder was shared by link.', by: RILEY });

    const published = await ok<ReportView>(issue, 'postmortem/publish', { kind: 'postmortem' });
    expect(published.publication).toMatchObject({ target: 'confluence', version: 1, publishedBy: RILEY });
    expect(pages()).toHaveLength(1);
    expect(published.duty.state).toBe('published');
    const page = pages()[0]!;
    expect(published.publication!.url).toBe(`http://localhost/wiki/spaces/IR/pages/${page.id}`);
    expect(page.body.value).toContain('Why? The folder was shared by link.');

    await ok(issue, 'postmortem/save-section', { kind: 'postmortem', sectionId: 'root-cause', text: 'Why? Partners had no accounts.', expectedRevision: 1 });
    const again = await ok<ReportView>(issue, 'postmortem/publish', { kind: 'postmortem' });
    expect(again.publication).toMatchObject({ target: 'confluence', version: 2 });
    expect(pages()).toHaveLength(1);
    expect(pages()[0]!.body.value).toContain('Partners had no accounts.');
    // Written text survives regeneration; the timeline records both publications.
    const regenerated = await ok<ReportView>(issue, 'postmortem/get', { kind: 'postmortem' });
    expect(regenerated.document.sections.find((s) => s.id === 'root-cause')!.written!.text).toBe('Why? Partners had no accounts.');
    const entries = (await ok<IncidentView>(issue, 'incident/get', {})).response.timeline.entries.filter(
      (e) => e.kind === 'report' && e.text.includes('published'),
    );
    expect(entries.map((e) => e.text)).toEqual(['Postmortem published to Confluence (version 1).', 'Postmortem published to Confluence (version 2).']);
    expect(site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY]).toMatchObject({ postmortem: 'published', postmortemDue: null });
  });

  it('two people publishing at once make one page', async () => {
    await useConfluence();
    const issue = await resolvedCritical('Customer list shared by public link', 'malware');
    const results = await Promise.all([
      call<ReportView>(issue, 'postmortem/publish', { kind: 'final-report' }),
      call<ReportView>(issue, 'postmortem/publish', { kind: 'final-report' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(pages()).toHaveLength(1);
  });

  it('without Confluence, publishes one Jira comment and rewrites it when published again; the ADF validates', async () => {
    site.hasConfluence = false;
    await useConfluence();
    const issue = await resolvedCritical();
    const before = issue.comments.length;
    const first = await ok<ReportView>(issue, 'postmortem/publish', { kind: 'breach-summary' });
    expect(first.publication).toMatchObject({ target: 'jira-comment', version: 1 });
    expect(issue.comments).toHaveLength(before + 1);
    await ok(issue, 'postmortem/save-section', { kind: 'breach-summary', sectionId: 'contact', text: 'Dana Privacy, dpo@example.com', expectedRevision: 0 });
    // Another responder publishes again: the comment is the app's, so it is rewritten, not copied.
    const second = await ok<ReportView>(issue, 'postmortem/publish', { kind: 'breach-summary' }, SAM);
    expect(second.publication).toMatchObject({ target: 'jira-comment', version: 2 });
    expect(issue.comments).toHaveLength(before + 1);
    const body = issue.comments.at(-1)!.body;
    expect(JSON.stringify(body)).toContain('dpo@example.com');
    const errors: string[] = [];
    validator()(body as never, (entity, e) => {
      errors.push(e.message);
      return entity;
    });
    expect(errors).toEqual([]);
  });

  it("without Confluence, a report on a portal request is an internal comment: the reporter's request page never shows it", async () => {
    site.hasConfluence = false;
    await useConfluence();
    const issue = createIssue(site, { summary: 'Customer list shared by public link', reporter: CASEY });
    await site.events.drain();
    await ok(issue, 'incident/update', { expectedRevision: 0, category: 'data-exposure', impact: 'high', urgency: 'high', reason: 'Customer data' });
    await ok(issue, 'postmortem/save-section', { kind: 'breach-summary', sectionId: 'contact', text: 'Dana Privacy, dpo@example.com', expectedRevision: 0 });
    await ok(issue, 'postmortem/publish', { kind: 'breach-summary' });
    const report = issue.comments.find((c) => JSON.stringify(c.body).includes('dpo@example.com'))!;
    expect(isPublicComment(report)).toBe(false);
    const listed = await json<{ comments: { id: string; jsdPublic: boolean }[] }>(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/comment`));
    expect(listed.comments.find((c) => c.id === report.id)!.jsdPublic).toBe(false);
    const { app } = createShellApp(site);
    const portalPage = await (await app.request(`/servicedesk/customer/portal/1/${issue.key}`, { headers: { cookie: `sandbox-user=${CASEY}` } })).text();
    expect(portalPage).toContain(issue.key);
    expect(portalPage).not.toContain('dpo@example.com');
  });

  it('downloads Markdown; refuses bad input with a typed error and stores nothing', async () => {
    const issue = await resolvedCritical();
    const md = await ok<ReportMarkdownView>(issue, 'postmortem/markdown', { kind: 'final-report' });
    expect(md).toMatchObject({
      mediaType: 'text/markdown',
      filename: expect.stringMatching(new RegExp(`^${issue.key}-final-report-\\d{4}-\\d\\d-\\d\\d\\.md$`)),
    });
    expect(md.content).toContain('## Executive summary');
    for (const [key, payload] of [
      ['postmortem/get', { kind: 'novel' }],
      ['postmortem/save-section', { kind: 'postmortem', sectionId: 'timeline', text: 'x', expectedRevision: 0 }],
      ['postmortem/save-section', { kind: 'postmortem', sectionId: 'nope', text: 'x', expectedRevision: 0 }],
      ['postmortem/save-section', { kind: 'postmortem', sectionId: 'summary', text: 'x'.repeat(8001), expectedRevision: 0 }],
      ['postmortem/save-section', { kind: 'postmortem', sectionId: 'summary', text: 'x', expectedRevision: 0, issueKey: 'SEC-1' }],
      ['postmortem/follow-up', { summary: '' }],
      ['postmortem/follow-up', { summary: 'x'.repeat(256) }],
    ] as const) {
      expect(await call(issue, key, payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
    expect(
      await kvs
        .query()
        .where('key', { condition: 'BEGINS_WITH', values: [`report-section:${issue.id}:`] } as never)
        .getMany(),
    ).toMatchObject({ results: [] });
  });

  it('only editors write and publish; viewers may read; customers and outsiders of a restricted incident see nothing', async () => {
    const issue = await resolvedCritical();
    expect(await call(issue, 'postmortem/get', { kind: 'postmortem' }, MORGAN)).toMatchObject({ ok: true });
    expect(await call(issue, 'postmortem/save-section', { kind: 'postmortem', sectionId: 'summary', text: 'x', expectedRevision: 0 }, MORGAN)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call(issue, 'postmortem/publish', { kind: 'postmortem' }, MORGAN)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(call(issue, 'postmortem/get', { kind: 'postmortem' }, CASEY)).rejects.toThrow('does not allow unlicensed access');
  });
});

describe('follow-ups and the knowledge base', () => {
  it('action items become linked Jira issues whose status shows in the panel and the document', async () => {
    const issue = await resolvedCritical();
    await ok(issue, 'postmortem/follow-up', { summary: 'Block public links for the customer folder' });
    const list = await ok<FollowUpView[]>(issue, 'postmortem/follow-up', { summary: 'Give partners guest accounts' });
    expect(list.map((f) => [f.summary, f.status, f.done])).toEqual([
      ['Block public links for the customer folder', 'Open', false],
      ['Give partners guest accounts', 'Open', false],
    ]);
    const created = site.issues.find(list[0]!.key)!;
    expect(created.fields.issuetype).toBe('Task');
    expect(site.state.issueLinks!.filter((l) => l.inwardIssueId === issue.id)).toHaveLength(2);
    site.issues.edit(created, { status: 'Resolved' }, RILEY, false);
    const report = await ok<ReportView>(issue, 'postmortem/get', { kind: 'postmortem' });
    expect(report.followUps[0]).toMatchObject({ key: created.key, status: 'Resolved', done: true, url: `http://localhost/browse/${created.key}` });
    expect(JSON.stringify(report.document.sections.find((s) => s.id === 'action-items')!.facts)).toContain('1 still open');
    expect(await call(issue, 'postmortem/follow-up', { summary: 'Not allowed' }, MORGAN)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('similar past incidents: same category, only those the user may see, with their postmortem', async () => {
    await useConfluence();
    const older = await resolvedCritical('Earlier flood', 'denial-of-service');
    await ok(older, 'postmortem/publish', { kind: 'postmortem' });
    const hidden = await resolvedCritical('Restricted flood', 'denial-of-service');
    site.issues.edit(hidden, { securityLevelId: '10100' }, RILEY, false);
    await resolvedCritical('A phishing mail', 'phishing');
    const current = await resolvedCritical('New flood', 'denial-of-service');
    await ok(current, 'incident/get', {});
    const similar = await ok<SimilarIncidentView[]>(current, 'postmortem/similar', {});
    expect(similar.map((s) => s.summary)).toEqual(['Restricted flood', 'Earlier flood']);
    expect(similar[1]!.postmortemUrl).toMatch(/^http:\/\/localhost\/wiki\/spaces\/IR\/pages\/\d+$/);
    // Oscar may browse the project but not the restricted incident: the search runs as him.
    expect(current.fields.securityLevelId).toBeNull();
    const asOutsider = await ok<SimilarIncidentView[]>(current, 'postmortem/similar', {}, OSCAR);
    expect(asOutsider.map((s) => s.summary)).toEqual(['Earlier flood']);
  });
});

describe('the daily reminder', () => {
  it('reminds the commander once a day while the postmortem is due, and says when it is overdue', async () => {
    const issue = await resolvedCritical();
    await ok(issue, 'response/record', { expectedRevision: 2, action: 'role', role: 'commander', accountId: RILEY });
    await ok(issue, 'incident/get', {});
    const reminders = () => site.state.outbox.filter((m) => m.subject.includes('postmortem') || m.subject.includes('Postmortem'));
    await site.advanceTime(86_400_000);
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]).toMatchObject({ issueKey: issue.key, recipients: [RILEY] });
    await site.advanceTime(14 * 86_400_000);
    expect(reminders().length).toBe(15);
    expect(reminders().at(-1)!.subject).toContain('overdue');
  });
});
