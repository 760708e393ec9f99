/**
 * Every screen in the test pseudo-locale (sandbox/shell/pseudo-locale.ts: en-US accented, in
 * brackets and about 40 % longer), read in Chromium as the pseudo-locale tester, an agent with every
 * right whose Jira locale is `en_XA`: the portal's report form and request page, the incident panel
 * with every section open and its priority calculator, the Incident glance, the settings page
 * section by section, the project settings page, and the statistics gadget and its editor.
 *
 * (a) Each screen shows the pseudo-locale's words and no en-US message of its namespace. Screens of
 *     the modules in MAY_SHOW_ENGLISH are only reported (printed after the run): what they still show
 *     in English comes from the backend and the stored defaults, not from the UI's own words.
 * (b) No text is clipped, runs out of its box or past the frame's edge (test/support/text-fit.ts);
 *     a negative control proves the check finds each of the three.
 */
import type { Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accented, PSEUDO_LOCALE } from '../../sandbox/shell/pseudo-locale';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { recordFigure } from '../reliability/ledger';
import { appFrame, type BrowserSite, openPanelSections, signIn, startBrowserSite, takenIn } from '../support/browser';
import { addMisfits, type Misfit, textThatDoesNotFit } from '../support/text-fit';
import { workPhishingReport } from '../support/worked-phishing-report';
import { flatten, type Nested, REPO } from '../i18n/translation-checks';

const PSEUDO_TESTER = 'acc-pseudo-tester';

/**
 * The Custom UI resources (static/<resource>/) whose screens may still show en-US words: reported,
 * not failed. Their own words are all translated; what they still show in English is what the
 * backend writes (the getting-started checklist, the legal rule packs, the app's timeline entries,
 * paging roles, previews written in another reader's language) and the shipped defaults stored in the
 * settings (a calendar's or a rota's name). Text that does not fit fails on every screen.
 */
const MAY_SHOW_ENGLISH: readonly string[] = ['panel', 'admin'];

/** Each resource's message namespaces: the en-US messages a screen of it must not show. */
const NAMESPACES: Record<string, string[]> = {
  portal: ['portal.', 'common.'],
  panel: ['panel.', 'glance.', 'common.'],
  admin: ['admin.', 'common.'],
  gadget: ['gadget.', 'common.'],
};

