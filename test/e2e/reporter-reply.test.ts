/**
 * Given a phishing report a responder has classified and noted internally, when the responder opens
 * "Reply to the reporter" in the panel, then they see the suggested reply and a preview of exactly
 * what the reporter will read; once sent, the reporter's request page shows that reply, and nothing
 * internal (the internal note, the category code, the classification) reaches the reporter.
 */
import type { Page } from 'playwright-core';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { appFrame, openPanelSections, pagesAsUsers, takenIn } from '../support/browser';
import { CASEY, RILEY } from '../support/test-site';

const { site, openAs } = pagesAsUsers();
let page: Page;
const INTERNAL_NOTE = 'INTERNAL-CANARY-7f2: the sender is a contractor we are investigating';
const EDITED = 'We blocked the sender, so nothing more is needed from you.';

describe('replying to the reporter, end to end', () => {
  let key: string;

  it('a responder sees the suggested reply and its preview, edits it and sends it', async () => {
    const issue = await takenIn(site(), {
      projectId: '10000',
      summary: 'Email asking me to re-enter my password',
      reporter: CASEY,
      properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'no', howBad: 'me', howUrgent: 'today' } },
    });
    key = issue.key;
    const note = await site().site.rest(RILEY, 'POST', `/rest/api/3/issue/${key}/comment`, {
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: INTERNAL_NOTE }] }] },
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    expect(note.status).toBe(201);

    page = await openAs(RILEY, `/browse/${key}`);
    const panel = await appFrame(page, 'incident-panel');
    await panel.waitForSelector('[data-testid="incident-summary"]');
    await openPanelSections(panel, 'reply');
    const text = panel.getByTestId('reporter-reply-text');
    await text.waitFor();
    expect(await text.inputValue()).toContain('Thank you for telling us about the suspicious message you received.');
    const preview = panel.getByTestId('reporter-reply-preview');
    expect(await preview.textContent()).toContain('Preview: what the reporter sees on their request');
    expect(await preview.textContent()).toContain('The team is working on it.');

    await text.fill(`Thank you for reporting the suspicious message.\n\n${EDITED}`);
    await panel.waitForFunction((edited) => document.querySelector('[data-testid="reporter-reply-preview"]')?.textContent?.includes(edited), EDITED);
    expect(await preview.textContent()).not.toContain('The team is working on it.');
    await panel.getByTestId('reporter-reply-send').click();
    await panel.getByTestId('reporter-reply-sent').waitFor();
  });

  it("the reporter's request page shows the reply and nothing internal", async () => {
    page = await openAs(CASEY, `/servicedesk/customer/portal/1/${key}`);
    const status = await appFrame(page, 'report-status');
    await status.waitForSelector('[data-testid="report-stage"]');
    const frameText = (await status.textContent('body')) ?? '';
    for (const internal of ['INTERNAL-CANARY-7f2', 'phishing', 'Mild', 'impact', 'urgency']) expect(frameText).not.toContain(internal);
    const body = (await page.textContent('body')) ?? '';
    expect(body).toContain(EDITED);
    expect(body).not.toContain('INTERNAL-CANARY-7f2');
    expect(body).not.toContain('phishing');
    expect(body).not.toContain('Replied to the reporter');
  });

  it('dismissing an event offers the "not an incident" reply with its preview and sends it along', async () => {
    const issue = await takenIn(site(), {
      projectId: '10000',
      summary: 'Newsletter that looked odd',
      reporter: CASEY,
      properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'no', howBad: 'me', howUrgent: 'can-wait' } },
    });
    page = await openAs(RILEY, `/browse/${issue.key}`);
    const panel = await appFrame(page, 'incident-panel');
    await panel.click('[data-testid="triage-dismiss"]');
    await panel.fill('[data-testid="triage-reason"]', 'A genuine newsletter from our payroll provider');
    const text = panel.getByTestId('dismissal-reply-text');
    await text.waitFor();
    expect(await text.inputValue()).toContain('it turned out not to be a security incident');
    expect(await panel.getByTestId('dismissal-reply-preview').textContent()).toContain('Reporting something that turns out to be harmless is never a mistake');
    await panel.click('[data-testid="triage-submit"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="triage-state"]')?.textContent === 'Not an incident');

    page = await openAs(CASEY, `/servicedesk/customer/portal/1/${issue.key}`);
    const status = await appFrame(page, 'report-status');
    expect(await status.textContent('[data-testid="report-stage"]')).toBe('Checked');
    // The reporter's times are in their locale (Casey's is English) and name their zone in words.
    expect(await status.textContent('[data-testid="report-acknowledged"]')).toMatch(
      /We received your report on \w+, \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M [A-Z][\w ]+ Time\./,
    );
    expect(await page.textContent('body')).toContain('it turned out not to be a security incident');
  });
});
