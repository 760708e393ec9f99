/**
 * The local Jira site served over HTTP in-process, and Chromium driven by playwright-core
 * (forge-platform.md 7.10), for tests that look at the app as a person would. test/support/global-setup.mjs
 * sets CHROMIUM_PATH: the system's Chromium, or the one @sparticuz/chromium ships in its npm package.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { createShellApp } from '../../sandbox/shell/shell-server';
import type { NewIssue } from '../../sandbox/state/issue-store';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { Site } from '../../sandbox/site';

export interface BrowserSite {
  site: Site;
  url: string;
  browser: BrowserContext;
  /** Content-Security-Policy violations since the last call: reported to the site, or logged by Chromium in a frame. */
  takeCspViolations(): string[];
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function startBrowserSite(incidents = 30, options: { freshInstall?: boolean; busy?: boolean; story?: boolean } = {}): Promise<BrowserSite> {
  // The app as deployed: the @forge/bundler bundle, each invocation in a function process (Site runtime 'bundle').
  const site = new Site({ stateFile: null, incidents, reset: true, runtime: 'bundle', ...options });
  await site.playStory();
  const { app, shell, cdn } = createShellApp(site);
  const listen = (fetch: (r: Request) => Response | Promise<Response>): Promise<ServerType> =>
    new Promise((resolve) => {
      const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
  // The Jira pages on one origin, the Custom UI resources on Forge's CDN origin (another port), as on Forge.
  const server = await listen(app.fetch);
  const cdnServer = await listen(cdn.fetch);
  shell.cdnPort = (cdnServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chr-')), {
    executablePath: process.env.CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const logged: string[] = [];
  browser.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) logged.push(m.text().slice(0, 300));
  });
  return {
    site,
    url,
    browser,
    takeCspViolations: () => {
      const found = [...shell.cspViolations.map((v) => `${v.directive} blocked ${v.blocked || 'inline'} in ${v.document}`), ...logged];
      shell.cspViolations.length = 0;
      logged.length = 0;
      return found;
    },
    async close() {
      await browser.close();
      for (const s of [server, cdnServer]) {
        // Open event streams (server-sent events) would keep the server alive.
        (s as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        s.close();
      }
      await site.close();
    },
  };
}

export async function signIn(b: BrowserSite, accountId: string, theme: 'light' | 'dark' = 'light'): Promise<void> {
  await b.browser.addCookies([
    { name: 'sandbox-user', value: accountId, url: b.url },
    { name: 'sandbox-theme', value: theme, url: b.url },
  ]);
}

/**
 * The Custom UI frame of a module, once its app has rendered into #root. A collapsed issue-context
 * panel (the Incident glance) is expanded first, as a person would click it open.
 */
export async function appFrame(page: Page, moduleKey: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe[data-module="${moduleKey}"]`, { state: 'attached' });
  await expandContext(page, moduleKey);
  await handle.waitForElementState('visible');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('#root > *');
  return frame;
}

/** Opens a collapsed issue-context panel (jira:issueContext starts collapsed); nothing for other modules. */
export async function expandContext(page: Page, moduleKey: string): Promise<void> {
  const details = page.locator(`details.app-context[data-testid="context-${moduleKey}"]`);
  if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations in a page or frame. */
export async function seriousViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  const violations = (await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/**
 * The usual e2e file: one browser site for the file (`incidents` seeded), a fresh page per test,
 * signed in as `user` first; `use` receives both before each test.
 */
export function browserSuite(
  options: { incidents?: number; user: string; freshInstall?: boolean; busy?: boolean; story?: boolean },
  use: (site: BrowserSite, page: Page) => void,
): void {
  let site: BrowserSite;
  let page: Page;
  beforeAll(async () => {
    site = await startBrowserSite(options.incidents ?? 0, { freshInstall: options.freshInstall, busy: options.busy, story: options.story });
  }, 60_000);
  afterAll(async () => {
    await site.close();
  });
  beforeEach(async () => {
    await signIn(site, options.user);
    page = await site.browser.newPage();
    use(site, page);
  });
  afterEach(async () => {
    await page.close();
    // Forge serves every frame with its Content-Security-Policy: nothing the app does may violate it.
    expect(site.takeCspViolations()).toEqual([]);
  });
}

/**
 * A browser suite that opens each test's page as a person of its choosing: `openAs(user, path)` signs
 * them in and goes there. Every frame's CSP violations fail the suite when it ends.
 */
export function pagesAsUsers(incidents = 0): { site: () => BrowserSite; openAs: (accountId: string, path: string) => Promise<Page> } {
  let site: BrowserSite;
  let page: Page | null = null;
  beforeAll(async () => {
    site = await startBrowserSite(incidents);
  }, 60_000);
  afterAll(async () => {
    // Forge serves every frame with its Content-Security-Policy: nothing the app did may have violated it.
    const violations = site.takeCspViolations();
    await site.close();
    expect(violations).toEqual([]);
  });
  afterEach(async () => {
    await page?.close();
    page = null;
  });
  return {
    site: () => site,
    openAs: async (accountId, path) => {
      await signIn(site, accountId);
      page = await site.browser.newPage();
      page.setDefaultTimeout(8_000);
      await page.goto(`${site.url}${path}`);
      return page;
    },
  };
}

/**
 * The resolver invokes the page's app frames send, with the frame each came from; `of(moduleKey)`
 * keeps one module's (the panel's budget is its own invokes, beside the glance's).
 */
export function recordInvokes(page: Page) {
  const calls: { frameId: string; resolverKey: string }[] = [];
  page.on('request', (r) => {
    const frameId = /\/__bridge\/([^/?]+)$/.exec(new URL(r.url()).pathname)?.[1];
    const body = r.method() === 'POST' ? (JSON.parse(r.postData() ?? '{}') as { method?: string; payload?: { functionKey?: string } }) : null;
    if (frameId && body?.method === 'invoke') calls.push({ frameId, resolverKey: String(body.payload?.functionKey) });
  });
  return {
    all: calls,
    of: async (moduleKey: string) => {
      const ids = await page.$$eval(`iframe[data-module="${moduleKey}"]`, (els) => els.map((e) => e.getAttribute('data-frame-id')));
      return calls.filter((c) => ids.includes(c.frameId)).map((c) => c.resolverKey);
    },
  };
}

/**
 * A new issue as Jira creates it, with its created event handled: the app has taken it in, so it is
 * an incident with the panel (which shows only on issues carrying the app's property).
 */
export async function takenIn(b: BrowserSite, fields: NewIssue): Promise<StoredIssue> {
  const issue = b.site.issues.create(fields, fields.reporter, false);
  b.site.search.noteCreated(issue);
  await b.site.events.drain();
  return issue;
}

/**
 * Opens sections of the incident panel (they remember being open, so only closed ones are clicked).
 * The Response section reads the timeline's entries as it opens: it counts as open once they show.
 */
export async function openPanelSections(frame: Frame, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    const toggle = frame.locator(`[data-testid="panel-section-${id}"]`);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await frame.waitForSelector(`[data-testid="panel-section-${id}-body"]`);
    if (id === 'response') {
      await frame.waitForSelector('[data-testid="response-timeline"]');
      await frame.waitForSelector('[data-testid="timeline-loading"]', { state: 'detached' });
    }
  }
}
