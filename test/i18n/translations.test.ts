/**
 * The translation checks (issue 33): the locales have identical key sets, no key goes unused, no
 * locale's placeholders differ from en-US's, and no English bypasses i18n in the converted UI files
 * (eslint.config.mjs's I18N_CHECKED_FILES). Each check is also run on a fixture it must catch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { DEFAULT_CATEGORIES } from '../../src/domain/config/default-config';
import { AROUND_THE_CLOCK } from '../../src/domain/sla/business-calendar';
import { DEFAULT_OFFICE_CALENDAR } from '../../src/domain/sla/default-sla';
import { expectedFirstResponse } from '../../src/domain/triage/expected-first-response';
import { DEFAULT_CATEGORY_KEYS, promiseValues } from '../../static/portal/src/portal-words';
import { codeUnder, type Flat, keySetDifferences, messageShapes, placeholderMismatches, readLocale, REPO, unusedKeys } from './translation-checks';

const manifest = parse(readFileSync(join(REPO, 'manifest.yml'), 'utf8')) as {
  translations: { resources: { key: string; path: string }[]; fallback: { default: string } };
};
const LOCALES: Record<string, Flat> = Object.fromEntries(manifest.translations.resources.map((r) => [r.key, readLocale(join(REPO, r.path))]));
const SOURCE = manifest.translations.fallback.default;
const FIXTURES = join(REPO, 'test', 'fixtures', 'i18n');
const fixtureLocales = { 'en-US': readLocale(join(FIXTURES, 'en-US.json')), 'de-DE': readLocale(join(FIXTURES, 'de-DE.json')) };

describe('the manifest lists the locales', () => {
  it('en-US (the source and fallback), de-DE, es-ES and fr-FR, each file non-empty', () => {
    expect(SOURCE).toBe('en-US');
    expect(Object.keys(LOCALES).sort()).toEqual(['de-DE', 'en-US', 'es-ES', 'fr-FR']);
    for (const messages of Object.values(LOCALES)) expect(Object.keys(messages).length).toBeGreaterThan(50);
  });
});

describe('identical key sets', () => {
  it('every locale has exactly the keys en-US has', () => {
    const { [SOURCE]: source, ...others } = LOCALES;
    expect(keySetDifferences(source!, others)).toEqual([]);
  });

  it('negative control: a key missing from a locale is caught', () => {
    expect(keySetDifferences(fixtureLocales['en-US'], { 'de-DE': fixtureLocales['de-DE'] })).toEqual(['de-DE lacks fixture.items']);
  });

  it('no message is empty or left in English where the locale should have its own words', () => {
    // Words that read the same in a language (a loanword, punctuation around a value) are allowed, one by one.
    const SAME_EVERYWHERE = new Set(['portal.status.jiraStatus']);
    // Names and units some languages write as English does: a country's name, a field's name, "No", "h" and "min".
    const SAME_IN = new Set([
      'de-DE portal.category.phishing.label',
      'es-ES portal.report.personalData.answer.no',
      'es-ES admin.legalProfile.answer.no',
      'de-DE panel.legal.residence.jp',
      'de-DE panel.field.triage',
      'de-DE panel.summary.status',
      'es-ES panel.legal.residence.au',
      'es-ES panel.legal.residence.in',
      'es-ES panel.value.no',
      'es-ES panel.duration.days',
      'es-ES panel.duration.hours',
      'es-ES panel.duration.minutes',
      'fr-FR panel.legal.residence.ca',
      'fr-FR panel.field.impact',
      'fr-FR panel.duration.hours',
      'fr-FR panel.duration.minutes',
    ]);
    const { [SOURCE]: source, ...others } = LOCALES;
    const untranslated = Object.entries(others).flatMap(([locale, messages]) =>
      Object.entries(messages)
        .filter(([key, text]) => !text.trim() || (text === source![key] && !SAME_EVERYWHERE.has(key) && !SAME_IN.has(`${locale} ${key}`)))
        .map(([key]) => `${locale} ${key}`),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('no unused key', () => {
  const code = codeUnder(join(REPO, 'static'), join(REPO, 'src')) + readFileSync(join(REPO, 'manifest.yml'), 'utf8');

  it('every en-US key is named in the code under static/ or src/ (or by manifest.yml)', () => {
    expect(unusedKeys(Object.keys(LOCALES[SOURCE]!), code)).toEqual([]);
  });

  it('negative control: a key no code names is caught', () => {
    expect(unusedKeys(Object.keys(fixtureLocales['en-US']), readFileSync(join(FIXTURES, 'uses-keys.tsx'), 'utf8'))).toEqual(['fixture.nobodyUsesThis']);
  });
});

describe('placeholders match between locales', () => {
  it('every message parses, and each locale has the arguments, plurals and selects en-US has', () => {
    const shapes = messageShapes(LOCALES);
    expect(placeholderMismatches(shapes, SOURCE)).toEqual([]);
    // The check sees the structure: the first-response promise is a select holding plurals.
    expect(shapes[SOURCE]!['portal.status.stage.received.next']).toEqual([
      'amount:plural',
      'promise:select{businessHours,businessMinutes,hours,minutes,nextBusinessDay,other}',
    ]);
  });

  it('negative control: a renamed placeholder is caught, and so is a message that does not parse', () => {
    const shapes = messageShapes({ ...fixtureLocales, 'fr-FR': { 'fixture.greeting': 'Bonjour {name' } });
    expect(placeholderMismatches(shapes, 'en-US')).toEqual([
      'de-DE fixture.greeting has ["nom:argument"], en-US has ["name:argument"]',
      'fr-FR fixture.greeting does not parse: EXPECT_ARGUMENT_CLOSING_BRACE',
    ]);
  });

  it('negative control: a select whose options differ from en-US is caught', () => {
    const shapes = messageShapes({ 'en-US': { k: '{a, select, yes {Y} other {N}}' }, 'es-ES': { k: '{a, select, si {S} other {N}}' } });
    expect(placeholderMismatches(shapes, 'en-US')).toHaveLength(1);
  });
});

describe('English that bypasses i18n (the lint rule on the converted files)', () => {
  const BYPASS = 'A person reads this: put the words in locales/en-US.json and use t(key)';
  let outcome: { project: string[]; virtual: string[][] };
  beforeAll(() => {
    // ESLint runs outside jest (its ESM config cannot load in jest's VM); the fixtures are linted as if they were portal files.
    const input = JSON.stringify({
      cwd: REPO,
      folders: ['static/portal/src', 'static/common/i18n'],
      cases: ['english-in-jsx.tsx', 'keys-only.tsx'].map((f) => ({
        filePath: 'static/portal/src/components/fixture.tsx',
        code: readFileSync(join(FIXTURES, f), 'utf8'),
      })),
    });
    outcome = JSON.parse(execFileSync(process.execPath, [join(REPO, 'test', 'support', 'eslint-runner.mjs'), input], { cwd: REPO, encoding: 'utf8' }));
  }, 60_000);

  it('the portal and the shared i18n code pass the rule (and every other rule)', () => {
    expect(outcome.project).toEqual([]);
  });

  it('negative control: JSX text, a text attribute and an option label in English are each flagged in a portal file', () => {
    expect(outcome.virtual[0]!.filter((m) => m.startsWith(BYPASS))).toHaveLength(3);
  });

  it('words through t(key) pass', () => {
    expect(outcome.virtual[1]).toEqual([]);
  });
});

describe('what the portal translates', () => {
  it("en-US's category texts are the default categories' own, so an admin's unchanged default is recognised", () => {
    const en = LOCALES[SOURCE]!;
    expect(Object.keys(DEFAULT_CATEGORY_KEYS).sort()).toEqual(DEFAULT_CATEGORIES.map((c) => c.id).sort());
    for (const category of DEFAULT_CATEGORIES) {
      const keys = DEFAULT_CATEGORY_KEYS[category.id]!;
      expect([en[keys.label], en[keys.description], keys.examples.map((k) => en[k]), keys.advice ? en[keys.advice] : '']).toEqual([
        category.label,
        category.description,
        category.examples,
        category.advice,
      ]);
    }
  });

  it('every first-response promise the backend words has its own words in each locale (never "as soon as they can")', () => {
    const policy = (acknowledge: number, calendarId: string) => ({ calendarId, targetMinutes: { acknowledge, contain: 600, resolve: 6000 } });
    const cases = [
      expectedFirstResponse(undefined, undefined),
      expectedFirstResponse(policy(60, '24x7'), AROUND_THE_CLOCK),
      expectedFirstResponse(policy(240, '24x7'), AROUND_THE_CLOCK),
      expectedFirstResponse(policy(30, '24x7'), AROUND_THE_CLOCK),
      expectedFirstResponse(policy(1, '24x7'), AROUND_THE_CLOCK),
      expectedFirstResponse(policy(240, 'office'), DEFAULT_OFFICE_CALENDAR),
      expectedFirstResponse(policy(60, 'office'), DEFAULT_OFFICE_CALENDAR),
      expectedFirstResponse(policy(45, 'office'), DEFAULT_OFFICE_CALENDAR),
      expectedFirstResponse(policy(8 * 60, 'office'), DEFAULT_OFFICE_CALENDAR),
    ];
    expect(cases.map(promiseValues)).toEqual([
      { promise: 'nextBusinessDay', amount: 0 },
      { promise: 'hours', amount: 1 },
      { promise: 'hours', amount: 4 },
      { promise: 'minutes', amount: 30 },
      { promise: 'minutes', amount: 1 },
      { promise: 'businessHours', amount: 4 },
      { promise: 'businessHours', amount: 1 },
      { promise: 'businessMinutes', amount: 45 },
      { promise: 'nextBusinessDay', amount: 0 },
    ]);
  });
});
