/**
 * What the app writes for people, in the reader's language (issue 33): the message builders with
 * literal values in English and two other locales, the reader's locale (their Jira locale, else the
 * app's default language), and on the local site, with the app's own functions reading the
 * translations through Forge's i18n, Greta's report acknowledged in German and Casey's in English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { appConfigSchema, readAppConfig } from '../../src/domain/config/app-config-schema';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { acknowledgementComment, closedNotice } from '../../src/domain/triage/acknowledgement';
import { reporterReply } from '../../src/domain/triage/reporter-replies';
import { APP_LOCALES, appLocaleOf } from '../../src/shared/app-locales';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { readerLocale, wordsForReader } from '../../src/usecases/reader-words';
import { CASEY, createTestSite, json, panelCalls, RILEY } from '../support/test-site';
import { en, wordsIn } from './backend-words';

const de = wordsIn('de-DE');
const es = wordsIn('es-ES');

/** The text of an ADF document, one paragraph a line. */
const textOf = (adf: object) =>
  ((adf as { content?: { content?: { text?: string }[] }[] }).content ?? []).map((p) => (p.content ?? []).map((n) => n.text ?? '').join('')).join('\n');

describe("the acknowledgement in the reporter's language", () => {
  it.each([
    [
      en,
      { promise: 'businessHours', amount: 4 },
      'The incident team has received your report and will get back to you within 4 business hours. You can follow what happens next on this request.',
    ],
    [
      en,
      { promise: 'hours', amount: 1 },
      'The incident team has received your report and will get back to you within 1 hour. You can follow what happens next on this request.',
    ],
    [
      de,
      { promise: 'businessHours', amount: 4 },
      'Das Incident-Team hat Ihre Meldung erhalten und meldet sich innerhalb von 4 Arbeitsstunden bei Ihnen. Wie es weitergeht, können Sie in dieser Anfrage verfolgen.',
    ],
    [
      de,
      { promise: 'hours', amount: 1 },
      'Das Incident-Team hat Ihre Meldung erhalten und meldet sich innerhalb von 1 Stunde bei Ihnen. Wie es weitergeht, können Sie in dieser Anfrage verfolgen.',
    ],
    [
      es,
      { promise: 'minutes', amount: 30 },
      'El equipo de incidentes ha recibido su aviso y le responderá en un plazo de 30 minutos. Puede seguir lo que ocurra a continuación en esta solicitud.',
    ],
    [
      es,
      { promise: 'nextBusinessDay', amount: 0 },
      'El equipo de incidentes ha recibido su aviso y le responderá antes del siguiente día laborable. Puede seguir lo que ocurra a continuación en esta solicitud.',
    ],
  ] as const)('%#: names the first-response promise', (t, promise, expected) => {
    expect(textOf(acknowledgementComment(t, promise)).split('\n')[1]).toBe(expected);
  });

  it('thanks in German and Spanish, and the English stays as it was', () => {
    const promise = { promise: 'businessHours', amount: 4 } as const;
    expect(textOf(acknowledgementComment(en, promise))).toBe(
      'Thank you for reporting this.\nThe incident team has received your report and will get back to you within 4 business hours. You can follow what happens next on this request.\nYou did the right thing by speaking up: reporting something that turns out to be harmless is never a mistake.',
    );
    expect(textOf(acknowledgementComment(de, promise)).split('\n')[0]).toBe('Vielen Dank für Ihre Meldung.');
    expect(textOf(acknowledgementComment(es, promise)).split('\n')[2]).toBe(
      'Hizo lo correcto al avisar: avisar de algo que resulta ser inofensivo nunca es un error.',
    );
  });

  it('the close notice names the request by its key, in German and Spanish too', () => {
    expect(closedNotice(de, 'SEC-7')).toEqual({
      subject: '[SEC-7] Ihre Meldung ist abgeschlossen',
      textBody:
        'Ihre Meldung SEC-7 ist jetzt abgeschlossen. Vielen Dank für Ihre Meldung. Wenn es wieder vorkommt oder Ihnen sonst etwas merkwürdig vorkommt, melden Sie es bitte auf dieselbe Weise.',
    });
    expect(closedNotice(es, 'SEC-7').subject).toBe('[SEC-7] Su aviso está cerrado');
  });
});

describe("the outcome reply's prefilled text in the reporter's language", () => {
  it('German: for what they picked, blame-free', () => {
    expect(reporterReply(de, 'not-an-incident', 'phishing')).toBe(
      'Vielen Dank, dass Sie uns die verdächtige Nachricht gemeldet haben, die Sie erhalten haben.\n\n' +
        'Wir haben es sorgfältig geprüft, und es hat sich nicht als Sicherheitsvorfall herausgestellt. Sie müssen also nichts weiter tun, und diese Anfrage ist jetzt geschlossen.\n\n' +
        'Etwas zu melden, das sich als harmlos herausstellt, ist nie ein Fehler: Bitte melden Sie sich auch weiterhin, wenn Ihnen etwas merkwürdig vorkommt.',
    );
  });

  it("Spanish: an admin's own category opens with the general words and is never named", () => {
    const reply = reporterReply(es, 'resolved', 'payroll-fraud-x7');
    expect(reply).toBe(
      'Gracias por informarnos de lo que observó.\n\n' +
        'El equipo se ha ocupado de ello y esta solicitud queda resuelta. Su aviso nos ayudó a actuar con rapidez.\n\n' +
        'Si vuelve a ocurrir, o si cualquier otra cosa le parece extraña, avísenos de la misma manera.',
    );
    // A category id that is also a property of every object is no category either.
    expect(reporterReply(en, 'resolved', 'constructor').split('\n\n')[0]).toBe('Thank you for telling us about what you noticed.');
  });
});

