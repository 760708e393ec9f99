/**
 * Repeated requests make one thing (issue 29, item 13). Given the local Jira site, when the same
 * follow-up or exercise request arrives twice or at once (a double click, a retry), then one Jira
 * issue is made; and however many follow-ups are asked for at once, an incident has at most 50.
 */
import type { StoredIssue } from '../../sandbox/state/site-state';
import { MAX_FOLLOW_UPS } from '../../src/domain/postmortem/follow-up-identity';
import type { FollowUpView } from '../../src/shared/report-contract';
import { createIssue, panelCalls, RILEY, SAM, sitePerTest } from '../support/test-site';

const site = sitePerTest();
const { call, ok } = panelCalls(site);
const issuesNamed = (summary: string) =>
  site()
    .issues.all()
    .filter((i) => i.fields.summary === summary);
const followUp = (issue: StoredIssue, summary: string, actor = RILEY) => call<FollowUpView[]>(issue, 'postmortem/follow-up', { summary }, actor);

describe('follow-ups', () => {
  it('the same summary for the same incident makes one issue, sent five times at once or again later, spaced or capitalised otherwise', async () => {
    const issue = createIssue(site());
    const summary = 'Turn off public links on the customer folder';
    const answers = await Promise.all([RILEY, SAM, RILEY, SAM, RILEY].map((actor) => followUp(issue, summary, actor)));
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    expect(issuesNamed(summary)).toHaveLength(1);
    const again = await followUp(issue, '  turn off public  links on the Customer folder ');
    expect(again).toMatchObject({ ok: true, data: [{ summary }] });
    expect(issuesNamed(summary)).toHaveLength(1);
    expect(
      site()
        .issues.all()
        .filter((i) => /turn off public/i.test(String(i.fields.summary))),
    ).toHaveLength(1);
    // Another incident may have a follow-up of the same summary.
    const other = createIssue(site(), { summary: 'Second exposure' });
    expect(await followUp(other, summary)).toMatchObject({ ok: true });
    expect(issuesNamed(summary)).toHaveLength(2);
  });

  it(`an incident has at most ${MAX_FOLLOW_UPS} follow-ups, however many are asked for at once`, async () => {
    const issue = createIssue(site());
    for (let i = 0; i < MAX_FOLLOW_UPS - 5; i++) await ok(issue, 'postmortem/follow-up', { summary: `Earlier action ${i}` });
    const answers = await Promise.all(Array.from({ length: 14 }, (_, i) => followUp(issue, `Concurrent action ${i}`, i % 2 ? RILEY : SAM)));
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    for (const refused of answers.filter((a) => !a.ok))
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: `This incident already has ${MAX_FOLLOW_UPS} follow-ups: track more in a project of their own.` },
      });
    expect(
      site()
        .issues.all()
        .filter((i) => /^(Earlier|Concurrent) action \d+$/.test(String(i.fields.summary))),
    ).toHaveLength(MAX_FOLLOW_UPS);
  }, 120_000);
});

describe('exercises', () => {
  it('the same exercise request from the same incident, sent three times at once and again, makes one exercise', async () => {
    const issue = createIssue(site(), { summary: 'Ransom note on the file server' });
    await ok(issue, 'incident/update', { expectedRevision: 0, category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom note' });
    await ok(issue, 'response/record', { expectedRevision: 1, action: 'phase', phase: 'post-incident', at: new Date(site().clock.now()).toISOString() });
    const answers = await Promise.all([RILEY, SAM, RILEY].map((actor) => call<{ key: string }>(issue, 'exercise/create', { kind: 'tabletop' }, actor)));
    const made = issuesNamed('[Exercise] Ransom note on the file server');
    expect(made).toHaveLength(1);
    for (const a of answers)
      expect([
        { ok: true, data: { key: made[0]!.key } },
        { ok: false, error: { code: 'CONFLICT' } },
      ]).toContainEqual(a.ok ? a : { ok: false, error: { code: a.error.code } });
    expect(await call(issue, 'exercise/create', { kind: 'tabletop' })).toEqual({ ok: true, data: { key: made[0]!.key } });
    // A drill is another request.
    expect(await call(issue, 'exercise/create', { kind: 'drill' })).toMatchObject({ ok: true });
    expect(issuesNamed('[Exercise] Ransom note on the file server')).toHaveLength(2);
  });
});
