/**
 * The on-call resolvers (issue 31, items 3 and 4): given the local site, "I'm on it" and "Assign to
 * me" take the issue and the user from Forge's context only, need permission to edit the issue,
 * refuse bad payloads with typed errors, and of two acknowledgements at once exactly one wins.
 */
import type { Site } from '../../sandbox/site';
import { createTestSite, invokePanel, MORGAN, OSCAR, RILEY, SAM } from '../support/test-site';
import { configureOnCall, confirmedIncident, CRITICAL, MINUTE, moveClockTo, pagingOf, securityRota, timelineTexts } from './paging-support';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

describe('on-call resolvers', () => {
  it('refuse payloads they do not take, with VALIDATION_FAILED, and change nothing', async () => {
    await configureOnCall(securityRota(SAM, RILEY));
    const issue = await confirmedIncident(site, CRITICAL);
    for (const key of ['oncall/get', 'oncall/acknowledge', 'oncall/assign-to-me'])
      for (const payload of [{ accountId: MORGAN }, { issueKey: 'SEC-1' }, 'yes', [1]]) {
        const { result } = await invokePanel(site, issue, key, payload, SAM);
        expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      }
    expect(await pagingOf(issue)).toMatchObject({ acknowledgedBy: null });
    expect(issue.fields.assignee).toBeNull();
  });

  it('need permission to edit the issue; a viewer still sees who is on call', async () => {
    await configureOnCall(securityRota(SAM, RILEY));
    const issue = await confirmedIncident(site, CRITICAL);
    for (const key of ['oncall/acknowledge', 'oncall/assign-to-me'])
      expect((await invokePanel(site, issue, key, {}, OSCAR)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await invokePanel(site, issue, 'oncall/get', {}, OSCAR)).result).toMatchObject({
      ok: true,
      data: { primary: { name: 'Sam Second-Responder' }, canAcknowledge: false, canAssignToMe: false },
    });
    expect((await invokePanel(site, issue, 'oncall/get', {}, null)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await pagingOf(issue)).toMatchObject({ acknowledgedBy: null });
  });

  it('two people saying "I\'m on it" at once: one wins, the other is told who', async () => {
    await configureOnCall(securityRota(SAM, RILEY));
    moveClockTo(site, 7, 3);
    const issue = await confirmedIncident(site, CRITICAL);
    await site.advanceTime(5 * MINUTE);
    const [a, b] = await Promise.all([invokePanel(site, issue, 'oncall/acknowledge', {}, SAM), invokePanel(site, issue, 'oncall/acknowledge', {}, RILEY)]);
    const results = [a.result, b.result] as { ok: boolean; error?: { message: string } }[];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    const winner = (await pagingOf(issue))!.acknowledgedBy;
    expect(loser.error!.message).toBe(`${winner === SAM ? 'Sam Second-Responder' : 'Riley Responder'} is already on it: paging stopped when they said so.`);
    expect((await timelineTexts(site, issue)).filter((t) => t.endsWith('is on it'))).toHaveLength(1);
    // The winner again: harmless, nothing new.
    expect((await invokePanel(site, issue, 'oncall/acknowledge', {}, winner)).result).toMatchObject({ ok: true });
    expect((await timelineTexts(site, issue)).filter((t) => t.endsWith('is on it'))).toHaveLength(1);
  });

  it('"Assign to me" assigns as the user and says so; without paging, "I\'m on it" says there is nothing to acknowledge', async () => {
    await configureOnCall(null);
    const issue = await confirmedIncident(site, CRITICAL);
    expect(await pagingOf(issue)).toBeUndefined();
    const view = await invokePanel(site, issue, 'oncall/get', {}, RILEY);
    expect(view.result).toMatchObject({
      ok: true,
      data: {
        rota: null,
        noRota: 'No on-call rota is set up for this project, so nobody is paged; an admin can add one in the Incident response settings.',
        paging: null,
      },
    });
    expect((await invokePanel(site, issue, 'oncall/acknowledge', {}, RILEY)).result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Nobody is being paged for this incident, so there is nothing to acknowledge. Use "Assign to me" to take it.' },
    });
    expect((await invokePanel(site, issue, 'oncall/assign-to-me', {}, RILEY)).result).toMatchObject({ ok: true, data: { canAssignToMe: true } });
    expect(issue.fields.assignee).toBe(RILEY);
    expect(await timelineTexts(site, issue)).toContain('Riley Responder assigned the incident to themselves');
    // A second click (or a rule repeating it) writes nothing: one entry, however often.
    expect((await invokePanel(site, issue, 'oncall/assign-to-me', {}, RILEY)).result).toMatchObject({ ok: true });
    expect((await timelineTexts(site, issue)).filter((t) => t === 'Riley Responder assigned the incident to themselves')).toHaveLength(1);
  });

  it('an exercise is never paged', async () => {
    await configureOnCall(securityRota(SAM, RILEY));
    moveClockTo(site, 7, 3);
    const issue = site.issues.create({ projectId: '10000', summary: 'Tabletop: ransomware', reporter: RILEY }, RILEY, false);
    await site.events.drain();
    const edited = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, ...CRITICAL, exercise: true, reason: 'Tabletop' });
    const revision = (edited.result as { data: { incident: { revision: number } } }).data.incident.revision;
    await invokePanel(site, issue, 'incident/triage', { expectedRevision: revision, action: 'confirm' });
    await site.advanceTime(10 * MINUTE);
    expect(await pagingOf(issue)).toBeUndefined();
    expect(issue.fields.assignee).toBeNull();
  });
});
