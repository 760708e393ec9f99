/**
 * Given the local Jira site in Chromium, when a portal customer reports phishing and a responder
 * triages it in the panel, then the report takes at most three required inputs, the priority
 * comes from the matrix, Jira's priority field and the JQL alias follow a raised impact, and the
 * reporter's request page shows the acknowledgement.
 */
import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { appFrame, openPanelSections, pagesAsUsers } from '../support/browser';
import { CASEY, RILEY } from '../support/test-site';

const { site, openAs } = pagesAsUsers();
let page: Page;

describe('report and triage, end to end', () => {
  let key: string;

  it('a portal customer files a phishing report with three required inputs', async () => {
    page = await openAs(CASEY, '/servicedesk/customer/portal/1/create');
    const intake = await appFrame(page, 'report-intake');
    await intake.getByRole('radio', { name: 'Phishing' }).waitFor();
    // Required: the request's summary (JSM's own field) and the panel's two questions; the rest is optional.
    const required = (await page.locator('form [required]').count()) + (await intake.getByText('(required)').count());
    expect(required).toBe(3);
    await page.fill('input[name="summary"]', 'Email asking me to re-enter my password');
    // No message before anything is answered; then each required question still open says so, where it is.
    expect(await intake.getByRole('alert').count()).toBe(0);
    await intake.getByRole('radio', { name: 'Phishing' }).check();
    await intake.getByText('For example:').waitFor();
    // What to do at once, for what they picked.
    expect(await intake.textContent('[data-testid="report-advice"]')).toContain('change that password now');
    const personalData = intake.getByTestId('personal-data-missing');
    expect(await personalData.textContent()).toBe('Answer this to send the report; “Not sure” is fine.');
    // The message sits with its question (below the personal-data radios, above the optional questions).
    const [question, message, optional] = await Promise.all([
      intake.getByText('Could personal or customer data be involved? (required)').boundingBox(),
      personalData.boundingBox(),
      intake.getByText('Who is affected, as far as you can tell? (optional)').boundingBox(),
    ]);
    expect(message!.y).toBeGreaterThan(question!.y);
    expect(message!.y).toBeLessThan(optional!.y);
    expect(await intake.getByTestId('category-missing').count()).toBe(0);
    await intake.getByRole('radio', { name: 'No', exact: true }).check();
    await personalData.waitFor({ state: 'detached' });
    await page.waitForTimeout(200); // view.submit is posted on every change
    await Promise.all([page.waitForURL(/SEC-\d+$/), page.getByRole('button', { name: 'Send' }).click()]);
    key = page.url().split('/').pop()!;
    await site().site.events.drain();
    const issue = site().site.issues.find(key)!;
    expect(await kvs.get(storageKeys.incident(issue.id))).toMatchObject({
      category: 'phishing',
      priority: 'Mild',
      reporter: { category: 'phishing', personalData: 'no' },
    });
  });

  it('a responder sees the computed priority and the matrix, raises the impact, and Jira follows', async () => {
    page = await openAs(RILEY, `/browse/${key}`);
    const panel = await appFrame(page, 'incident-panel');
    await panel.waitForSelector('[data-testid="incident-summary"]');
    expect(await panel.textContent('[data-testid="incident-priority"]')).toBe('Mild');
    expect(await panel.textContent('[data-testid="priority-reason"]')).toBe('From the matrix: impact Low x urgency Medium (score 3).');
    expect(await panel.textContent('[data-testid="matrix-chosen-cell"]')).toBe('Mild (3)');

    await panel.click('[data-testid="edit-incident"]');
    await panel.waitForSelector('form[aria-label="Priority calculator"]');
    await panel.getByRole('button', { name: 'Impact Medium, urgency Medium: Serious (4)' }).click();
    expect(await panel.textContent('[data-testid="calculated-priority"]')).toBe('Serious');
    await panel.fill('[data-testid="change-reason"]', 'Two colleagues entered their password');
    await panel.click('[data-testid="save-incident"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="incident-priority"]')?.textContent === 'Serious');
    await openPanelSections(panel, 'history');
    expect(await panel.textContent('[data-testid="change-history"]')).toContain('Why: Two colleagues entered their password');

    const issue = site().site.issues.find(key)!;
    expect(issue.fields.priority).toBe('High');
    const res = await site().site.rest(
      RILEY,
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('incidentPriority = "Serious" AND incidentTriage = "event"')}`,
    );
    expect(((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual([key]);

    await panel.click('[data-testid="triage-confirm"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="triage-state"]')?.textContent === 'Confirmed incident');
  });

  it("the reporter's request page shows the acknowledgement and the new state", async () => {
    page = await openAs(CASEY, `/servicedesk/customer/portal/1/${key}`);
    const status = await appFrame(page, 'report-status');
    await status.waitForSelector('[data-testid="report-acknowledged"]');
    expect(await status.textContent('[data-testid="report-stage"]')).toBe('Being handled');
    expect(await page.textContent('body')).toContain('Thank you for reporting this.');
  });

  it('shows a clear message for bad input and stores nothing', async () => {
    page = await openAs(RILEY, `/browse/${key}`);
    const panel = await appFrame(page, 'incident-panel');
    await panel.click('[data-testid="triage-reopen"]');
    await panel.click('[data-testid="triage-submit"]').catch(() => undefined); // disabled while the reason is empty
    const before = await kvs.get<{ revision: number }>(storageKeys.incident(site().site.issues.find(key)!.id));
    await panel.fill('[data-testid="triage-reason"]', ' ');
    expect(await panel.isDisabled('[data-testid="triage-submit"]')).toBe(true);
    expect((await kvs.get<{ revision: number }>(storageKeys.incident(site().site.issues.find(key)!.id)))!.revision).toBe(before!.revision);
  });
});
