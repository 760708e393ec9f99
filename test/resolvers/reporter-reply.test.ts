/**
 * Given a portal report, when a responder replies to its reporter from the panel, then the reply is a
 * public comment written as the responder, the timeline records it, and the safeguards hold: a
 * restricted incident's reply needs the responder's explicit check, bad payloads and people who may
 * only look are refused, and nothing is stored when refused.
 */
import { kvs } from '@forge/kvs';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, ReporterReplyDraftView } from '../../src/shared/resolver-contract';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { isPublicComment } from '../../sandbox/jira/issue-bean';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { CASEY, createTestSite, MORGAN, panelCalls, RILEY } from '../support/test-site';

let site: Site;
beforeEach(async () => {
  site = createTestSite();
  await kvs.set(storageKeys.config(), defaultAppConfig());
});
afterEach(async () => {
  await site.close();
});
const { call, ok } = panelCalls(() => site);

async function fileOnPortal(category = 'phishing'): Promise<StoredIssue> {
  const report = { category, personalData: 'no', howBad: 'me', howUrgent: 'today' };
  const issue = site.issues.create(
    { projectId: '10000', summary: 'Strange email', reporter: CASEY, properties: { [PORTAL_REPORT_PROPERTY_KEY]: report } },
    CASEY,
    false,
  );
  site.search.noteCreated(issue);
  await site.events.drain();
  return issue;
}

const replies = (issue: StoredIssue) => issue.comments.filter((c) => (c.properties ?? []).some((p) => p.key === 'incident-response.reporter-reply'));
const communications = async (issue: StoredIssue) =>
  (await ok<IncidentView>(issue, 'incident/get', {})).response.timeline.entries.filter((e) => e.kind === 'communication');

describe('reporter-reply/draft', () => {
  it('prefills a thank-you for what the reporter picked, with nothing internal in it', async () => {
    const issue = await fileOnPortal();
    await ok(issue, 'incident/update', {
      expectedRevision: 0,
      category: 'data-exposure',
      impact: 'high',
      urgency: 'high',
      reason: 'Customer data in the mail',
    });
    const draft = await ok<ReporterReplyDraftView>(issue, 'reporter-reply/draft', {});
    // Data exposure is a restricted category (the default settings): sending will need the explicit check.
    expect(draft).toMatchObject({ situation: 'in-progress', restricted: true, hasReporter: true });
    expect(draft.text.split('\n\n')[0]).toBe('Thank you for telling us about the suspicious message you received.');
    for (const internal of ['data-exposure', 'Data exposure', 'high', 'Customer data in the mail', 'Riley']) expect(draft.text).not.toContain(internal);
  });

  it('says "not an incident" once the event is dismissed', async () => {
    const issue = await fileOnPortal();
    await ok(issue, 'incident/triage', { expectedRevision: 0, action: 'dismiss', reason: 'A real newsletter' });
    const draft = await ok<ReporterReplyDraftView>(issue, 'reporter-reply/draft', {});
    expect(draft.situation).toBe('not-an-incident');
    expect(draft.text).toContain('it turned out not to be a security incident');
  });
});

