/**
 * Given the local site serving Custom UI as Forge does (from a CDN origin of its own, with the
 * Content-Security-Policy @forge/csp computes from manifest.yml, in an iframe with Forge's sandbox),
 * when a person follows the app's links, then Jira navigates or opens a tab through the bridge's router;
 * the frame itself can neither navigate the page nor run an inline script.
 */
import type { Page } from 'playwright-core';
import { FORGE_IFRAME_SANDBOX } from '../../sandbox/shell/forge-csp';
import { appFrame, browserSuite, type BrowserSite } from '../support/browser';
import { MORGAN } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: MORGAN, incidents: 40 }, (site, p) => {
  b = site;
  page = p;
});

describe("Forge's Custom UI frame", () => {
  it('comes from another origin, sandboxed, with the CSP Forge computes: no inline script, inline styles as the manifest allows', async () => {
    await page.goto(`${b.url}/jira/dashboards/10000`);
    const handle = await page.waitForSelector('iframe[data-module="incident-statistics"]');
    expect(await handle.getAttribute('sandbox')).toBe(FORGE_IFRAME_SANDBOX);
    const src = (await handle.getAttribute('src'))!;
    expect(new URL(src).origin).not.toBe(new URL(b.url).origin);
    const res = await fetch(src);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/(^|; )script-src 'self' [^;]*/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/style-src [^;]*'unsafe-inline'/);
    expect(csp).toContain(`frame-ancestors 'self'`);
    expect(csp).toContain(`report-uri ${b.url}/__csp-report`);
    const frame = await appFrame(page, 'incident-statistics');
    // An inline script is refused by the policy, and the frame cannot reach the page's window.
    const inlineRan = await frame.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.appendChild(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    expect(b.takeCspViolations().some((v) => v.includes('script-src'))).toBe(true);
    const topBlocked = await frame.evaluate(() => {
      try {
        (window.top as Window).location.href = '/';
        return false;
      } catch {
        return true;
      }
    });
    expect(topBlocked).toBe(true);
    expect(page.url()).toBe(`${b.url}/jira/dashboards/10000`);
  });

  it("opens an incident from the gadget's table in a new tab on the Jira site, through the router", async () => {
    await page.goto(`${b.url}/jira/dashboards/10000`);
    const gadget = await appFrame(page, 'incident-statistics');
    const link = gadget.locator('[data-testid="stats-incidents-table--table"] tbody tr a').first();
    await link.waitFor();
    const key = (await link.textContent())!;
    expect(await link.getAttribute('href')).toBe(`/browse/${key}`);
    const [tab] = await Promise.all([b.browser.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${b.url}/browse/${key}`);
    expect(await tab.textContent('h1')).toBeTruthy();
    await tab.close();
    expect(page.url()).toBe(`${b.url}/jira/dashboards/10000`);
  });
});
