/**
 * One design language (issue 32, item 6), in Chromium:
 * - in dark mode each Custom UI frame's own background is the host card's it sits on (the panel, the
 *   gadget, the portal's request page and the settings), or the frame is transparent over it: no
 *   darker box on a lighter card;
 * - the panel's document picker (postmortem and reports) is an Atlaskit select, used with the keyboard.
 */
import type { Frame, Page } from 'playwright-core';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { appFrame, type BrowserSite, openPanelSections, signIn, startBrowserSite, takenIn } from '../support/browser';
import { ALEX, CASEY, invokePanel, RILEY } from '../support/test-site';
import { recordFigure } from '../reliability/ledger';

let b: BrowserSite;
let page: Page | null = null;
beforeAll(async () => {
  b = await startBrowserSite(0);
}, 120_000);
afterAll(async () => {
  const violations = b.takeCspViolations();
  await b.close();
  expect(violations).toEqual([]);
});
afterEach(async () => {
  await page?.close();
  page = null;
});

async function open(accountId: string, path: string, theme: 'light' | 'dark'): Promise<Page> {
  await signIn(b, accountId, theme);
  page = await b.browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${b.url}${path}`);
  return page;
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** What shows behind the frame's content: its body's background, else its root's, else nothing (transparent). */
async function frameBackground(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    if (body !== 'rgba(0, 0, 0, 0)') return body;
    return getComputedStyle(document.documentElement).backgroundColor;
  });
}

/** The background of the host card the module's iframe sits on. */
const cardBackground = (p: Page, moduleKey: string) =>
  p.$eval(`iframe[data-module="${moduleKey}"]`, (iframe) => getComputedStyle(iframe.closest('.card')!).backgroundColor);

let request: string;

describe('dark frames', () => {
  beforeAll(async () => {
    const issue = await takenIn(b, {
      projectId: '10000',
      summary: 'A pop-up asked me to install an update',
      reporter: CASEY,
      requestTypeId: '11',
      properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'malware', personalData: 'no', howBad: 'me', howUrgent: 'today' } },
    });
    request = issue.key;
  });

  it.each<[string, () => string, string, string]>([
    ['the incident panel', () => `/browse/${request}`, RILEY, 'incident-panel'],
    ['the statistics gadget', () => '/jira/dashboards/10000', RILEY, 'incident-statistics'],
    ['the portal request page', () => `/servicedesk/customer/portal/1/${request}`, CASEY, 'report-status'],
    ['the app settings', () => '/jira/settings/apps', ALEX, 'incident-settings'],
  ])("%s: the frame's background is the host card's in dark mode", async (name, path, who, moduleKey) => {
    const p = await open(who, path(), 'dark');
    const frame = await appFrame(p, moduleKey);
    // Theming enabled and the app drawn: the frame's root says dark.
    await frame.waitForFunction(
      () => document.documentElement.getAttribute('data-color-mode') === 'dark' && document.getElementById('root')!.childElementCount > 0,
    );
    const [inFrame, card] = await Promise.all([frameBackground(frame), cardBackground(p, moduleKey)]);
    // A dark card: the comparison is made in dark mode, not in light.
    expect(card).not.toBe('rgb(255, 255, 255)');
    expect([card, TRANSPARENT]).toContain(inFrame);
    // Control: a card on elevation.surface.raised (the shell's other cards) would not match in dark mode.
    const raised = await p.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.background = 'var(--ds-surface-raised)';
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });
    expect(raised).not.toBe(inFrame);
    recordFigure(__filename, `Dark mode, ${name}: frame ${inFrame}, host card ${card}`);
  });
});

describe("the panel's document picker", () => {
  it('is an Atlaskit select: the keyboard picks "Final report" and it is generated', async () => {
    const issue = await takenIn(b, { projectId: '10000', summary: 'Laptop stolen from a car', reporter: RILEY });
    const { result } = await invokePanel(b.site, issue, 'incident/triage', { expectedRevision: 0, action: 'confirm', reason: 'A company laptop is gone' });
    expect(result).toMatchObject({ ok: true });
    const p = await open(RILEY, `/browse/${issue.key}`, 'light');
    const panel = await appFrame(p, 'incident-panel');
    await panel.waitForSelector('[data-testid="incident-summary"]');
    await openPanelSections(panel, 'reports');
    const picker = panel.getByTestId('report-kind-select--control');
    await picker.waitFor();
    expect(await picker.textContent()).toContain('Blameless postmortem');
    // Labelled by "Document", reached and opened with the keyboard.
    await panel.getByLabel('Document').focus();
    await panel.getByLabel('Document').press('ArrowDown');
    await panel.getByRole('option', { name: 'Final report' }).waitFor();
    await panel.getByLabel('Document').press('ArrowDown');
    await panel.getByLabel('Document').press('Enter');
    expect(await picker.textContent()).toContain('Final report');
    await panel.getByTestId('report-generate').click();
    await panel.getByTestId('report-preview').waitFor();
  });
});
