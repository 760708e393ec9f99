/**
 * Words for people, checked: the four journeys walked on the demo site (a busy site, set up) and
 * every app screen's text read as a person sees it, plus every notification the run sent. No
 * screen or notification may show an ISO timestamp, an account id, a legal rule id, a trigger or
 * field code, a category id, or "undefined"/"null"/"NaN"/"[object Object]". What was read is
 * printed after the run. Input values (what a person typed) are not part of the text read.
 */
import type { Frame, Page } from 'playwright-core';
import { workedIncidentKey } from '../../sandbox/seed/worked-incidents';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { SETTINGS_SECTIONS } from '../../src/shared/settings-sections';
import { recordFigure } from '../reliability/ledger';
import { appFrame, browserSuite, openPanelSections, signIn, takenIn, type BrowserSite } from '../support/browser';
import { ALEX, CASEY, invokePanel, MORGAN, RILEY, SAM } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: RILEY, incidents: 60, busy: true, story: true }, (site, p) => {
  b = site;
  page = p;
});

const CATEGORY_IDS = defaultAppConfig()
  .taxonomy.categories.map((c) => c.id)
  .filter((id) => id.includes('-'));
const FORBIDDEN: [string, RegExp][] = [
  ['an ISO timestamp', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ['an account id', /\bacc-[a-z]+-[a-z]+\b|\bapp-incident-response\b/],
  ['a legal rule id', /\b(eu|uk|us|de|fr|nl|ch|sg|au|in|br|jp|ca|za|visa|mc)\.[a-z0-9]+\.[a-z0-9_.]+/],
  ['a code name', /\b[a-z]+_[a-z_]+\b/],
  ['a category id', new RegExp(`\\b(${CATEGORY_IDS.join('|')})\\b`)],
  ['a leaked value', /\bundefined\b|\bNaN\b|\[object Object\]|: null\b/],
];

interface Finding {
  where: string;
  what: string;
  text: string;
}
const findings: Finding[] = [];
const read: string[] = [];

function check(where: string, text: string): void {
  read.push(where);
  for (const [what, pattern] of FORBIDDEN) {
    const m = pattern.exec(text);
    if (m) findings.push({ where, what, text: text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40).replace(/\s+/g, ' ') });
  }
}

const frameText = async (frame: Frame) => frame.evaluate(() => document.body.innerText);

async function screen(who: string, path: string, module: string, ready: string, where: string, then?: (f: Frame) => Promise<void>) {
  await signIn(b, who);
  await page.goto(`${b.url}${path}`);
  const frame = await appFrame(page, module);
  await frame.waitForSelector(ready, { timeout: 20_000 });
  if (then) await then(frame);
  await page.waitForTimeout(300);
  check(where, await frameText(frame));
  return frame;
}

