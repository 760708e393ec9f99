/**
 * Given the local Jira site in Chromium, when a responder opens an incident, then the real built
 * panel shows the incident through one invoke, and an edit round-trips to storage and back.
 */
import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { appFrame, browserSuite, openPanelSections, recordInvokes, takenIn, type BrowserSite } from '../support/browser';
import { recordFigure } from '../reliability/ledger';
import { CASEY, RILEY, SAM } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: RILEY, incidents: 30 }, (site, p) => {
  b = site;
  page = p;
});

const bridgeCalls = (p: Page) => {
  const calls: string[] = [];
  p.on('request', (r) => {
    if (r.url().includes('/__bridge/') && r.method() === 'POST')
      calls.push(
        (JSON.parse(r.postData() ?? '{}') as { method: string; payload?: { functionKey?: string } }).method +
          (r.postData()?.includes('"functionKey"') ? `:${(JSON.parse(r.postData()!) as { payload: { functionKey: string } }).payload.functionKey}` : ''),
      );
  });
  return calls;
};

describe('incident panel in the issue view', () => {
  it('leads with the level, the next deadline and the next action; on first open at 1440x900 triage is near the top and the panel short', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const measure = async (key: string) => {
      await page.goto(`${b.url}/browse/${key}`);
      let frame = await appFrame(page, 'incident-panel');
      // First open: nothing remembered from earlier visits.
      await frame.evaluate(() => window.localStorage.clear());
      await page.reload();
      frame = await appFrame(page, 'incident-panel');
      await frame.waitForSelector('[data-testid="panel-header"]');
      await page.waitForTimeout(500);
      return frame;
    };
    // A fresh portal report: a password typed into a fake login page.
    const fresh = await takenIn(b, {
      projectId: '10000',
      summary: 'Password typed into a fake login page',
      reporter: CASEY,
      properties: { [b.site.manifest.appUuid]: { category: 'phishing', personalData: 'yes', howBad: null, howUrgent: null } },
    });
    let frame = await measure(fresh.key);
    expect(await frame.textContent('[data-testid="header-next"]')).toBe('Next: Decide whether this is an incident: confirm it, or dismiss it with a reason.');
    expect(await frame.textContent('[data-testid="header-deadline"]')).toMatch(/^Next deadline: Time to acknowledge, due /);
    const figures = async () =>
      frame.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        triageTop: document.querySelector('[data-testid="triage-confirm"]')?.getBoundingClientRect().top ?? null,
      }));
    const onFresh = await figures();
    recordFigure(__filename, `Panel on first open at 1440x900, fresh report: ${onFresh.height} px tall, triage ${onFresh.triageTop} px from its top`);
    expect(onFresh.triageTop).not.toBeNull();
    expect(onFresh.triageTop!).toBeLessThanOrEqual(700);
    expect(onFresh.height).toBeLessThanOrEqual(1400);
    // A worked incident of the seeded year: still short, the sections closed but for the overview, each saying what it holds.
    const worked = b.site.issues.all().find((i) => i.key.startsWith('SEC-') && !i.fields.securityLevelId && 'incident-response' in i.properties)!;
    frame = await measure(worked.key);
    const onWorked = await figures();
    recordFigure(__filename, `Panel on first open at 1440x900, a worked incident: ${onWorked.height} px tall`);
    expect(onWorked.height).toBeLessThanOrEqual(1400);
    expect(await frame.getAttribute('[data-testid="panel-section-legal"]', 'aria-expanded')).toBe('false');
    // Opening a section is remembered on the next incident.
    await openPanelSections(frame, 'sla');
    frame = await (async () => {
      await page.goto(`${b.url}/browse/${fresh.key}`);
      return appFrame(page, 'incident-panel');
    })();
    await frame.waitForSelector('[data-testid="panel-section-sla-body"]');
  });

  it('shows the incident with real data after exactly one invoke', async () => {
    const issue = b.site.issues.all().find((i) => i.projectId === '10000' && !i.fields.securityLevelId)!;
    const calls = bridgeCalls(page);
    const invokes = recordInvokes(page);
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await frame.waitForSelector('[data-testid="incident-summary"]');
    const record = (await kvs.get<{ category: string }>(storageKeys.incident(issue.id)))!;
    const category = await frame.textContent('[data-testid="incident-category"]');
    expect(category).toBe(
      {
        technical: 'Technical problem (infrastructure or code)',
        phishing: 'Phishing',
        malware: 'Malware on a device',
        'physical-safety': 'Physical safety',
        'security-breach': 'Security breach',
        'lost-device': 'Unlocked or lost device',
        'data-exposure': 'Data exposure',
        'denial-of-service': 'Denial of service',
        other: 'Other',
      }[record.category],
    );
    await page.waitForTimeout(300);
    // The panel's budget: one invoke. The glance is collapsed (Jira asked its status function while
    // rendering the page) and makes none until opened; the declare action is not on incidents.
    expect(await invokes.of('incident-panel')).toEqual(['incident/get']);
    expect(await invokes.of('incident-glance')).toEqual([]);
    expect(await invokes.of('declare-incident')).toEqual([]);
    expect(calls.filter((c) => c.startsWith('invoke'))).toEqual(['invoke:incident/get']);
  });

  it('round-trips an edit: save, then reload and see it kept', async () => {
    const issue = await takenIn(b, { projectId: '10000', summary: 'Fake invoice from a known supplier', reporter: RILEY });
    await page.goto(`${b.url}/browse/${issue.key}`);
    let frame = await appFrame(page, 'incident-panel');
    await frame.waitForSelector('[data-testid="incident-summary"]');
    expect(await frame.textContent('[data-testid="incident-category"]')).toBe('Not set');
    await frame.click('[data-testid="edit-incident"]');
    await frame.waitForSelector('form[aria-label="Priority calculator"]');
    await frame.getByRole('combobox', { name: 'Category' }).fill('Phish');
    await page.keyboard.press('Enter');
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.waitForFunction(() => document.querySelector('[data-testid="incident-category"]')?.textContent === 'Phishing');
    expect(await kvs.get(storageKeys.incident(issue.id))).toMatchObject({
      category: 'phishing',
      revision: 1,
      history: [{ by: RILEY, field: 'category', to: 'phishing' }],
    });
    await page.reload();
    frame = await appFrame(page, 'incident-panel');
    await frame.waitForFunction(() => document.querySelector('[data-testid="incident-category"]')?.textContent === 'Phishing');
  });

  it('refreshes without reloading when the issue changes elsewhere (JIRA_ISSUE_CHANGED)', async () => {
    const issue = await takenIn(b, { projectId: '10000', summary: 'Disk full on the build server', reporter: RILEY });
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await frame.waitForSelector('[data-testid="incident-summary"]');
    // Someone else: Jira does not tell the viewer's own frames about the viewer's own change.
    const res = await b.site.rest(SAM, 'PUT', `/rest/api/3/issue/${issue.key}`, { fields: { priority: { name: 'Highest' } } });
    expect(res.status).toBe(204);
    await frame.waitForFunction(() => document.body.textContent?.includes('Highest'));
  });
});
