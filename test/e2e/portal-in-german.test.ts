/**
 * Given the local Jira site in Chromium, Greta, an employee who reads Jira in German (her Jira
 * locale is de_DE, so Forge's view context says de-DE), files a report entirely in German on the
 * portal and reads what happens next in German: every word the app's frames show is the German
 * file's, none is an en-US sentence, and the time her report was received is in German with its zone
 * named, and the app's acknowledgement comment on her request is German too. Casey, whose Jira
 * speaks English, still gets English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { appFrame, pagesAsUsers } from '../support/browser';
import { CASEY } from '../support/test-site';
import { flatten, type Nested, REPO } from '../i18n/translation-checks';

const GRETA = 'acc-greta-customer';
const locale = (code: string) => flatten(JSON.parse(readFileSync(join(REPO, 'locales', `${code}.json`), 'utf8')) as Nested);
const EN = locale('en-US');
const DE = locale('de-DE');

/** The en-US messages with no value in them that German words differently: none may show on a German page. */
const ENGLISH_SENTENCES = Object.entries(EN)
  .filter(([key, text]) => !text.includes('{') && DE[key] !== text)
  .map(([, text]) => text);
/** The en-US messages found in a text, as whole words ("No" is not the start of "Normalzeit"). */
const englishIn = (text: string) =>
  ENGLISH_SENTENCES.filter((sentence) => new RegExp(`(^|[^\\p{L}])${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
const textOf = async (frame: Frame) => (await frame.locator('body').innerText()).replace(/\s+/g, ' ');

const { site, openAs } = pagesAsUsers();

describe('the portal in German', () => {
  it('Greta files a report in German and reads the acknowledgement in German, with no English sentence', async () => {
    const page = await openAs(GRETA, '/servicedesk/customer/portal/1/create');
    const intake = await appFrame(page, 'report-intake');
    await intake.getByText(DE['portal.report.whatHappened.label']!).waitFor();

    // An optional answer first: the two required questions then say, in German, that they are open.
    await intake.getByRole('radio', { name: DE['portal.report.howUrgent.answer.rightNow']!, exact: true }).check();
    expect(await intake.getByTestId('category-missing').innerText()).toBe(DE['portal.report.whatHappened.missing']);
    expect(await intake.getByTestId('personal-data-missing').innerText()).toBe(DE['portal.report.personalData.missing']);

    await intake.getByRole('radio', { name: DE['portal.category.lostDevice.label']!, exact: true }).check();
    await intake.getByRole('radio', { name: DE['portal.report.personalData.answer.unsure']!, exact: true }).check();
    await intake.getByRole('radio', { name: DE['portal.report.whoIsAffected.answer.onlyMe']!, exact: true }).check();
    const form = await textOf(intake);
    for (const key of [
      'portal.report.personalData.label',
      'portal.report.whoIsAffected.label',
      'portal.report.howUrgent.label',
      'portal.category.lostDevice.description',
      'portal.category.lostDevice.advice',
      'portal.report.thanks',
    ])
      expect(form).toContain(DE[key]);
    expect(form).toContain(`Zum Beispiel: ${DE['portal.category.lostDevice.example1']}; ${DE['portal.category.lostDevice.example2']}.`);
    expect(englishIn(form)).toEqual([]);

    await page.fill('input[name="summary"]', 'Laptop im Zug liegen gelassen');
    await page.waitForTimeout(200); // view.submit is posted on every change
    await Promise.all([page.waitForURL(/SEC-\d+$/), page.getByRole('button', { name: 'Send' }).click()]);
    const key = page.url().split('/').pop()!;
    await site().site.events.drain();
    // What the form submitted are ids, never German words.
    expect(site().site.issues.find(key)!.properties[site().site.manifest.appUuid]).toEqual({
      category: 'lost-device',
      personalData: 'unsure',
      howBad: 'me',
      howUrgent: 'now',
    });

    await page.reload();
    const status = await appFrame(page, 'report-status');
    await status.getByTestId('report-acknowledged').waitFor();
    expect(await status.getByRole('heading').innerText()).toBe(DE['portal.status.heading']);
    expect(await status.getByTestId('report-stage').textContent()).toBe(DE['portal.status.stage.received.label']);
    const acknowledged = await status.getByTestId('report-acknowledged').innerText();
    // The date and time in German, in her zone, with the zone named (in winter: Mitteleuropäische Normalzeit).
    expect(acknowledged).toMatch(/^Wir haben Ihre Meldung am \S+, \d{1,2}\. \S+ \d{4} um \d{2}:\d{2} Mitteleuropäische (Normal|Sommer)zeit erhalten\.$/);
    const statusText = await textOf(status);
    expect(statusText).toContain(`Sie haben gemeldet: ${DE['portal.category.lostDevice.label']}.`);
    expect(statusText).toContain(`Personenbezogene Daten oder Kundendaten betroffen: ${DE['portal.report.personalData.answer.unsure']}.`);
    expect(statusText).toContain(DE['portal.category.lostDevice.advice']);
    expect(statusText).toMatch(/meldet sich (innerhalb von \d+ (Arbeits)?(Stunden?|Minuten?)|bis zum nächsten Werktag) bei Ihnen\./);
    expect(englishIn(statusText)).toEqual([]);

    // The app's acknowledgement comment on her request, written by the app's function in her Jira
    // locale through Forge's i18n (the translations bundled beside the code), reads German too.
    const requestPage = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(requestPage).toContain(DE['message.reporter.acknowledgement.thanks']);
    expect(requestPage).toContain(DE['message.reporter.acknowledgement.noBlame']);
    expect(requestPage).toMatch(
      /Das Incident-Team hat Ihre Meldung erhalten und meldet sich (innerhalb von \d+ (Arbeits)?(Stunden?|Minuten?)|bis zum nächsten Werktag) bei Ihnen\./,
    );
    expect(requestPage).not.toContain(EN['message.reporter.acknowledgement.thanks']);
  });

  it('Casey, whose Jira speaks English, gets the same form in English', async () => {
    const page = await openAs(CASEY, '/servicedesk/customer/portal/1/create');
    const intake = await appFrame(page, 'report-intake');
    await intake.getByText(EN['portal.report.whatHappened.label']!).waitFor();
    await intake.getByRole('radio', { name: EN['portal.category.lostDevice.label']!, exact: true }).check();
    const form = await textOf(intake);
    expect(form).toContain(EN['portal.category.lostDevice.advice']);
    expect(form).not.toContain(DE['portal.report.thanks']);
    // The English detector the German test relies on finds English where there is some.
    expect(englishIn(form)).toEqual(expect.arrayContaining([EN['portal.report.thanks'], EN['portal.category.lostDevice.advice']]));
  });
});
