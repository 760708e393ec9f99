/**
 * `npm run screenshots`: renders the app's four faces from the demo site (a busy site with a year of
 * incidents and the worked ones, set up) in light and dark, as docs/images/<face>-<theme>.png, for the README,
 * and the portal and the panel in German (Greta reporting, Jonas Becker responding: both read Jira in
 * German) as docs/images/<face>-de-DE-<theme>.png. Uses what
 * the browser tests use: the Custom UIs built, the backend bundled as deployed, and a Chromium
 * (the system's, else the one @sparticuz/chromium ships).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { workedIncidentKey } from '../sandbox/seed/worked-incidents';
import globalSetup from '../test/support/global-setup.mjs';
import { appFrame, signIn, startBrowserSite, type BrowserSite } from '../test/support/browser';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'docs', 'images');
const VIEWPORT = { width: 1280, height: 860 };

interface Face {
  name: string;
  /** The viewer's language when it is not the source locale (en-US): in the file's name. */
  language?: string;
  who: string;
  path: (b: BrowserSite) => string;
  module: string;
  /** What shows once the module has its data. */
  ready: string;
}

const FACES: Face[] = [
  {
    name: 'panel',
    who: 'acc-riley-responder',
    path: (b) => `/browse/${workedIncidentKey(b.site, 'phishing')}`,
    module: 'incident-panel',
    ready: '[data-testid="incident-summary"]',
  },
  { name: 'portal', who: 'acc-casey-customer', path: () => '/servicedesk/customer/portal/1/create', module: 'report-intake', ready: 'input, [role="radio"]' },
  { name: 'gadget', who: 'acc-morgan-manager', path: () => '/jira/dashboards/10000', module: 'incident-statistics', ready: '[data-testid="stats-export-csv"]' },
  { name: 'settings', who: 'acc-alex-admin', path: () => '/jira/settings/apps', module: 'incident-settings', ready: '[data-testid="checklist"]' },
  // In German: Greta (a portal customer) on the report form, Jonas Becker (a responder) on the phishing incident's panel.
  {
    name: 'portal',
    language: 'de-DE',
    who: 'acc-greta-customer',
    path: () => '/servicedesk/customer/portal/1/create',
    module: 'report-intake',
    ready: 'input, [role="radio"]',
  },
  {
    name: 'panel',
    language: 'de-DE',
    who: 'acc-jonas-responder',
    path: (b) => `/browse/${workedIncidentKey(b.site, 'phishing')}`,
    module: 'incident-panel',
    ready: '[data-testid="incident-summary"]',
  },
];

async function shoot(b: BrowserSite, page: Page, face: Face, theme: 'light' | 'dark'): Promise<string> {
  await signIn(b, face.who, theme);
  await page.goto(`${b.url}${face.path(b)}`);
  const frame = await appFrame(page, face.module);
  await frame.waitForSelector(face.ready, { timeout: 20_000 });
  await page.waitForTimeout(800);
  const file = join(OUT, `${[face.name, face.language, theme].filter(Boolean).join('-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

async function main(): Promise<void> {
  await globalSetup({ testPathPattern: 'e2e' });
  mkdirSync(OUT, { recursive: true });
  const b = await startBrowserSite(240, { busy: true, story: true });
  try {
    const page = await b.browser.newPage();
    await page.setViewportSize(VIEWPORT);
    for (const face of FACES) for (const theme of ['light', 'dark'] as const) console.log(`wrote ${await shoot(b, page, face, theme)}`);
  } finally {
    await b.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