describe("the reader's locale", () => {
  it("the app's locales are the manifest's translations", () => {
    const manifest = parse(readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8')) as {
      translations: { resources: { key: string }[]; fallback: { default: string } };
    };
    expect(manifest.translations.resources.map((r) => r.key)).toEqual([...APP_LOCALES]);
    expect(manifest.translations.fallback.default).toBe(defaultAppConfig().language.default);
  });

  it.each([
    ['de_DE', 'de-DE'],
    ['es_ES', 'es-ES'],
    ['fr-FR', 'fr-FR'],
    ['de_AT', 'de-DE'],
    ['en_GB', 'en-US'],
    ['ja_JP', null],
    ['', null],
    [null, null],
  ])("Jira's %p reads %p", (jira, app) => {
    expect(appLocaleOf(jira)).toBe(app);
  });

  it("Jira's locale first; withheld (privacy) or a language the app does not speak: the app's default language", async () => {
    expect(readerLocale('es_ES', 'fr-FR')).toBe('es-ES');
    expect(readerLocale(null, 'fr-FR')).toBe('fr-FR');
    expect(readerLocale('ja_JP', 'de-DE')).toBe('de-DE');
    const asked: string[] = [];
    const words = {
      jiraLocaleOf: async () => null,
      inLocale: async (locale: string) => {
        asked.push(locale);
        return en;
      },
    };
    const config = { language: { default: 'fr-FR' as const } };
    expect((await wordsForReader(words, 'acc-private', config)).locale).toBe('fr-FR');
    expect((await wordsForReader(words, null, config)).locale).toBe('fr-FR');
    expect(asked).toEqual(['fr-FR', 'fr-FR']);
  });

  it("the default language is a setting: en-US by default and for settings saved before it, one of the app's locales", () => {
    expect(defaultAppConfig().language).toEqual({ default: 'en-US' });
    const { language: _none, ...older } = defaultAppConfig();
    expect(readAppConfig(older)).toMatchObject({ config: { language: { default: 'en-US' } }, problems: [] });
    expect(readAppConfig({ ...defaultAppConfig(), language: { default: 'de-DE' } }).config.language.default).toBe('de-DE');
    const refused = appConfigSchema.safeParse({ ...defaultAppConfig(), language: { default: 'sl-SI' } });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['language', 'default'],
      message: "Choose one of the app's languages: English, German, Spanish or French.",
    });
  });
});

describe('on the local site, through Forge i18n', () => {
  const GRETA = 'acc-greta-customer';
  const site = createTestSite();
  const { ok } = panelCalls(() => site);

  async function report(reporter: string, category: string) {
    const issue = site.issues.create(
      {
        projectId: '10000',
        summary: 'Laptop im Zug liegen gelassen',
        reporter,
        properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category, personalData: 'unsure', howBad: 'me', howUrgent: null } },
      },
      reporter,
      false,
    );
    site.search.noteCreated(issue);
    await site.events.drain();
    return issue;
  }
  const acknowledgement = (issue: ReturnType<typeof site.issues.create>) =>
    site.issues
      .find(issue.key)!
      .comments.filter((c) => c.properties?.some((p) => p.key === 'incident-response.acknowledgement'))
      .map((c) => textOf(c.body));

  it.each([
    [GRETA, 'de_DE'],
    ['acc-lucia-responder', 'es_ES'],
    [RILEY, 'en_US'],
  ])("GET /rest/api/3/user?accountId=%s says locale %s (the User schema's)", async (who, locale) => {
    const user = await json<{ accountId: string; locale: string }>(await site.rest(RILEY, 'GET', `/rest/api/3/user?accountId=${who}`));
    expect(user).toMatchObject({ accountId: who, locale });
  });

  it("Greta (Jira locale de_DE) gets the acknowledgement in German; Casey's Jira speaks English, and so does his", async () => {
    const greta = await report(GRETA, 'lost-device');
    const [german] = acknowledgement(greta);
    expect(german).toMatch(
      /^Vielen Dank für Ihre Meldung\.\nDas Incident-Team hat Ihre Meldung erhalten und meldet sich (innerhalb von \d+ (Arbeits)?(Stunden?|Minuten?)|bis zum nächsten Werktag) bei Ihnen\./,
    );
    expect(acknowledgement(greta)).toHaveLength(1);
    const casey = await report(CASEY, 'phishing');
    expect(acknowledgement(casey)[0]).toMatch(/^Thank you for reporting this\.\nThe incident team has received your report and will get back to you /);
  });

  it("the responder's prefilled reply to Greta is in German, whatever the responder reads", async () => {
    const greta = await report(GRETA, 'phishing');
    const draft = await ok<{ text: string; locale: string }>(greta, 'reporter-reply/draft', {}, RILEY);
    expect(draft.locale).toBe('de-DE');
    expect(draft.text.split('\n\n')[0]).toBe('Vielen Dank, dass Sie uns die verdächtige Nachricht gemeldet haben, die Sie erhalten haben.');
  });
});
