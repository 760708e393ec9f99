/**
 * The reporter hears the outcome (issue 32, item 1), in Chromium:
 * - on a restricted incident the responders classified as a data exposure (the reporter had picked
 *   "security breach"), resolved in Jira, the panel's reply preview is exactly what the
 *   reporter then reads on their request page (as Casey, the portal customer), and nothing internal
 *   (internal comment, category, impact and urgency, legal facts, the responders' summary) reaches
 *   the reporter on that page's app or replies, or in the emails sent to them;
 * - a report dismissed as not an incident shows resolved on the portal, with the reply;
 * - the acknowledgement's promise ("get back to you within …") no longer shows once it is met.
 */
import type { Frame, Locator } from 'playwright-core';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { appFrame, openPanelSections, pagesAsUsers, takenIn } from '../support/browser';
import { CASEY, invokePanel, RILEY } from '../support/test-site';

const { site, openAs } = pagesAsUsers();

const CANARIES = ['INTERNAL-CANARY-c41', 'LEGAL-CANARY-c41', 'REASON-CANARY-c41', 'SUMMARY-CANARY-c41'];
const INTERNAL_WORDS = ['Data exposure', 'data-exposure', 'Critical', 'Serious', 'impact', 'urgency', 'GDPR', 'supervisory', 'Restricted'];

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The lines a person reads in an element, blank lines left out. */
const linesOf = async (locator: Locator) =>
  (await locator.innerText())
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function portalReport(summary: string, category = 'security-breach') {
  return takenIn(site(), {
    projectId: '10000',
    summary,
    reporter: CASEY,
    requestTypeId: '11',
    properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category, personalData: 'yes', howBad: 'me', howUrgent: 'today' } },
  });
}

async function change(key: string, resolverKey: string, payload: object) {
  const issue = site().site.issues.find(key)!;
  const got = await invokePanel(site().site, issue, 'incident/get', {});
  const revision = (got.result as { data: { incident: { revision: number } } }).data.incident.revision;
  const { result } = await invokePanel(site().site, issue, resolverKey, { expectedRevision: revision, ...payload });
  expect(result).toMatchObject({ ok: true });
}

const stageFrame = async (key: string): Promise<Frame> => {
  const page = await openAs(CASEY, `/servicedesk/customer/portal/1/${key}`);
  const frame = await appFrame(page, 'report-status');
  await frame.waitForSelector('[data-testid="report-stage"]');
  return frame;
};