describe('reporter-reply/send', () => {
  it('writes a public comment as the responder, exactly the paragraphs sent, and records it on the timeline', async () => {
    const issue = await fileOnPortal();
    const text = 'Thank you for reporting it.\n\nWe blocked the sender.\nNothing more to do.';
    await ok(issue, 'reporter-reply/send', { text });
    const [comment] = replies(issue);
    expect(replies(issue)).toHaveLength(1);
    expect(comment!.author).toBe(RILEY);
    expect(isPublicComment(comment!)).toBe(true);
    expect(comment!.body).toEqual({
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Thank you for reporting it.' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'We blocked the sender.' }, { type: 'hardBreak' }, { type: 'text', text: 'Nothing more to do.' }],
        },
      ],
    });
    const [entry] = await communications(issue);
    expect(entry).toMatchObject({ kind: 'communication', by: RILEY, text: `Replied to the reporter: ${text}` });
  });

  it("refuses a restricted incident's reply without the explicit check, and stores nothing", async () => {
    const issue = await fileOnPortal();
    site.issues.edit(issue, { securityLevelId: '10100' }, RILEY, false);
    const refused = await call(issue, 'reporter-reply/send', { text: 'We found the attacker in payroll.' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { checkedNothingInternal: 'Check the reply, then tick this.' } } });
    expect(refused.ok === false && refused.error.message).toContain('Nothing was sent.');
    const unticked = await call(issue, 'reporter-reply/send', { text: 'Thanks.', checkedNothingInternal: false });
    expect(unticked).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(replies(issue)).toEqual([]);
    expect(await communications(issue)).toEqual([]);
  });

  it("sends a restricted incident's reply with the check, and keeps its text off the timeline", async () => {
    const issue = await fileOnPortal();
    site.issues.edit(issue, { securityLevelId: '10100' }, RILEY, false);
    await ok(issue, 'reporter-reply/send', { text: 'Thank you, it is dealt with.', checkedNothingInternal: true });
    expect(replies(issue)).toHaveLength(1);
    const [entry] = await communications(issue);
    expect(entry!.text).toBe('Replied to the reporter (the text is kept on the request only, as the incident is restricted)');
  });

  it.each([
    ['an empty reply', { text: '' }, 'text'],
    ['a reply of spaces and invisible characters', { text: ' \u200B\n\n ' }, 'text'],
    ['an overlong reply', { text: 'y'.repeat(4001) }, 'text'],
    ['a reply that is not text', { text: 42 }, 'text'],
    ['a tick that is not a yes or no', { text: 'Thanks', checkedNothingInternal: 'yes' }, 'checkedNothingInternal'],
    ['an unknown field', { text: 'Thanks', issueKey: 'SEC-1' }, ''],
  ])('refuses %s before anything is written', async (_, payload, field) => {
    const issue = await fileOnPortal();
    const result = await call(issue, 'reporter-reply/send', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    if (field && result.ok === false) expect(Object.keys(result.error.fields ?? {})).toContain(field);
    expect(replies(issue)).toEqual([]);
  });

  it('refuses someone who can see the incident but not edit it', async () => {
    const issue = await fileOnPortal();
    expect(await call(issue, 'reporter-reply/send', { text: 'Thanks' }, MORGAN)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(issue, 'reporter-reply/draft', {}, MORGAN)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(replies(issue)).toEqual([]);
    expect(await communications(issue)).toEqual([]);
  });
});

describe('the first-response promise on the portal', () => {
  const status = async (issue: StoredIssue) =>
    (
      await site.functions.invokeResolver({
        functionKey: 'resolver',
        moduleKey: 'report-status',
        resolverKey: 'report/status',
        payload: {},
        accountId: CASEY,
        context: {
          cloudId: 'local-cloud-0001',
          extension: { type: 'jiraServiceManagement:portalRequestDetail', portal: { id: '1' }, request: { key: issue.key, typeId: '11' } },
        },
      })
    ).result as { ok: true; data: { stage: string } };

  it('is made while nobody has responded, and met once a responder classifies the report before deciding', async () => {
    const issue = await fileOnPortal();
    expect((await status(issue)).data.stage).toBe('received');
    await ok(issue, 'incident/update', { expectedRevision: 0, impact: 'low', urgency: 'low', reason: 'Looking at it' });
    expect((await status(issue)).data.stage).toBe('looked-at');
    site.issues.edit(issue, { status: 'Resolved' }, RILEY, false);
    expect((await status(issue)).data.stage).toBe('closed');
  });
});

describe('dismissing with a reply to the reporter', () => {
  it('sends the reply with the dismissal and records both', async () => {
    const issue = await fileOnPortal();
    const draft = await ok<ReporterReplyDraftView>(issue, 'reporter-reply/draft', { dismissing: true });
    expect(draft.situation).toBe('not-an-incident');
    const view = await ok<IncidentView>(issue, 'incident/triage', {
      expectedRevision: 0,
      action: 'dismiss',
      reason: 'A real newsletter',
      reply: { text: draft.text },
    });
    expect(view.incident.triage.state).toBe('not-incident');
    expect(replies(issue)).toHaveLength(1);
    expect(isPublicComment(replies(issue)[0]!)).toBe(true);
    expect((await communications(issue)).map((e) => e.text)).toEqual([`Replied to the reporter: ${draft.text}`]);
  });

  it('refuses a restricted dismissal reply without the check before anything is stored', async () => {
    const issue = await fileOnPortal();
    site.issues.edit(issue, { securityLevelId: '10100' }, RILEY, false);
    const refused = await call(issue, 'incident/triage', { expectedRevision: 0, action: 'dismiss', reason: 'A real newsletter', reply: { text: 'Thanks' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: { checkedNothingInternal: 'Check the reply, then tick this.' } } });
    expect((await ok<IncidentView>(issue, 'incident/get', {})).incident.triage.state).toBe('event');
    expect(replies(issue)).toEqual([]);
  });

  it('refuses a reply with any decision but a dismissal', async () => {
    const issue = await fileOnPortal();
    const refused = await call(issue, 'incident/triage', { expectedRevision: 0, action: 'confirm', reply: { text: 'Thanks' } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { reply: 'A reply to the reporter goes with a dismissal only.' } },
    });
    expect(replies(issue)).toEqual([]);
  });
});
