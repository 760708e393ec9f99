/**
 * The app on the issue view of a busy site: present on incidents only. Another team's bug shows no
 * incident panel and no glance, only the "Declare an incident" action; declaring it (with a
 * reason) makes it an incident: after the dialog closes the panel and the glance are there, and
 * the timeline says who declared it and why. On an incident the glance shows the level and the next
 * deadline without opening the panel.
 */
import type { Page } from 'playwright-core';
import { appFrame, type BrowserSite, browserSuite, openPanelSections, signIn } from '../support/browser';
import { ALEX, RILEY } from '../support/test-site';
import { storageKeys } from '../../src/platform/storage/storage-keys';

let b: BrowserSite;
let page: Page;
browserSuite({ user: RILEY, incidents: 20, busy: true }, (site, p) => {
  b = site;
  page = p;
});

const open = async (who: string, key: string) => {
  await signIn(b, who);
  await page.goto(`${b.url}/browse/${key}`);
};

describe('the issue view', () => {
  it("shows another team's bug nothing but the declare action; declaring it brings in the panel, the glance and a timeline entry", async () => {
    const bug = b.site.issues.all().find((i) => i.key.startsWith('WEB-') && i.fields.issuetype === 'Bug')!;
    await open(ALEX, bug.key);
    await page.waitForSelector('[data-testid="issue-action"]');
    expect(await page.locator('iframe[data-module="incident-panel"]').count()).toBe(0);
    expect(await page.locator('iframe[data-module="incident-glance"]').count()).toBe(0);

    await page.click('[data-testid="issue-action"] summary');
    const action = await appFrame(page, 'declare-incident');
    await action.getByText('This issue is outside the incident scope.').waitFor();
    expect(await action.isDisabled('[data-testid="declare-submit"]')).toBe(true);
    await action.fill('[data-testid="declare-reason"]', 'Card numbers appear in the checkout logs');
    await action.click('[data-testid="declare-submit"]');
    await action.getByTestId('declared').waitFor();
    await Promise.all([page.waitForNavigation(), action.click('[data-testid="declare-close"]')]);

    const panel = await appFrame(page, 'incident-panel');
    await panel.waitForSelector('[data-testid="incident-priority"]');
    await openPanelSections(panel, 'response');
    await panel.getByText('Declared an incident (Card numbers appear in the checkout logs)').first().waitFor();
    const glance = await appFrame(page, 'incident-glance');
    await glance.waitForSelector('[data-testid="glance-level"]');
    expect(b.site.state.kvs[storageKeys.incident(bug.id)]).toBeDefined();
    // Declaring again says it is one already.
    await page.click('[data-testid="issue-action"] summary');
    const again = await appFrame(page, 'declare-incident');
    await again.getByText('This issue is already an incident').waitFor();
  }, 60_000);

  it('shows an incident its level and next deadline beside the details, without opening the panel', async () => {
    const incident = b.site.issues
      .all()
      .filter((i) => i.key.startsWith('SEC-') && 'incident-response' in i.properties && i.fields.status === 'Open')
      .concat(b.site.issues.all().filter((i) => i.key.startsWith('SEC-') && 'incident-response' in i.properties))[0]!;
    await open(RILEY, incident.key);
    const glance = await appFrame(page, 'incident-glance');
    await glance.waitForSelector('[data-testid="glance-level"]');
    expect((await glance.textContent('[data-testid="glance-level"]'))!.length).toBeGreaterThan(0);
    expect(await glance.textContent('[data-testid="glance-next"]')).toMatch(
      /^(Time to (acknowledge|contain|resolve)|.+: .+): (was due|due) |^No deadline running$/,
    );
    await appFrame(page, 'incident-panel');
  }, 60_000);
});
