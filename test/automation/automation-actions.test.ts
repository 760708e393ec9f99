/**
 * Given a rule's inputs, when the local site runs an Automation action as Automation does (the
 * configured inputs as the payload, the connection's user as the principal), then the app acts as
 * that user: good inputs declare, add to the timeline and set impact and urgency, with the level as
 * an output; bad inputs answer `{ errors: [{ message }] }` in words and nothing is stored.
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { NOT_SET_UP_MESSAGE, OUT_OF_SCOPE_MESSAGE } from '../../src/usecases/current-record';
import { createIssue, createTestSite, invokePanel, MORGAN, OSCAR, RILEY } from '../support/test-site';

const PAT = 'acc-pat-developer';
let site: Site;
afterEach(async () => {
  await site.close();
});

type Answer = Record<string, unknown> & { errors?: { message: string }[] };
const run = async (action: string, inputs: Record<string, unknown>, who = RILEY) =>
  (await site.functions.invokeAutomationAction(action, inputs, who)).result as Answer;
const record = (issue: StoredIssue) => kvs.get<Record<string, unknown>>(storageKeys.incident(issue.id));
const entry = (issue: StoredIssue, seq: number) => kvs.get<{ text: string; by: string; kind: string }>(storageKeys.timelineEntry(issue.id, seq));
const webBug = (s: Site): StoredIssue => s.issues.all().find((i) => i.key.startsWith('WEB-') && i.fields.issuetype === 'Bug')!;
const messages = (answer: Answer) => (answer.errors ?? []).map((e) => e.message).join(' | ');

describe('Declare an incident (declare-incident-action)', () => {
  it('declared and classified by a rule, the incident pages the people on call like one declared in the panel', async () => {
    site = createTestSite(0, { busy: true });
    // An open issue of another team: a closed issue asks for no paging.
    const bug = site.issues.all().find((i) => i.key.startsWith('WEB-') && i.fields.status === 'Open')!;
    await run('declare-incident-action', { issueKey: bug.key, reason: 'Monitoring: checkout down' }, PAT);
    expect(await run('set-impact-urgency-action', { issueKey: bug.key, impact: 'High', urgency: 'High' }, PAT)).toMatchObject({ level: 'Critical' });
    expect(await kvs.get(storageKeys.paging(bug.id))).toMatchObject({ level: 'Critical', rotaId: 'security', acknowledgedBy: null });
  });

  it("declares another team's bug as the rule's user, reason first in the timeline, Jira's priority following", async () => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    const answer = await run('declare-incident-action', { issueKey: bug.key.toLowerCase(), reason: 'Monitoring: checkout 5xx above 20%' }, PAT);
    expect(answer).toEqual({ issueKey: bug.key, level: null, declared: true });
    expect(await record(bug)).toMatchObject({ triage: { state: 'incident', by: PAT, reason: 'Monitoring: checkout 5xx above 20%' } });
    expect(await entry(bug, 1)).toMatchObject({ text: 'Declared an incident (Monitoring: checkout 5xx above 20%)', by: PAT });
    expect(site.issues.find(bug.key)!.properties['incident-response']).toMatchObject({ triage: 'incident' });
  });

  it('leaves an incident as it is when the rule fires again, and says so in its output', async () => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    await run('declare-incident-action', { issueKey: bug.key, reason: 'First' }, PAT);
    const before = JSON.stringify(await record(bug));
    expect(await run('declare-incident-action', { issueKey: bug.key, reason: 'Second' }, PAT)).toEqual({ issueKey: bug.key, level: null, declared: false });
    expect(JSON.stringify(await record(bug))).toBe(before);
  });

  it.each([
    ['no work item key', { reason: 'Bad' }, /Work item: The work item key is required\./],
    ['a number where the key belongs', { issueKey: 12, reason: 'Bad' }, /Work item: The work item key must be text\./],
    ['a key that is no key', { issueKey: 'not a key', reason: 'Bad' }, /Give a work item key such as SEC-12/],
    ['an empty reason', { issueKey: 'WEB-1', reason: '  ' }, /Reason: The reason is required\./],
    ['a reason of 501 characters', { issueKey: 'WEB-1', reason: 'x'.repeat(501) }, /Reason: Keep it under 500 characters\./],
  ])('refuses %s in words, and stores nothing', async (_name, inputs, message) => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    const answer = await run(
      'declare-incident-action',
      { ...inputs, ...('issueKey' in inputs && inputs.issueKey === 'WEB-1' ? { issueKey: bug.key } : {}) },
      PAT,
    );
    expect(Object.keys(answer)).toEqual(['errors']);
    expect(answer.errors![0]!.message).toMatch(/^Declare an incident: The rule gave inputs this action cannot use; nothing was saved\.$/);
    expect(messages(answer)).toMatch(message);
    expect(await record(bug)).toBeUndefined();
  });

  it("refuses a user who may only browse the work item (Jira's permissions are the connection user's)", async () => {
    site = createTestSite(0, { busy: true });
    const bug = webBug(site);
    const answer = await run('declare-incident-action', { issueKey: bug.key, reason: 'Looks like an attack' }, MORGAN);
    expect(answer).toEqual({ errors: [{ message: 'Declare an incident: You need permission to edit this issue to declare it an incident.' }] });
    expect(await record(bug)).toBeUndefined();
  });

  it('says an unknown work item does not exist or cannot be seen, and stores nothing', async () => {
    site = createTestSite(0, { busy: true });
    expect(await run('declare-incident-action', { issueKey: 'WEB-99999', reason: 'Outage' }, PAT)).toEqual({
      errors: [{ message: 'Declare an incident: This issue does not exist or you cannot see it.' }],
    });
  });

  it('declares nothing on a site that is not set up, and says where to set it up', async () => {
    site = createTestSite(0, { busy: true, freshInstall: true });
    const bug = webBug(site);
    expect(await run('declare-incident-action', { issueKey: bug.key, reason: 'Outage' }, PAT)).toEqual({
      errors: [{ message: `Declare an incident: ${NOT_SET_UP_MESSAGE}` }],
    });
    expect(await record(bug)).toBeUndefined();
  });
});

describe('Add to the incident timeline (add-timeline-entry-action)', () => {
  it("adds the entry with the rule's user as its author and returns its number", async () => {
    site = createTestSite();
    const issue = createIssue(site);
    const answer = await run('add-timeline-entry-action', { issueKey: issue.key, text: 'Alertmanager: VPNDown resolved', kind: 'Communication' });
    expect(answer).toEqual({ entryNumber: 1 });
    expect(await entry(issue, 1)).toMatchObject({ text: 'Alertmanager: VPNDown resolved', kind: 'communication', by: RILEY });
    // The panel shows it like any entry a responder wrote.
    const panel = (await invokePanel(site, issue, 'incident/get', {})).result as {
      data: { response: { timeline: { entries: { text: string; by: string }[] } } };
    };
    expect(panel.data.response.timeline.entries.map((e) => [e.text, e.by])).toEqual([['Alertmanager: VPNDown resolved', RILEY]]);
    expect(await run('add-timeline-entry-action', { issueKey: issue.key, text: 'Second', kind: '', happenedAt: '' })).toEqual({ entryNumber: 2 });
  });

  it.each([
    ['no work item key', { text: 'x' }, /Work item: The work item key is required\./],
    ['no text', { issueKey: 'KEY' }, /Entry: The entry is required\./],
    ['text of 4001 characters', { issueKey: 'KEY', text: 'x'.repeat(4001) }, /Entry: Keep it under 4000 characters\./],
    ['an unknown kind', { issueKey: 'KEY', text: 'x', kind: 'rumour' }, /Kind: The kind must be one of note, action, decision, evidence, communication\./],
    ['a time without its offset', { issueKey: 'KEY', text: 'x', happenedAt: '2026-03-02 09:00' }, /Happened at: Give a date and time with its offset/],
    ['a boolean where text belongs', { issueKey: 'KEY', text: true }, /Entry: The entry must be text\./],
  ])('refuses %s in words, and stores nothing', async (_name, inputs, message) => {
    site = createTestSite();
    const issue = createIssue(site);
    const answer = await run('add-timeline-entry-action', { ...inputs, ...('issueKey' in inputs ? { issueKey: issue.key } : {}) });
    expect(Object.keys(answer)).toEqual(['errors']);
    expect(messages(answer)).toMatch(message);
    expect(await entry(issue, 1)).toBeUndefined();
  });

  it('refuses a user who may not edit the incident, an unknown work item, and one that is not an incident', async () => {
    site = createTestSite(0, { busy: true });
    const issue = createIssue(site);
    expect(await run('add-timeline-entry-action', { issueKey: issue.key, text: 'x' }, OSCAR)).toEqual({
      errors: [{ message: 'Add to the incident timeline: You need permission to edit this issue to add to its timeline.' }],
    });
    expect(await run('add-timeline-entry-action', { issueKey: 'SEC-99999', text: 'x' })).toEqual({
      errors: [{ message: 'Add to the incident timeline: This issue does not exist or you cannot see it.' }],
    });
    const bug = webBug(site);
    expect(await run('add-timeline-entry-action', { issueKey: bug.key, text: 'x' }, PAT)).toEqual({
      errors: [{ message: `Add to the incident timeline: ${OUT_OF_SCOPE_MESSAGE}` }],
    });
    expect(await entry(issue, 1)).toBeUndefined();
    expect(await entry(bug, 1)).toBeUndefined();
  });

  it('adds nothing on a site that is not set up', async () => {
    site = createTestSite(0, { freshInstall: true });
    const issue = createIssue(site);
    expect(await run('add-timeline-entry-action', { issueKey: issue.key, text: 'x' })).toEqual({
      errors: [{ message: `Add to the incident timeline: ${NOT_SET_UP_MESSAGE}` }],
    });
    expect(await entry(issue, 1)).toBeUndefined();
  });
});

describe('Set impact and urgency (set-impact-urgency-action)', () => {
  it("sets them by name as the rule's user; the matrix gives the level (an output) and Jira's priority follows", async () => {
    site = createTestSite();
    const issue = createIssue(site);
    const answer = await run('set-impact-urgency-action', { issueKey: issue.key, impact: 'High', urgency: 'medium', reason: 'Rule: VPN for all staff' });
    expect(answer).toEqual({ level: 'Critical', impact: 'High', urgency: 'Medium' });
    expect(await record(issue)).toMatchObject({ impact: 'high', urgency: 'medium', priority: 'Critical' });
    const stored = site.issues.find(issue.key)!;
    expect(stored.fields.priority).toBe('Highest');
    expect(stored.changelog.at(-1)).toMatchObject({ author: RILEY, items: [{ field: 'priority', toString: 'Highest' }] });
    // One axis alone keeps the other.
    expect(await run('set-impact-urgency-action', { issueKey: issue.key, urgency: 'Low' })).toEqual({ level: 'Serious', impact: 'High', urgency: 'Low' });
  });

  it.each([
    ['neither impact nor urgency', { issueKey: 'KEY', reason: 'x' }, /Impact: Give an impact, an urgency or both\./],
    ['a number where the impact belongs', { issueKey: 'KEY', impact: 3 }, /Impact: The impact must be text\./],
    ['a reason of 501 characters', { issueKey: 'KEY', impact: 'High', reason: 'x'.repeat(501) }, /Reason: Keep it under 500 characters\./],
  ])('refuses %s in words, and stores nothing', async (_name, inputs, message) => {
    site = createTestSite();
    const issue = createIssue(site);
    const answer = await run('set-impact-urgency-action', { ...inputs, issueKey: issue.key });
    expect(messages(answer)).toMatch(message);
    expect(await record(issue)).toBeUndefined();
  });

  it('refuses an impact that is not on the matrix, naming those that are', async () => {
    site = createTestSite();
    const issue = createIssue(site);
    expect(await run('set-impact-urgency-action', { issueKey: issue.key, impact: 'Catastrophic', urgency: 'High' })).toEqual({
      errors: [
        { message: 'Set impact and urgency: Some values are not valid for the current settings. Nothing was saved.' },
        { message: 'Impact must be one of Low, Medium, High.' },
      ],
    });
    expect(await record(issue)).toBeUndefined();
  });

  it('refuses a user without edit permission, and an unknown work item', async () => {
    site = createTestSite();
    const issue = createIssue(site);
    expect(await run('set-impact-urgency-action', { issueKey: issue.key, impact: 'High' }, MORGAN)).toEqual({
      errors: [{ message: 'Set impact and urgency: You need permission to edit this issue to change the incident.' }],
    });
    expect(await run('set-impact-urgency-action', { issueKey: 'SEC-99999', impact: 'High' })).toEqual({
      errors: [{ message: 'Set impact and urgency: This issue does not exist or you cannot see it.' }],
    });
    expect(await record(issue)).toBeUndefined();
    expect(site.issues.find(issue.key)!.changelog).toEqual([]);
  });

  it('changes nothing on a site that is not set up', async () => {
    site = createTestSite(0, { freshInstall: true });
    const issue = createIssue(site);
    expect(await run('set-impact-urgency-action', { issueKey: issue.key, impact: 'High' })).toEqual({
      errors: [{ message: `Set impact and urgency: ${NOT_SET_UP_MESSAGE}` }],
    });
    expect(await record(issue)).toBeUndefined();
  });
});

describe('the local site runs actions as Automation does', () => {
  it('gives the function the inputs as its payload and the connection user as its principal, so Jira is asked as that user', async () => {
    site = createTestSite();
    const issue = createIssue(site);
    const { invocation } = await site.functions.invokeAutomationAction('add-timeline-entry-action', { issueKey: issue.key, text: 'x' }, RILEY);
    expect(invocation).toMatchObject({
      functionKey: 'action-add-to-timeline',
      moduleKey: 'add-timeline-entry-action',
      accountId: RILEY,
      accountType: 'licensed',
    });
    expect(invocation.requests.filter((r) => r.kind === 'jira').map((r) => `${r.method} ${r.path.split('?')[0]}`)).toContain('GET /rest/api/3/mypermissions');
  });

  it('refuses an input the action does not declare, and an action no actionProvider lists, before the app runs', async () => {
    site = createTestSite();
    await expect(site.functions.invokeAutomationAction('set-impact-urgency-action', { issueKey: 'SEC-1', severity: 'high' }, RILEY)).rejects.toThrow(
      "Automation refuses inputs that action 'set-impact-urgency-action' does not declare: severity",
    );
    await expect(site.functions.invokeAutomationAction('declare-incident', { issueKey: 'SEC-1' }, RILEY)).rejects.toThrow(/no action 'declare-incident'/);
  });

  it('answers in words when Automation names no connection user', async () => {
    site = createTestSite();
    const { declareIncidentAction } = await import('../../src/index');
    expect(await declareIncidentAction({ issueKey: 'SEC-1', reason: 'x' }, {})).toEqual({
      errors: [{ message: expect.stringMatching(/^Declare an incident: Automation did not say which user runs this action/) }],
    });
  });
});
