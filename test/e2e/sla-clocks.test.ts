/**
 * Given a Critical incident on the local site in Chromium, when time passes in the browser, then
 * the panel's SLA countdowns tick, turn "Due soon" and then "Breached", without another invoke.
 */
import type { Page } from 'playwright-core';
import { appFrame, type BrowserSite, browserSuite, openPanelSections, recordInvokes, takenIn } from '../support/browser';
import { panelContext, RILEY, SAM } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: SAM }, (site, p) => {
  b = site;
  page = p;
});

async function criticalIncident() {
  const issue = b.site.issues.create({ projectId: '10000', summary: 'Ransom note on the file server', reporter: RILEY }, RILEY, false, { silent: true });
  const { result } = await b.site.functions.invokeResolver({
    functionKey: 'resolver',
    moduleKey: 'incident-panel',
    resolverKey: 'incident/update',
    payload: { expectedRevision: 0, impact: 'high', urgency: 'high' },
    accountId: RILEY,
    context: panelContext(issue),
  });
  expect(result).toMatchObject({ ok: true, data: { incident: { priority: 'Critical' } } });
  return issue;
}

const stateOf = (frame: Awaited<ReturnType<typeof appFrame>>, kind: string) => frame.textContent(`[data-testid="sla-state-${kind}"]`);

describe('SLA clocks in the incident panel', () => {
  it('counts down in the viewer time zone and turns "Due soon", then "Breached", without reloading', async () => {
    const issue = await criticalIncident();
    const invokes = recordInvokes(page);
    await page.clock.install();
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await openPanelSections(frame, 'sla');
    await frame.waitForSelector('[data-testid="sla-clocks"]');
    expect(await stateOf(frame, 'acknowledge')).toBe('Met');
    expect(await stateOf(frame, 'contain')).toBe('On track');
    const contain = await frame.textContent('[data-testid="sla-clock-contain"]');
    expect(contain).toMatch(/Time to containOn track(3 h 59 min|4 h) of working time left; due .*\(America\/New York\)/);
    // Sam's Jira profile is in America/New_York: the panel says so rather than using the browser's zone.
    expect(await frame.textContent('[data-testid="sla-clocks"]')).toContain('Times in your time zone (America/New York)');

    await page.clock.fastForward('03:30:00');
    await frame.waitForFunction(() => document.querySelector('[data-testid="sla-state-contain"]')?.textContent === 'Due soon');
    expect(await frame.textContent('[data-testid="sla-clock-contain"]')).toMatch(/(29|30) min of working time left/);

    await page.clock.fastForward('01:00:00');
    await frame.waitForFunction(() => document.querySelector('[data-testid="sla-state-contain"]')?.textContent === 'Breached');
    expect(await frame.textContent('[data-testid="sla-clock-contain"]')).toMatch(/Late by (29|30) min of working time; was due/);
    expect(await invokes.of('incident-panel')).toHaveLength(1);
  });

  it('says why there are no clocks when the incident has no priority yet', async () => {
    // Taken in as the report of an unknown category ("other"): its defaults leave no priority.
    const issue = await takenIn(b, { projectId: '10000', summary: 'Something odd', reporter: RILEY });
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await openPanelSections(frame, 'sla');
    await frame.waitForSelector('[data-testid="sla-clocks"]');
    expect(await frame.textContent('[data-testid="sla-clocks"]')).toContain('SLA clocks start once the incident has a priority.');
  });
});