describe('the reporter hears the outcome, and nothing internal', () => {
  let key: string;
  let previewLines: string[];

  it('a restricted incident resolved in Jira: the responder previews the outcome reply, ticks it says nothing internal, and sends it', async () => {
    const issue = await portalReport('A spreadsheet of customers was attached to a mail to me');
    key = issue.key;
    const s = site().site;
    await change(key, 'incident/triage', { action: 'confirm', reason: 'REASON-CANARY-c41 customer IBANs in the file' });
    await change(key, 'incident/update', { category: 'data-exposure', impact: 'high', urgency: 'high', reason: 'REASON-CANARY-c41 the whole customer base' });
    await change(key, 'legal/record', {
      action: 'answer',
      answers: {
        personalData: 'yes',
        risk: 'high',
        residences: ['EU'],
        residencesComplete: true,
        dataTypes: { credentials: 'yes' },
        affected: { EU: 5000, total: 5000 },
      },
    });
    await change(key, 'legal/record', {
      action: 'start',
      trigger: 'aware_at',
      at: new Date(s.clock.now() - 60_000).toISOString(),
      timeZone: 'Europe/Berlin',
      reason: 'LEGAL-CANARY-c41',
    });
    const internal = await s.rest(RILEY, 'POST', `/rest/api/3/issue/${key}/comment`, {
      body: adf('INTERNAL-CANARY-c41: the sender is the finance lead'),
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    expect(internal.status).toBe(201);
    if (!issue.fields.securityLevelId) s.issues.edit(issue, { securityLevelId: '10100' }, RILEY, false);
    s.issues.edit(issue, { summary: 'SUMMARY-CANARY-c41 customer export mailed out by finance' }, RILEY, false);
    // Resolved in Jira by the responder, through the workflow (its resolve screen asks for the resolution).
    const resolve = { transition: { id: '41' }, fields: { resolution: { name: 'Done' } } };
    expect((await s.rest(RILEY, 'POST', `/rest/api/3/issue/${key}/transitions`, resolve)).status).toBe(204);
    await s.events.drain();

    const page = await openAs(RILEY, `/browse/${key}`);
    const panel = await appFrame(page, 'incident-panel');
    await panel.waitForSelector('[data-testid="incident-summary"]');
    await openPanelSections(panel, 'reply');
    const text = panel.getByTestId('reporter-reply-text');
    await text.waitFor();
    expect(await text.inputValue()).toContain('this request is now resolved');
    expect(await panel.getByTestId('reporter-reply-outcome').textContent()).toContain('the suggested reply tells the reporter how it ended');
    const send = panel.getByTestId('reporter-reply-send');
    // Restricted: it cannot go before the responder's tick.
    await panel.getByTestId('reporter-reply-checked--checkbox-label').click();
    previewLines = (await linesOf(panel.getByTestId('reporter-reply-preview'))).filter((l) => l !== 'Preview: what the reporter sees on their request');
    expect(previewLines[0]).toBe('Riley Responder');
    expect(previewLines[1]).toBe('Thank you for telling us about what you noticed.');
    await send.click();
    await panel.getByTestId('reporter-reply-sent').waitFor();
  });

  it('shows the reporter exactly the preview on their request page, and nothing internal there or in their emails', async () => {
    const frame = await stageFrame(key);
    const page = frame.page();
    const replies = page.getByTestId('portal-comment');
    const reply = replies.filter({ hasText: 'this request is now resolved' });
    expect(await reply.count()).toBe(1);
    expect(await linesOf(reply)).toEqual(previewLines);
    expect(await page.textContent('main')).toContain('Status: Resolved');

    const read = [(await frame.textContent('body')) ?? '', ...(await replies.allInnerTexts())].join('\n');
    for (const word of [...CANARIES, ...INTERNAL_WORDS]) expect(read).not.toContain(word);
    const emails = site().site.state.outbox.filter((m) => m.issueKey === key && m.recipients.includes(CASEY));
    expect(emails.length).toBeGreaterThanOrEqual(1);
    for (const m of emails) for (const word of [...CANARIES, ...INTERNAL_WORDS]) expect(`${m.subject}\n${m.textBody}\n${m.htmlBody}`).not.toContain(word);
  });

  it('a report dismissed as not an incident shows resolved on the portal, with the reply', async () => {
    const issue = await portalReport('A mail from payroll asked me to confirm my bank details', 'phishing');
    const page = await openAs(RILEY, `/browse/${issue.key}`);
    const panel = await appFrame(page, 'incident-panel');
    await panel.click('[data-testid="triage-dismiss"]');
    await panel.fill('[data-testid="triage-reason"]', "The payroll provider's real yearly check");
    await panel.getByTestId('dismissal-reply-text').waitFor();
    const preview = (await linesOf(panel.getByTestId('dismissal-reply-preview'))).filter((l) => l !== 'Preview: what the reporter sees on their request');
    await panel.click('[data-testid="triage-submit"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="triage-state"]')?.textContent === 'Not an incident');
    expect(issue.fields.status).toBe('Resolved');

    const frame = await stageFrame(issue.key);
    expect(await frame.textContent('[data-testid="report-stage"]')).toBe('Checked');
    expect(await frame.page().textContent('main')).toContain('Status: Resolved');
    const reply = frame.page().getByTestId('portal-comment').filter({ hasText: 'it turned out not to be a security incident' });
    expect(await linesOf(reply)).toEqual(preview);
  });

  it('stops showing the acknowledgement promise once a responder has looked at the report', async () => {
    const issue = await portalReport('My screen shows a message I did not expect', 'malware');
    let frame = await stageFrame(issue.key);
    expect(await frame.textContent('body')).toContain('get back to you');
    await change(issue.key, 'incident/triage', { action: 'confirm', reason: 'Malware on a laptop' });
    frame = await stageFrame(issue.key);
    expect(await frame.textContent('[data-testid="report-stage"]')).toBe('Being handled');
    expect(await frame.textContent('body')).not.toContain('get back to you');
  });
});
