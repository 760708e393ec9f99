/**
 * Given the local Jira site in Chromium, everyone who may raise a request reports through the
 * portal's form: a JSM agent, an employee with a Jira licence but no JSM agent licence (unlicensed
 * to JSM) and a portal-only customer each get the app's questions, their report arrives as an
 * incident, and their request page shows what happens next. Someone not logged in gets the
 * questions only where the portal lets anyone raise requests, and no request page.
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/
 */
import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';
import { setAnonymousRequests } from '../../sandbox/state/portal-access';
import { ANONYMOUS_ACCOUNT_ID } from '../../sandbox/state/user-kinds';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { appFrame, pagesAsUsers } from '../support/browser';
import { CASEY, RILEY } from '../support/test-site';

const KIM = 'acc-kim-employee';

const { site, openAs } = pagesAsUsers();
let page: Page;

describe('reporting on the portal, by kind of user', () => {
  it.each([
    ['a JSM agent', RILEY],
    ['an employee with a Jira licence but no JSM agent licence', KIM],
    ['a portal customer', CASEY],
  ])('%s files a phishing report, it arrives as an incident, and their request page says what happens next', async (_, who) => {
    page = await openAs(who, '/servicedesk/customer/portal/1/create');
    const intake = await appFrame(page, 'report-intake');
    await intake.getByRole('radio', { name: 'Phishing' }).check();
    await intake.getByRole('radio', { name: 'No', exact: true }).check();
    await page.fill('input[name="summary"]', `An email asking ${who} for their password`);
    await page.waitForTimeout(200); // view.submit is posted on every change
    await Promise.all([page.waitForURL(/SEC-\d+$/), page.getByRole('button', { name: 'Send' }).click()]);
    const key = page.url().split('/').pop()!;
    await site().site.events.drain();
    const issue = site().site.issues.find(key)!;
    expect(issue.fields.reporter).toBe(who);
    expect(await kvs.get(storageKeys.incident(issue.id))).toMatchObject({ category: 'phishing', reporter: { category: 'phishing', personalData: 'no' } });

    await page.reload();
    const status = await appFrame(page, 'report-status');
    await status.waitForSelector('[data-testid="report-acknowledged"]');
    expect(await status.textContent('[data-testid="report-stage"]')).toBe('Received');
  });

  it('someone not logged in gets the questions only where the portal allows anonymous requests, and never a request page', async () => {
    page = await openAs(ANONYMOUS_ACCOUNT_ID, '/servicedesk/customer/portal/1/create');
    expect(await page.locator('iframe[data-module="report-intake"]').count()).toBe(0);
    expect(await page.getByRole('alert').textContent()).toBe('Log in to see this portal.');
    await page.close();

    setAnonymousRequests(site().site.state, '1', true);
    page = await openAs(ANONYMOUS_ACCOUNT_ID, '/servicedesk/customer/portal/1/create');
    const intake = await appFrame(page, 'report-intake');
    await intake.getByRole('radio', { name: 'Phishing' }).waitFor();
    await page.close();

    const someones = site()
      .site.issues.all()
      .find((i) => i.fields.reporter === CASEY)!;
    page = await openAs(ANONYMOUS_ACCOUNT_ID, `/servicedesk/customer/portal/1/${someones.key}`);
    expect(await page.locator('iframe[data-module="report-status"]').count()).toBe(0);
    expect(await page.getByRole('alert').textContent()).toBe('Log in to see your requests.');
  });
});
