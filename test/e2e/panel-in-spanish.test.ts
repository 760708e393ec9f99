/**
 * Given the local Jira site in Chromium, Lucía, a responder who reads Jira in Spanish (her Jira
 * locale is es_ES, so Forge's view context says es-ES), works an incident she may work in the
 * incident panel: she raises its impact and urgency in the priority calculator with a reason, and
 * records a timeline entry. Every word the panel's frame shows is the Spanish file's: none is an
 * en-US sentence, and the kind of her entry and the priority's reason read in Spanish.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import type { Frame } from 'playwright-core';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { canSeeIssue, hasIssuePermission } from '../../sandbox/state/permissions';
import { chooseOption } from '../support/atlaskit-select';
import { appFrame, openPanelSections, pagesAsUsers, takenIn } from '../support/browser';
import { CASEY } from '../support/test-site';
import { flatten, type Nested, REPO } from '../i18n/translation-checks';

const LUCIA = 'acc-lucia-responder';
const locale = (code: string) => flatten(JSON.parse(readFileSync(join(REPO, 'locales', `${code}.json`), 'utf8')) as Nested);
const EN = locale('en-US');
const ES = locale('es-ES');

/** A message as a whole-word pattern ("No" is not the start of "Normal"). */
const wholeWords = (message: string) => new RegExp(`(^|[^\\p{L}])${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
const SPANISH = Object.values(ES);
/**
 * The en-US messages with no value in them that Spanish words differently: none may show in her
 * panel. Single words only from the panel's own messages (a one-word message of another screen,
 * "High" or "Email", may well be a word of the incident's own data).
 */
const ENGLISH_SENTENCES = Object.entries(EN)
  .filter(([key, text]) => !text.includes('{') && ES[key] !== text && (/\s/.test(text.trim()) || key.startsWith('panel.')))
  .map(([, text]) => text)
  // Words Spanish messages use as well ("SHA-256", "Roles" in "Roles del equipo") say nothing.
  .filter((text) => !SPANISH.some((es) => wholeWords(text).test(es)));
/** The en-US messages found in a text. */
const englishIn = (text: string) => ENGLISH_SENTENCES.filter((sentence) => wholeWords(sentence).test(text));
const textOf = async (frame: Frame) => (await frame.locator('body').innerText()).replace(/\s+/g, ' ');
/** A message with its simple values as a pattern: "De la matriz: impacto {impact} x ..." matches any values. */
const asPattern = (message: string) => new RegExp(`^${message.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`);

const { site, openAs } = pagesAsUsers();

describe('the incident panel in Spanish', () => {
  it('Lucía raises the impact and urgency and records a timeline entry, all in Spanish, with no English sentence', async () => {
    const issue = await takenIn(site(), {
      projectId: '10000',
      summary: 'Correo de phishing con un enlace a una página de inicio de sesión falsa',
      reporter: CASEY,
      properties: { [site().site.manifest.appUuid]: { category: 'phishing', personalData: 'unsure', howBad: 'me', howUrgent: 'now' } },
    });
    // An incident she may work: on the incident desk, and not restricted to the people cleared for it.
    expect(issue.fields.securityLevelId ?? null).toBeNull();
    expect(canSeeIssue(LUCIA, issue) && hasIssuePermission(LUCIA, issue, 'EDIT_ISSUES')).toBe(true);

    const page = await openAs(LUCIA, `/browse/${issue.key}`);
    const panel = await appFrame(page, 'incident-panel');
    await panel.waitForSelector('[data-testid="incident-summary"]');
    await panel.getByText(ES['panel.section.overview.title']!, { exact: true }).first().waitFor();

    // The priority calculator: a cell of the matrix not chosen yet, a reason, saved.
    await panel.click('[data-testid="edit-incident"]');
    const form = panel.locator(`form[aria-label="${ES['panel.editor.formLabel']}"]`);
    await form.waitFor();
    expect(await textOf(panel)).toContain(ES['panel.editor.heading']);
    const before = (await kvs.get(storageKeys.incident(issue.id))) as IncidentRecord;
    await form.locator('[data-testid="priority-matrix"] tbody tr').first().locator('button[aria-pressed="false"]').last().click();
    await panel.fill('[data-testid="change-reason"]', 'Dos compañeros introdujeron su contraseña');
    await panel.click('[data-testid="save-incident"]');
    await form.waitFor({ state: 'detached' });
    await panel.waitForFunction(
      (from) => !!document.querySelector('[data-testid="priority-reason"]')?.textContent?.startsWith(from),
      ES['panel.summary.fromMatrixWithScore']!.split('{')[0]!,
    );
    const reason = (await panel.textContent('[data-testid="priority-reason"]'))!;
    expect([asPattern(ES['panel.summary.fromMatrixWithScore']!), asPattern(ES['panel.summary.fromMatrix']!)].some((p) => p.test(reason))).toBe(true);
    const after = (await kvs.get(storageKeys.incident(issue.id))) as IncidentRecord;
    expect([after.impact, after.urgency]).not.toEqual([before.impact, before.urgency]);
    expect(after.history.filter((h) => h.by === LUCIA).map((h) => h.field)).toEqual(expect.arrayContaining(['impact']));

    // A timeline entry: an action, in her words; its kind reads in Spanish.
    await openPanelSections(panel, 'response');
    await chooseOption(panel, 'timeline-kind', ES['panel.response.entryKind.action']!);
    await panel.fill('[data-testid="timeline-text"]', 'Bloqueado el dominio del enlace en el proxy');
    await panel.click('[data-testid="timeline-add-button"]');
    const entry = panel.locator('[data-testid^="timeline-entry-"]', { hasText: 'Bloqueado el dominio del enlace en el proxy' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain(ES['panel.response.entryKind.action']);

    // Every section she works in open: nothing in the panel's frame is an en-US sentence. (Not the reply
    // to the reporter: its preview is in the reporter's language, and Casey reads English.)
    await openPanelSections(panel, 'overview', 'sla', 'legal', 'response', 'stakeholders', 'reports', 'history');
    const text = await textOf(panel);
    for (const key of [
      'panel.section.sla.title',
      'panel.section.legal.title',
      'panel.section.response.title',
      'panel.section.history.title',
      'panel.response.timeline.add',
    ])
      expect(text).toContain(ES[key]);
    expect(englishIn(text)).toEqual([]);
  });

  it('control: the English detector finds English in the same panel read by Riley, whose Jira speaks English', async () => {
    const issue = await takenIn(site(), {
      projectId: '10000',
      summary: 'Correo sospechoso',
      reporter: CASEY,
      properties: { [site().site.manifest.appUuid]: { category: 'phishing', personalData: 'no', howBad: 'me', howUrgent: 'now' } },
    });
    const page = await openAs('acc-riley-responder', `/browse/${issue.key}`);
    const panel = await appFrame(page, 'incident-panel');
    await panel.waitForSelector('[data-testid="incident-summary"]');
    await openPanelSections(panel, 'response');
    expect(englishIn(await textOf(panel))).toEqual(expect.arrayContaining([EN['panel.section.response.title'], EN['panel.response.timeline.add']]));
    // Words Spanish shares are not counted: the detector is not fooled by them.
    expect(englishIn('Roles del equipo · Hash SHA-256')).toEqual([]);
  });
});