const EN = flatten(JSON.parse(readFileSync(join(REPO, 'locales', 'en-US.json'), 'utf8')) as Nested);
/** The en-US messages with no value in them, as whole words ("No" is not the start of "Normal"). */
const englishIn = (text: string, resource: string) =>
  Object.entries(EN)
    .filter(([key, message]) => NAMESPACES[resource]!.some((ns) => key.startsWith(ns)) && !/[{}]/.test(message) && /[A-Za-z]/.test(message))
    .filter(([, message]) => new RegExp(`(^|[^\\p{L}])${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text))
    .map(([key]) => key);
/** Pseudo-locale words: a bracketed run holding an accented letter. */
const PSEUDO_WORDS = /\[[^\]\n]*[áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ][^\]\n]*\]/u;

interface Reading {
  screen: string;
  resource: string;
  /** What kept the screen from showing (it did not open, or not with its content), else null. */
  problem: string | null;
  pseudo: boolean;
  english: string[];
  misfits: Misfit[];
}

let b: BrowserSite;
let page: Page;
const readings: Reading[] = [];

beforeAll(async () => {
  b = await startBrowserSite(12);
  await signIn(b, PSEUDO_TESTER);
  page = await b.browser.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  page.setDefaultTimeout(15_000);
}, 90_000);

afterAll(async () => {
  const misfits = readings.filter((r) => r.misfits.length > 0 || r.problem);
  if (misfits.length > 0)
    recordFigure(
      __filename,
      `Pseudo-locale: ${misfits.length} of ${readings.length} screens did not show or have text that does not fit${misfits.some((r) => MAY_SHOW_ENGLISH.includes(r.resource)) ? ` (tolerated for ${MAY_SHOW_ENGLISH.join(', ')})` : ''}:\n${misfits
        .map((r) =>
          [r.problem && `  ${r.screen}: ${r.problem}`, ...r.misfits.map((m) => `  ${r.screen}: ${m.kind} by ${m.by} px at ${m.where}: ${m.text}`)]
            .filter(Boolean)
            .join('\n'),
        )
        .join('\n')}`,
    );
  const english = readings.filter((r) => r.english.length > 0 || !r.pseudo);
  recordFigure(
    __filename,
    english.length === 0
      ? `Pseudo-locale: all ${readings.length} screens in the pseudo-locale`
      : `Pseudo-locale: ${english.length} of ${readings.length} screens show en-US text${english.some((r) => MAY_SHOW_ENGLISH.includes(r.resource)) ? ` (tolerated for ${MAY_SHOW_ENGLISH.join(', ')})` : ''}:\n${english
          .map(
            (r) =>
              `  ${r.screen}: ${r.pseudo ? '' : 'no pseudo-locale words; '}${r.english.length} en-US messages${r.english.length ? ` (${r.english.slice(0, 6).join(', ')}${r.english.length > 6 ? ', ...' : ''})` : ''}`,
          )
          .join('\n')}`,
  );
  if (!b) return;
  const violations = b.takeCspViolations();
  await page.close();
  await b.close();
  expect(violations).toEqual([]);
});

/** Reads one screen as it is now: its words, and text that does not fit. */
async function read(screen: string, resource: string, frame: Frame, problem: string | null = null): Promise<Reading> {
  await page.waitForTimeout(300);
  const text = (await frame.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
  const reading = {
    screen,
    resource,
    problem: problem && `${problem}; the frame says: ${text.slice(0, 300)}`,
    pseudo: PSEUDO_WORDS.test(text),
    english: englishIn(text, resource),
    misfits: await textThatDoesNotFit(frame),
  };
  readings.push(reading);
  return reading;
}

/** Waits for what shows a screen is ready; a screen that does not get there is read as it is, with the problem. */
async function ready(what: () => Promise<unknown>, description: string): Promise<string | null> {
  return what().then(
    () => null,
    (e: unknown) => `${description} did not happen (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`,
  );
}

/** Opens a page as the tester and reads the module's frame once `shows` is there (after `then`). */
async function screen(screen: string, resource: string, path: string, module: string, shows: string, then?: (f: Frame) => Promise<void>) {
  await page.goto(`${b.url}${path}`);
  const frame = await appFrame(page, module);
  const problem = await ready(async () => {
    await frame.waitForSelector(shows);
    if (then) await then(frame);
  }, `${shows} showing`);
  return { frame, reading: await read(screen, resource, frame, problem) };
}

/**
 * What a screen must show: itself, pseudo words and no en-US message, and no text cut or spilling.
 * A screen of a UI still being converted (MAY_SHOW_ENGLISH) is reported after the run instead.
 */
function expectFits(reading: Reading) {
  const { screen, problem, pseudo, misfits } = reading;
  const english = MAY_SHOW_ENGLISH.includes(reading.resource) ? [] : reading.english;
  expect({ screen, problem, pseudo, english, misfits }).toEqual({ screen, problem: null, pseudo: true, english: [], misfits: [] });
}

/** The tester's own report, taken in and worked: every panel section has something to show. */
let report: StoredIssue;

describe(`every screen in the pseudo-locale (${PSEUDO_LOCALE})`, () => {
  it('the text-fit check is not blind: a clipped, a spilling and an off-frame text are each found', async () => {
    await page.goto(`${b.url}/servicedesk/customer/portal/1/create`);
    const frame = await appFrame(page, 'report-intake');
    await frame.waitForSelector('fieldset');
    const control = await addMisfits(frame);
    const found = await textThatDoesNotFit(frame);
    for (const [kind, text] of Object.entries(control.texts)) expect(found).toContainEqual(expect.objectContaining({ kind, text }));
    await control.remove();
    expect((await textThatDoesNotFit(frame)).filter((m) => Object.values(control.texts).includes(m.text))).toEqual([]);
  });

  it('the portal: the report form (answered) and the request page', async () => {
    const { reading: form } = await screen('portal: report form', 'portal', '/servicedesk/customer/portal/1/create', 'report-intake', 'fieldset', async (f) => {
      // The first category and the first answer of each question: the advice and the examples show.
      const groups = f.locator('fieldset');
      for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').first().check();
    });
    expectFits(form);
    report = await takenIn(b, {
      projectId: '10000',
      summary: accented('Password typed into a fake login page'),
      reporter: PSEUDO_TESTER,
      properties: { [b.site.manifest.appUuid]: { category: 'phishing', personalData: 'yes', howBad: 'several', howUrgent: 'now' } },
    });
    const { reading: status } = await screen(
      'portal: request page',
      'portal',
      `/servicedesk/customer/portal/1/${report.key}`,
      'report-status',
      '[data-testid="report-stage"]',
    );
    expectFits(status);
  });

  it('the incident panel, every section open, its priority calculator, and the Incident glance', async () => {
    // Worked as the tester: confirmed, a legal clock started, a commander, a timeline entry and a stakeholder update.
    await workPhishingReport(b.site, report, PSEUDO_TESTER, accented);

    const { frame, reading: panel } = await screen(
      'panel: every section open',
      'panel',
      `/browse/${report.key}`,
      'incident-panel',
      '[data-testid="panel-header"]',
      (f) => openPanelSections(f, 'overview', 'sla', 'legal', 'response', 'reply', 'stakeholders', 'reports', 'history'),
    );
    const opened = await ready(async () => {
      await frame.click('[data-testid="edit-incident"]', { timeout: 5_000 });
      await frame.waitForSelector('[data-testid="save-incident"]', { timeout: 5_000 });
    }, 'opening the priority calculator');
    const calculator = await read('panel: priority calculator', 'panel', frame, opened);
    const glance = (await screen('panel: Incident glance', 'panel', `/browse/${report.key}`, 'incident-glance', '[data-testid="glance-level"]')).reading;
    for (const reading of [panel, calculator, glance]) expectFits(reading);
  });

  it('the settings page, section by section, and the project settings page', async () => {
    await page.goto(`${b.url}/jira/settings/apps`);
    const frame = await appFrame(page, 'incident-settings');
    await frame.waitForSelector('[data-testid="checklist"]');
    const sections = await frame.$$eval('[data-testid^="nav-"]', (els) => els.map((e) => e.getAttribute('data-testid')!.slice('nav-'.length)));
    expect(sections.length).toBeGreaterThan(10);
    const readings: Reading[] = [];
    for (const id of sections) {
      const problem = await ready(async () => {
        await frame.click(`[data-testid="nav-${id}"]`, { timeout: 5_000 });
        await frame.waitForSelector(`[data-testid="nav-${id}"][aria-current="page"]`, { timeout: 5_000 });
      }, `opening the section ${id}`);
      readings.push(await read(`settings: ${id}`, 'admin', frame, problem));
    }
    readings.push(
      (await screen('settings: SEC project', 'admin', '/jira/projects/SEC/settings/apps/incident-response', 'incident-project-settings', '#root > *')).reading,
    );
    for (const reading of readings) expectFits(reading);
  });

  it('the statistics gadget and its editor', async () => {
    const view = (await screen('gadget', 'gadget', '/jira/dashboards/10000', 'incident-statistics', '[data-testid="stats-export-csv"]')).reading;
    const editor = (await screen('gadget: editor', 'gadget', '/jira/dashboards/10000?edit=20001', 'incident-statistics', '#root > *')).reading;
    for (const reading of [view, editor]) expectFits(reading);
  });
});