describe('words for people', () => {
  it('the check is not blind: each kind of developer string is caught', () => {
    const sample = 'Legal: legal start aware_at: 2026-12-05T04:13:01.464Z by acc-riley-responder for eu.gdpr.33.sa, category lost-device, undefined';
    expect(FORBIDDEN.filter(([, pattern]) => pattern.test(sample)).map(([what]) => what)).toEqual(FORBIDDEN.map(([what]) => what));
  });

  it('no screen of the four journeys, and no notification, shows an id, an ISO timestamp or a developer string', async () => {
    // Report: the portal form (answered), then the request page once the report is taken in.
    await screen(CASEY, '/servicedesk/customer/portal/1/create', 'report-intake', 'fieldset', 'portal: report form', async (f) => {
      await f.getByRole('radio', { name: 'Phishing' }).check();
      await f.getByRole('radio', { name: 'Yes', exact: true }).check();
    });
    const report = await takenIn(b, {
      projectId: '10000',
      summary: 'Password typed into a fake login page',
      reporter: CASEY,
      properties: { [b.site.manifest.appUuid]: { category: 'phishing', personalData: 'yes', howBad: 'several', howUrgent: 'now' } },
    });
    await screen(CASEY, `/servicedesk/customer/portal/1/${report.key}`, 'report-status', '[data-testid="report-stage"]', 'portal: request page');

    // Respond: triage, a role, a legal start, a note; then every section of the panel, and the glance.
    const act = async (key: string, payload: unknown) => {
      const { result } = await invokePanel(b.site, report, key, payload, RILEY);
      expect(result).toMatchObject({ ok: true });
      return result as { data: { incident: { revision: number } } };
    };
    let r = await act('incident/triage', { expectedRevision: 0, action: 'confirm', reason: 'The login page was fake' });
    r = await act('legal/record', {
      expectedRevision: r.data.incident.revision,
      action: 'answer',
      answers: { personalData: 'yes', risk: 'risk', residences: ['EU'], residencesComplete: true, dataTypes: {}, affected: {} },
    });
    r = await act('legal/record', {
      expectedRevision: r.data.incident.revision,
      action: 'start',
      trigger: 'aware_at',
      at: new Date(b.site.clock.now() - 3_600_000).toISOString(),
      timeZone: 'Europe/Berlin',
    });
    await act('response/record', { expectedRevision: r.data.incident.revision + 0, action: 'role', role: 'commander', accountId: SAM }).catch(() => undefined);
    await act('timeline/add', { kind: 'action', text: 'Reset the password and revoked the sessions' });
    await screen(RILEY, `/browse/${report.key}`, 'incident-panel', '[data-testid="panel-header"]', 'panel: all sections', (f) =>
      openPanelSections(f, 'overview', 'sla', 'legal', 'response', 'reports', 'history'),
    );
    await screen(RILEY, `/browse/${report.key}`, 'incident-glance', '[data-testid="glance-level"]', 'panel: glance');
    // The glance as Jira shows it first, collapsed: the lozenge its dynamicProperties function answers.
    await page.goto(`${b.url}/browse/${report.key}`);
    check('issue view: the collapsed glance', (await page.textContent('[data-testid="context-status-incident-glance"][data-status-state="done"]'))!);
    const seeded = b.site.issues.all().find((i) => i.key.startsWith('SEC-') && !i.fields.securityLevelId && 'incident-response' in i.properties)!;
    await screen(RILEY, `/browse/${seeded.key}`, 'incident-panel', '[data-testid="panel-header"]', 'panel: a seeded incident, all sections', (f) =>
      openPanelSections(f, 'overview', 'sla', 'legal', 'response', 'reports', 'history'),
    );
    // The demo's worked incidents (roles, runbook, custody, legal decisions and notices, a published postmortem), every section open.
    for (const which of ['phishing', 'exposure', 'ransomware'] as const) {
      await screen(
        RILEY,
        `/browse/${workedIncidentKey(b.site, which)}`,
        'incident-panel',
        '[data-testid="panel-header"]',
        `panel: worked ${which} incident, all sections`,
        async (f) => {
          await openPanelSections(f, 'overview', 'sla', 'legal', 'response', 'reports', 'history');
          await f.waitForSelector('[data-testid="response-workspace"]');
        },
      );
    }

    // Manage: the gadget.
    await screen(MORGAN, '/jira/dashboards/10000', 'incident-statistics', '[data-testid="stats-reports"]', 'gadget');

    // Administer: every section of the settings page, as its navigation lists them.
    const settings = await screen(ALEX, '/jira/settings/apps', 'incident-settings', '[data-testid="checklist"]', 'settings: getting started');
    const sections = await settings.$$eval('[data-testid^="nav-"]', (els) => els.map((e) => [e.getAttribute('data-testid')!, e.textContent ?? '']));
    expect(sections.length).toBeGreaterThanOrEqual(SETTINGS_SECTIONS.length);
    for (const [testId, label] of sections) {
      await settings.click(`[data-testid="${testId}"]`);
      await page.waitForTimeout(250);
      check(`settings: ${label}`, await frameText(settings));
    }
    // The legal profile questionnaire with another region's questions asked too (a preset, not saved).
    await settings.click('[data-testid="nav-legal"]');
    await settings.click('[data-testid="profile-preset-us-public-company"]');
    await settings.waitForSelector('[data-testid="profile-hipaa"]');
    check('settings: legal profile questionnaire, US questions', await frameText(settings));

    // Notifications: a day of the sweep sends the reminders; each is read as its recipients read it.
    await b.site.advanceTime(26 * 3_600_000);
    for (const m of b.site.state.outbox)
      check(`notification: ${m.subject.slice(0, 40)}`, `${m.subject}\n${m.textBody ?? ''}\n${(m.htmlBody ?? '').replace(/<[^>]+>/g, ' ')}`);

    const notifications = read.filter((w) => w.startsWith('notification:')).length;
    expect(notifications).toBeGreaterThan(0);
    recordFigure(
      __filename,
      `Words for people: ${read.length - notifications} screens and ${notifications} notifications read (${read.filter((w) => !w.startsWith('notification:')).join('; ')}), ${findings.length} findings`,
    );
    expect(findings).toEqual([]);
  }, 240_000);
});
