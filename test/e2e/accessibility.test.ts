/**
 * Every page of the local site, and every Custom UI frame on it, scanned with axe-core in
 * Chromium: no serious or critical violations, in light and dark mode.
 */
import type { Page } from 'playwright-core';
import { appFrame, type BrowserSite, openPanelSections, seriousViolations, signIn, startBrowserSite } from '../support/browser';
import { ALEX, CASEY, RILEY } from '../support/test-site';

let b: BrowserSite;
beforeAll(async () => {
  b = await startBrowserSite();
}, 60_000);
afterAll(async () => {
  // Forge serves every frame with its Content-Security-Policy: nothing the app did may have violated it.
  const violations = b.takeCspViolations();
  await b.close();
  expect(violations).toEqual([]);
});

async function scan(path: string, accountId: string, theme: 'light' | 'dark', moduleKey?: string): Promise<string[]> {
  await signIn(b, accountId, theme);
  const page: Page = await b.browser.newPage();
  try {
    await page.goto(`${b.url}${path}`);
    const problems = await seriousViolations(page);
    if (moduleKey) {
      const frame = await appFrame(page, moduleKey);
      // Every section of the panel, open: all of it is audited, not only what shows first.
      if (moduleKey === 'incident-panel') await openPanelSections(frame, 'overview', 'sla', 'legal', 'response', 'reports', 'history');
      problems.push(...(await seriousViolations(frame)).map((p) => `[${moduleKey}] ${p}`));
    }
    return problems;
  } finally {
    await page.close();
  }
}

describe.each(['light', 'dark'] as const)('accessibility (%s mode)', (theme) => {
  const issueKey = () => b.site.issues.all().find((i) => i.projectId === '10000' && !i.fields.securityLevelId)!.key;
  const caseyRequest = () =>
    b.site.issues.create(
      {
        projectId: '10000',
        summary: 'Strange pop-ups',
        reporter: CASEY,
        properties: { [b.site.manifest.appUuid]: { category: 'other', personalData: 'unsure' } },
      },
      CASEY,
      false,
      { silent: true },
    ).key;

  it.each<[string, () => string, string, string | undefined]>([
    ['home', () => '/', RILEY, undefined],
    ['issue navigator', () => '/issues?jql=project%20%3D%20SEC', RILEY, undefined],
    ['issue view with the incident panel', () => `/browse/${issueKey()}`, RILEY, 'incident-panel'],
    ['dashboard with the gadget', () => '/jira/dashboards/10000', RILEY, 'incident-statistics'],
    ['gadget settings', () => '/jira/dashboards/10000?edit=20001', RILEY, 'incident-statistics'],
    ['app settings (admin)', () => '/jira/settings/apps', ALEX, 'incident-settings'],
    ['help center', () => '/servicedesk/customer/portal/1', CASEY, undefined],
    ['report form with the intake panel', () => '/servicedesk/customer/portal/1/create', CASEY, 'report-intake'],
    ['request page with the status panel', () => `/servicedesk/customer/portal/1/${caseyRequest()}`, CASEY, 'report-status'],
    ['control room', () => '/sandbox', RILEY, undefined],
  ])('%s has no serious or critical violations', async (_name, path, who, moduleKey) => {
    expect(await scan(path(), who, theme, moduleKey)).toEqual([]);
  });

  it('the priority calculator (panel in edit mode) has no serious or critical violations', async () => {
    await signIn(b, RILEY, theme);
    const page: Page = await b.browser.newPage();
    try {
      await page.goto(`${b.url}/browse/${issueKey()}`);
      const frame = await appFrame(page, 'incident-panel');
      await frame.click('[data-testid="edit-incident"]');
      await frame.waitForSelector('form[aria-label="Priority calculator"]');
      expect(await seriousViolations(frame)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
