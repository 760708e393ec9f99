/**
 * Given a rota (Sam primary, Riley secondary) and a Critical incident the sweep has paged Sam for,
 * when Sam opens the issue in Chromium, then the panel says who is on call now (names, the hand-off
 * in the rota's zone, named), that Sam was paged and the page waits for an acknowledgement; Sam
 * says "I'm on it" with the keyboard, and the panel, storage and Jira agree that paging stopped.
 */
import type { Page } from 'playwright-core';
import { appFrame, type BrowserSite, browserSuite } from '../support/browser';
import { SAM, RILEY } from '../support/test-site';
import { configureOnCall, confirmedIncident, CRITICAL, MINUTE, pageComments, pagingOf, securityRota } from '../oncall-paging/paging-support';

let b: BrowserSite;
let page: Page;
browserSuite({ user: SAM }, (site, p) => {
  b = site;
  page = p;
});

describe('paging in the incident panel', () => {
  it('the paged responder says "I\'m on it" from the panel, with the keyboard', async () => {
    await configureOnCall(securityRota(SAM, RILEY));
    const issue = await confirmedIncident(b.site, CRITICAL);
    await b.site.advanceTime(5 * MINUTE);
    expect(pageComments(issue)).toHaveLength(1);

    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await frame.waitForSelector('[data-testid="on-call-now"]');
    expect(await frame.textContent('[data-testid="on-call-now"]')).toMatch(
      /^On call now: Sam Second-Responder \(primary\), Riley Responder \(secondary\), until .+ \(Europe\/Berlin\)\.$/,
    );
    expect(await frame.textContent('[data-testid="on-call-paging"]')).toMatch(/^Paged Sam Second-Responder \(primary on call\) /);
    expect(await frame.textContent('[data-testid="on-call-state"]')).toContain('Waiting for someone to say "I\'m on it"');
    expect(await frame.textContent('[data-testid="on-call"]')).not.toMatch(/acc-|\d{4}-\d{2}-\d{2}T/);

    const button = frame.getByRole('button', { name: "I'm on it" });
    await button.focus();
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelector('[data-testid="on-call-state"]')?.textContent?.startsWith('Sam Second-Responder is on it'));
    expect(await frame.getByRole('button', { name: "I'm on it" }).count()).toBe(0);
    expect(await pagingOf(issue)).toMatchObject({ acknowledgedBy: SAM });
    expect(issue.fields.assignee).toBe(SAM);

    // Paging stopped: the secondary's window passes and nobody else is paged.
    await b.site.advanceTime(10 * MINUTE);
    expect(pageComments(issue)).toHaveLength(1);
  });
});
