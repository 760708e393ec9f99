/**
 * Given an incident on the local site in Chromium, when a responder says personal data of people
 * in the EU is involved and records when the organisation became aware, then the GDPR 72-hour
 * clock appears with its citation; marking the notice sent stops it. And when the site's clock
 * passes a legal deadline with no decision, the sweep escalates it once.
 */
import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { LEGAL_ESCALATION_PROPERTY_KEY } from '../../src/domain/legal/legal-escalation-message';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { INCIDENT_PROPERTY_KEY, PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { appFrame, type BrowserSite, browserSuite, openPanelSections, takenIn } from '../support/browser';
import { PROFILE_EU_ONLY } from '../support/legal-profiles';
import { DEMO_PROFILE } from '../../sandbox/seed/seed-site';
import { invokePanel, MORGAN, RILEY, SAM } from '../support/test-site';

let b: BrowserSite;
let page: Page;
browserSuite({ user: SAM }, (site, p) => {
  b = site;
  page = p;
});
beforeEach(async () => {
  const config = defaultAppConfig();
  config.legal.profile = PROFILE_EU_ONLY;
  config.legal.escalation.recipients = { assignee: true, reporter: false, watchers: false, users: [MORGAN], groups: [] };
  await kvs.set(storageKeys.config(), config);
});

const HOUR = 3_600_000;

describe('legal clocks in the incident panel', () => {
  it('personal data in the EU plus awareness starts the GDPR 72-hour clock, with its citation; marking it sent stops it', async () => {
    const issue = await takenIn(b, { projectId: '10000', summary: 'Customer list emailed to the wrong address', reporter: RILEY });
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await openPanelSections(frame, 'legal');
    await frame.waitForSelector('[data-testid="legal-clocks"]');
    expect(await frame.textContent('[data-testid="legal-disclaimer"]')).toContain('not legal advice');
    // Before any answer nothing is owed: what may apply is one line per question, with the regimes it decides, and no clock to act on.
    expect(await frame.textContent('[data-testid="legal-applies"]')).toBe('');
    const personalData = frame.locator('[data-testid="legal-question"]', { hasText: 'Is personal data involved?' });
    expect(await personalData.textContent()).toMatch(/^Is personal data involved\? Decides: .*EU GDPR/);
    expect(await frame.locator('[data-testid="legal-clocks"] [data-testid^="legal-mark-sent-"]').count()).toBe(0);

    await frame.click('[data-testid="legal-answer"]');
    const form = frame.locator('[data-testid="legal-answers-form"]');
    await form.getByRole('group', { name: 'Is personal data involved?' }).getByLabel('Yes').check();
    await form.getByRole('group', { name: 'Risk to the people affected' }).getByLabel('A risk', { exact: true }).check();
    await form.getByLabel('European Union / EEA').check();
    await form.getByLabel('That is everywhere: no other places').check();
    // The US states' encryption safe harbour is the responder's to claim (or deny) in the same form.
    await form
      .getByRole('group', { name: 'Was the data encrypted or otherwise unreadable, with the key kept safe?' })
      .getByLabel('No', { exact: true })
      .check();
    await frame.click('[data-testid="legal-answers-save"]');
    await frame.waitForSelector('[data-testid="legal-answers-form"]', { state: 'detached' });
    expect((await kvs.get<IncidentRecord>(storageKeys.incident(issue.id)))!.legal?.answers).toMatchObject({ encrypted: 'no', personalData: 'yes' });

    await frame.click('[data-testid="legal-record-start"]');
    await frame.getByRole('combobox', { name: 'What happened' }).fill('Aware that');
    await page.keyboard.press('Enter');
    await frame.click('[data-testid="legal-start-save"]');
    await frame.waitForSelector('[data-testid="legal-start-aware_at"]');

    const card = frame.locator('[data-testid="legal-applies"] [data-testid="legal-obligation-eu.gdpr.33.sa"]');
    await card.waitFor();
    expect(await card.locator('[data-testid="legal-state-eu.gdpr.33.sa"]').textContent()).toBe('Running');
    const text = await card.textContent();
    expect(text).toMatch(/Legal deadline .*\(America\/New York\).*\(.*regulator time\): (2 d 23 h|3 d) left\./);
    expect(text).toContain('Policy target, not a legal deadline');
    expect(await card.locator('[data-testid="legal-citation-eu.gdpr.33.sa"]').textContent()).toBe(
      'GDPR Art 33(1), 33(5); EDPB Guidelines 9/2022 · Checked against the primary text',
    );
    expect(await card.locator('a').getAttribute('href')).toBe('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    // Beside the SLA clocks, but its own section.
    expect(await frame.locator('[data-testid="sla-clocks"] [data-testid^="legal-"]').count()).toBe(0);

    await card.locator('[data-testid="legal-mark-sent-eu.gdpr.33.sa"]').click();
    await frame.fill('[data-testid="legal-sent-recipient"]', 'Berliner Beauftragte für Datenschutz');
    await frame.fill('[data-testid="legal-sent-reference"]', 'BLN-2026-0042');
    await frame.click('[data-testid="legal-sent-save"]');
    await frame.waitForFunction(() => document.querySelector('[data-testid="legal-state-eu.gdpr.33.sa"]')?.textContent === 'Sent');
    expect(await card.textContent()).toContain('to Berliner Beauftragte für Datenschutz, reference BLN-2026-0042');
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).not.toHaveProperty('legalDue');
    // The history says it in words: no rule ids, trigger codes or ISO timestamps.
    await openPanelSections(frame, 'history');
    const history = (await frame.textContent('[data-testid="change-history"]'))!;
    expect(history).toContain('Legal: clock started: aware that a reportable breach happened at ');
    expect(history).toContain('Legal: notice sent: EU GDPR');
    expect(history).not.toMatch(/aware_at|eu\.gdpr|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it("on the demo's profile, an untriaged one-person phishing report without personal data owes nothing and asks at most 5 regimes' questions; NIS2 is settled by one decision", async () => {
    const config = defaultAppConfig();
    config.legal.profile = DEMO_PROFILE;
    await kvs.set(storageKeys.config(), config);
    const issue = await takenIn(b, {
      projectId: '10000',
      summary: 'I clicked a link in an invoice mail and typed my password',
      reporter: RILEY,
      properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'no', howBad: 'me', howUrgent: 'now' } },
    });
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await openPanelSections(frame, 'legal');
    await frame.waitForSelector('[data-testid="legal-question"]');
    const section = frame.locator('[data-testid="legal-clocks"]');
    expect(await section.textContent()).toContain('Owed (0)No legal notice is owed on what is known so far.');
    expect(await frame.locator('[data-testid="legal-applies"] li').count()).toBe(0);
    expect(await section.locator('[data-testid^="legal-mark-sent-"]').count()).toBe(0);
    const lines = await frame.locator('[data-testid="legal-question"]').allTextContents();
    const regimes = new Set(lines.flatMap((l) => /Decides: (.*?)\./.exec(l)![1]!.split(', ')));
    expect(regimes.size).toBeGreaterThan(0);
    expect(regimes.size).toBeLessThanOrEqual(5);
    expect(await section.textContent()).toMatch(/May apply: (one regime|[2-5] regimes)/);

    // NIS2 is one line with its question; "no" is one decision with one reason for every stage.
    const nis2 = frame.locator('[data-testid="legal-question"]', { hasText: 'Is this a significant incident under NIS2?' });
    expect(await nis2.textContent()).toContain('Decides: EU NIS2.');
    await nis2.locator('[data-testid="legal-question-decide"]').click();
    await frame.fill('[data-testid="legal-regime-reason"]', 'One mailbox, no service disrupted');
    await frame.click('[data-testid="legal-regime-save"]');
    const settled = frame.locator('[data-testid="legal-settled-regime"]');
    await settled.waitFor();
    expect(await settled.count()).toBe(1);
    expect(await settled.textContent()).toBe('EU NIS2: not required: One mailbox, no service disruptedChange');
    expect(await frame.locator('[data-testid="legal-question"]', { hasText: 'NIS2' }).count()).toBe(0);
    expect(await section.locator('[data-testid^="legal-mark-sent-"]').count()).toBe(0);
  });

  it('on a fresh install (no legal profile yet), the panel asks for the profile instead of listing every regime', async () => {
    await kvs.set(storageKeys.config(), defaultAppConfig());
    const issue = await takenIn(b, { projectId: '10000', summary: 'Lost a USB stick on the bus', reporter: RILEY });
    await page.goto(`${b.url}/browse/${issue.key}`);
    const frame = await appFrame(page, 'incident-panel');
    await openPanelSections(frame, 'legal');
    const prompt = frame.locator('[data-testid="legal-profile-prompt"]');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Ask your Jira admin to answer the legal profile');
    expect(await frame.locator('[data-testid="legal-question"]').count()).toBe(0);
    expect(await frame.textContent('[data-testid="legal-clocks"]')).not.toMatch(/May apply/);
    // The link goes through the bridge's router to the app's settings page (a module location: on a real
    // site that page's address holds the app's ids), where Legal notification is in the sidebar.
    await Promise.all([page.waitForURL(/\/jira\/settings\/apps$/, { timeout: 10_000 }), frame.click('[data-testid="legal-profile-link"]')]);
  });

  it('escalates a legal deadline that passes without a decision, once, however often the sweep runs', async () => {
    const issue = b.site.issues.create({ projectId: '10000', summary: 'Stolen laptop with HR files', reporter: RILEY, assignee: SAM }, RILEY, false, {
      silent: true,
    });
    const answer = await invokePanel(b.site, issue, 'legal/record', {
      expectedRevision: 0,
      action: 'answer',
      answers: { personalData: 'yes', risk: 'risk', residences: ['EU'], residencesComplete: true, dataTypes: {}, affected: {} },
    });
    expect(answer.result).toMatchObject({ ok: true });
    const aware = await invokePanel(b.site, issue, 'legal/record', {
      expectedRevision: 1,
      action: 'start',
      trigger: 'aware_at',
      at: new Date(b.site.clock.now()).toISOString(),
      timeZone: 'Europe/Berlin',
    });
    expect(aware.result).toMatchObject({ ok: true });
    const reminders = () =>
      issue.comments.filter((c) => (c.properties ?? []).some((p) => p.key === LEGAL_ESCALATION_PROPERTY_KEY)).map((c) => JSON.stringify(c.body));

    b.site.scheduler.duplicateRuns = true;
    await b.site.advanceTime(73 * HOUR);
    const sent = reminders();
    expect(sent.map((t) => /Legal deadline (missed|approaching)/.exec(t)![0])).toEqual([
      'Legal deadline approaching',
      'Legal deadline approaching',
      'Legal deadline approaching',
      'Legal deadline missed',
    ]);
    expect(sent[3]).toContain('EU GDPR: Breach notification to the supervisory authority');
    expect(sent[3]).toContain('GDPR Art 33(1), 33(5); EDPB Guidelines 9/2022; checked against the primary text');
    const notices = b.site.state.outbox.filter((m) => m.issueKey === issue.key);
    expect(notices.at(-1)).toMatchObject({ subject: `[${issue.key}] Legal deadline missed: Stolen laptop with HR files` });
    expect(new Set(notices.at(-1)!.recipients)).toEqual(new Set([SAM, MORGAN]));
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).not.toHaveProperty('legalNextCheck');

    await b.site.advanceTime(24 * HOUR);
    expect(reminders()).toHaveLength(4);
    b.site.scheduler.duplicateRuns = false;
  }, 120_000);
});
