/**
 * Paging through Jira (issue 31, item 4). Given the local Jira site with a rota (Sam primary, Riley
 * secondary, Morgan on the escalation path), when a Critical incident is confirmed at 03:00 on a
 * Sunday, then one sweep pages Sam (assigned, mentioned in an internal comment, notified, "paged" in
 * the timeline), the next window pages Riley, a repeated sweep pages nobody twice, and "I'm on it"
 * stops paging. Mild at 03:00 waits for Monday's business hours; a restricted incident skips a rota
 * person who cannot see it, in words.
 */
import type { Site } from '../../sandbox/site';
import { createTestSite, invokePanel, json, MORGAN, OSCAR, RILEY, SAM } from '../support/test-site';
import {
  configureOnCall,
  confirmedIncident,
  CRITICAL,
  MILD,
  MINUTE,
  moveClockTo,
  outboxOf,
  pagedPeople,
  pageComments,
  pagingOf,
  securityRota,
  timelineTexts,
} from './paging-support';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const SUNDAY = 7;
const MONDAY = 1;
const runSweepAgain = () => site.functions.invokeTrigger('sweep', 'incident-sweep', { context: { moduleKey: 'incident-sweep' } });

describe('paging the people on call from the five-minute sweep', () => {
  it('Critical at 03:00 on a Sunday: the primary within one sweep, the secondary a window later, nobody twice, nobody after "I\'m on it"', async () => {
    await configureOnCall(securityRota(SAM, RILEY), [MORGAN]);
    moveClockTo(site, SUNDAY, 3);
    const issue = await confirmedIncident(site, CRITICAL);
    expect(await pagingOf(issue)).toMatchObject({ level: 'Critical', rotaId: 'security', startedAt: null, acknowledgedBy: null });

    await site.advanceTime(5 * MINUTE);
    expect(issue.fields.assignee).toBe(SAM);
    const [page] = pageComments(issue);
    expect(pageComments(issue)).toHaveLength(1);
    expect(page!.body.content[0]).toMatchObject({
      type: 'paragraph',
      content: [
        { type: 'mention', attrs: { id: SAM, text: '@Sam Second-Responder' } },
        {
          type: 'text',
          text: ' You are on call as primary: Critical incident, please acknowledge with "I\'m on it" in the Incident response panel within 5 minutes.',
        },
      ],
    });
    // Internal: the reporter on the portal never sees a page.
    const listed = await json<{ comments: { id: string; jsdPublic: boolean }[] }>(await site.rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/comment`));
    expect(listed.comments.find((c) => c.id === page!.id)!.jsdPublic).toBe(false);
    // Jira's own emails: the mention in the internal comment, and the assignment.
    expect(outboxOf(site, issue)).toEqual([
      [`Incident response (app) mentioned you on ${issue.key}: Database is offline`, [SAM]],
      [`Incident response (app) assigned ${issue.key} to you: Database is offline`, [SAM]],
    ]);
    expect(await timelineTexts(site, issue)).toContain('Paged Sam Second-Responder (primary on call)');

    // Forge repeating a run, or a run overlapping the next: nobody is paged twice.
    await runSweepAgain();
    await runSweepAgain();
    expect(pageComments(issue)).toHaveLength(1);

    await site.advanceTime(5 * MINUTE);
    expect(issue.fields.assignee).toBe(RILEY);
    expect(pagedPeople(site, issue)).toEqual([[SAM], [RILEY]]);
    expect(await timelineTexts(site, issue)).toContain('Paged Riley Responder (secondary on call)');

    const view = await invokePanel(site, issue, 'oncall/get', {}, SAM);
    expect(view.result).toMatchObject({
      ok: true,
      data: {
        rota: { name: 'Security on call', zone: 'Europe/Berlin' },
        primary: { name: 'Sam Second-Responder' },
        secondary: { name: 'Riley Responder' },
        paging: {
          state: 'waiting-for-acknowledgement',
          level: 'Critical',
          windowMinutes: 5,
          pages: [
            { kind: 'paged', role: 'primary on call', name: 'Sam Second-Responder' },
            { kind: 'paged', role: 'secondary on call', name: 'Riley Responder' },
          ],
        },
        pagedYou: true,
        canAcknowledge: true,
      },
    });

    const ack = await invokePanel(site, issue, 'oncall/acknowledge', {}, SAM);
    expect(ack.result).toMatchObject({
      ok: true,
      data: { paging: { state: 'acknowledged', acknowledgedBy: { name: 'Sam Second-Responder' } }, canAcknowledge: false },
    });
    expect(issue.fields.assignee).toBe(SAM);
    expect(await timelineTexts(site, issue)).toContain('Sam Second-Responder is on it');
    // A second "I'm on it", from a colleague a moment later: told who was first.
    expect((await invokePanel(site, issue, 'oncall/acknowledge', {}, RILEY)).result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Sam Second-Responder is already on it: paging stopped when they said so.' },
    });
    // Paging stopped: the escalation path (Morgan) is never paged.
    await site.advanceTime(30 * MINUTE);
    expect(pageComments(issue)).toHaveLength(2);
    expect(outboxOf(site, issue).filter(([subject]) => String(subject).includes('mentioned you'))).toHaveLength(2);
  });

  it('left unacknowledged, the escalation path follows the secondary a window later', async () => {
    await configureOnCall(securityRota(SAM, RILEY), [MORGAN]);
    moveClockTo(site, SUNDAY, 3);
    const issue = await confirmedIncident(site, CRITICAL);
    await site.advanceTime(15 * MINUTE);
    expect(pagedPeople(site, issue)).toEqual([[SAM], [RILEY], [MORGAN]]);
    expect(await timelineTexts(site, issue)).toContain('Paged Morgan Manager (escalation path, first person)');
    // Nobody is left to page: the sweep stops looking at it (so it never crowds out new pagings),
    // and "I'm on it" still works.
    expect(await pagingOf(issue)).toMatchObject({ chainDoneAt: expect.any(String), acknowledgedBy: null });
    expect(Object.keys(site.state.kvs).filter((k) => k === `paging:open:${issue.id}`)).toEqual([]);
    expect((await invokePanel(site, issue, 'oncall/acknowledge', {}, RILEY)).result).toMatchObject({ ok: true });
  });

  it('Mild at 03:00 on a Sunday pages nobody until business hours on Monday, then the primary', async () => {
    await configureOnCall(securityRota(SAM, RILEY));
    moveClockTo(site, SUNDAY, 3);
    const issue = await confirmedIncident(site, MILD);
    await site.advanceTime(60 * MINUTE);
    expect(pageComments(issue)).toEqual([]);
    expect(issue.fields.assignee).toBeNull();
    const waiting = await invokePanel(site, issue, 'oncall/get', {}, SAM);
    expect(waiting.result).toMatchObject({ ok: true, data: { paging: { state: 'waiting-for-hours', level: 'Mild', pages: [] }, canAcknowledge: true } });
    const before = moveClockTo(site, MONDAY, 8, 50);
    expect((waiting.result as { data: { paging: { startsAt: string } } }).data.paging.startsAt).toBe(new Date(before + 10 * MINUTE).toISOString());
    await site.advanceTime(5 * MINUTE);
    expect(pageComments(issue)).toEqual([]);
    await site.advanceTime(5 * MINUTE);
    expect(issue.fields.assignee).toBe(SAM);
    expect(pagedPeople(site, issue)).toEqual([[SAM]]);
  });

  it('a restricted incident skips a rota person who cannot see it, says so in words, and pages the secondary at once', async () => {
    await configureOnCall(securityRota(OSCAR, SAM));
    moveClockTo(site, SUNDAY, 3);
    const issue = await confirmedIncident(site, CRITICAL, { securityLevelId: '10100' });
    await site.advanceTime(5 * MINUTE);
    const texts = await timelineTexts(site, issue);
    expect(texts).toContain(
      'Oscar Outsider cannot see this restricted incident, so they cannot be paged for it; the chain moves on to the next person, if any.',
    );
    expect(texts).toContain('Paged Sam Second-Responder (secondary on call)');
    expect(issue.fields.assignee).toBe(SAM);
    expect(pagedPeople(site, issue)).toEqual([[SAM]]);
    expect(texts.join(' ')).not.toMatch(/acc-/);
  });

  it('a level raised while paging waits (Serious at 03:00 on a Sunday, then Critical) pages at the next sweep', async () => {
    await configureOnCall(securityRota(SAM, RILEY));
    moveClockTo(site, SUNDAY, 3);
    const issue = await confirmedIncident(site, { impact: 'high', urgency: 'low' });
    expect(await pagingOf(issue)).toMatchObject({ level: 'Serious' });
    await site.advanceTime(30 * MINUTE);
    expect(pageComments(issue)).toEqual([]);
    const { result } = await invokePanel(site, issue, 'incident/update', {
      expectedRevision: ((await invokePanel(site, issue, 'incident/get', {})).result as { data: { incident: { revision: number } } }).data.incident.revision,
      override: { level: 'Critical', reason: 'The whole customer database is exposed' },
    });
    expect(result).toMatchObject({ ok: true, data: { incident: { priority: 'Critical' } } });
    expect(await pagingOf(issue)).toMatchObject({ level: 'Critical', startedAt: null });
    await site.advanceTime(5 * MINUTE);
    expect(pagedPeople(site, issue)).toEqual([[SAM]]);
    expect(JSON.stringify(pageComments(issue)[0]!.body)).toContain('Critical incident');
  });
});
