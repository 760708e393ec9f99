/**
 * Hostile strings, typed wherever people type (issue summary, timeline, evidence, postmortem
 * sections, contacts in the settings), stay text in every UI: the incident panel, the statistics
 * gadget, the settings page and the portal request page. Nothing runs; the text is shown as typed.
 */
import type { Frame, Page } from 'playwright-core';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { recordRow } from './ledger';
import { appFrame, type BrowserSite, browserSuite, openPanelSections, signIn } from '../support/browser';
import { ALEX, CASEY, GADGET_QUERY, panelContext, RILEY } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: ALEX }, (site, p) => {
  b = site;
  page = p;
});

const IMG = '<img src=x onerror="window.__pwned=1;top.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const LINK = '[click](javascript:window.__pwned=1)';
const HOSTILE = `${IMG} ${SCRIPT} ${LINK}`;

async function call(
  issue: { id: string; key: string; projectId: string },
  resolverKey: string,
  payload: unknown,
  moduleKey = 'incident-panel',
  context: Record<string, unknown> = panelContext(issue as never),
) {
  const { result } = await b.site.functions.invokeResolver({
    functionKey: 'resolver',
    moduleKey,
    resolverKey,
    payload,
    accountId: moduleKey === 'incident-settings' ? ALEX : RILEY,
    context,
  });
  expect(result).toMatchObject({ ok: true });
}

async function inert(frame: Frame, where: string, shows: string | null): Promise<string[]> {
  const problems: string[] = [];
  await frame.waitForTimeout(300);
  if (await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)) problems.push(`${where}: script ran in the frame`);
  if (await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)) problems.push(`${where}: script ran in the page`);
  if ((await frame.locator('img[src="x"]').count()) > 0 || (await frame.locator('a[href^="javascript:"]').count()) > 0)
    problems.push(`${where}: markup became elements`);
  if (shows !== null && !(await frame.textContent('body'))!.includes(shows)) problems.push(`${where}: the text is not shown as typed`);
  return problems;
}

describe('hostile strings', () => {
  it('stay text in the panel, the gadget, the settings page and the portal', async () => {
    const issue = b.site.issues.create(
      {
        projectId: '10000',
        summary: `Report ${IMG}`,
        reporter: CASEY,
        properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'no', howBad: HOSTILE.slice(0, 200), howUrgent: null } },
      },
      CASEY,
      false,
    );
    b.site.search.noteCreated(issue);
    await b.site.events.drain();
    await call(issue, 'timeline/add', { kind: 'note', text: `Note ${HOSTILE}` });
    await call(issue, 'response/record', {
      expectedRevision: (b.site.issues.find(issue.key)!.properties['incident-response'] as { revision: number }).revision,
      action: 'evidence',
      item: `Disk ${IMG}`,
      sha256: 'c'.repeat(64),
      source: SCRIPT,
      collectedBy: 'Riley',
      collectedAt: '2026-11-20T10:00:00.000Z',
    });
    await call(issue, 'postmortem/save-section', { kind: 'postmortem', sectionId: 'summary', text: `Summary ${HOSTILE}`, expectedRevision: 0 });
    const config = defaultAppConfig();
    config.response.contacts = [
      { id: 'x', name: `Contact ${IMG}`, role: SCRIPT, channel: LINK, emergency: '', categories: [], levels: [], tellWithinMinutes: 60, lawEnforcement: false },
    ];
    await call(issue, 'settings/save', { config, baseVersion: 0 }, 'incident-settings', { extension: { type: 'jira:adminPage' } });

    const problems: string[] = [];
    await page.goto(`${b.url}/browse/${issue.key}`);
    const panel = await appFrame(page, 'incident-panel');
    await openPanelSections(panel, 'overview', 'sla', 'legal', 'response', 'reports', 'history');
    await panel.waitForSelector('[data-testid="timeline-add"]');
    problems.push(...(await inert(panel, 'panel', 'Note <img src=x')));

    (b.site.state.gadgetConfigs as Record<string, unknown>)['20001'] = { ...GADGET_QUERY, period: '30d' };
    await page.goto(`${b.url}/jira/dashboards/10000`);
    const gadget = await appFrame(page, 'incident-statistics');
    await gadget.waitForSelector('[data-testid="stats-incidents-table--table"] tbody tr', { timeout: 20_000 });
    problems.push(...(await inert(gadget, 'gadget', 'Report <img src=x')));

    await page.goto(`${b.url}/jira/settings/apps`);
    const settings = await appFrame(page, 'incident-settings');
    await settings.click('[data-testid="nav-people"]');
    await settings.waitForSelector('[data-testid="contact-0"]');
    // Inputs hold the text as their value; the fieldset legend shows it as text.
    problems.push(...(await inert(settings, 'settings', 'Contact <img src=x')));

    await signIn(b, CASEY);
    await page.goto(`${b.url}/servicedesk/customer/portal/1/${issue.key}`);
    const portal = await appFrame(page, 'report-status');
    await portal.waitForSelector('[data-testid="report-status"]');
    // The request page shows the report's state, not its free text; what matters is that nothing runs.
    problems.push(...(await inert(portal, 'portal', null)));

    recordRow(__filename, {
      area: 'hostile strings',
      check: 'script, img and javascript: link in panel, gadget, settings and portal',
      tried: 4,
      held: 4 - new Set(problems.map((p) => p.split(':')[0])).size,
      lost: problems.length,
    });
    expect(problems).toEqual([]);
  }, 90_000);
});
