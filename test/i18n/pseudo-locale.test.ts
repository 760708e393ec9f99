/**
 * The test pseudo-locale (sandbox/shell/pseudo-locale.ts): every en-US message turned into it is
 * still a valid ICU message with en-US's arguments, plurals and selects (intl-messageformat's
 * parser, through message-shape.mjs), its letters accented and about 40 % longer; it is not
 * among manifest.yml's translations (it never ships), and the local site's CDN serves it beside each
 * built resource so that @forge/bridge's getTranslations picks it for the person whose Jira locale
 * is `en_XA`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLocale, TranslationsGetter } from '@forge/i18n';
import { parse } from 'yaml';
import { cdnRoutes } from '../../sandbox/shell/cdn-routes';
import { frameContext } from '../../sandbox/shell/bridge-routes';
import { FrameRegistry } from '../../sandbox/shell/frames';
import { accented, PSEUDO_EXPANSION, PSEUDO_JIRA_LOCALE, PSEUDO_LOCALE, pseudoMessage, pseudoMessages } from '../../sandbox/shell/pseudo-locale';
import { USERS } from '../../sandbox/state/directory';
import { createTestSite } from '../support/test-site';
import { type Flat, flatten, messageShapes, type Nested, placeholderMismatches, readLocale, REPO } from './translation-checks';

const EN = readLocale(join(REPO, 'locales', 'en-US.json'));
const PSEUDO: Flat = Object.fromEntries(Object.entries(EN).map(([key, message]) => [key, pseudoMessage(message)]));
const PSEUDO_TESTER = 'acc-pseudo-tester';
/** Literal text only: ICU arguments' names, types and selectors removed (they stay English). */
const literal = (message: string) =>
  message
    .replace(/<\/?[a-zA-Z]+>/g, '')
    .replace(/\{\s*\w+\s*(,\s*\w+\s*(,[^{}]*)?)?\}/g, '')
    .replace(/\{\s*\w+\s*,\s*(plural|selectordinal|select)\s*,|(offset:\d+\s*)?(=\d+|[\w-]+)\s*\{|\}/g, '');
/** Characters a reader sees of a message without arguments, brackets and filler included. */
const shownLength = (message: string) => [...message].length;

describe('the pseudo-locale', () => {
  it('has every en-US message as a valid ICU message with the same arguments, plurals and selects', () => {
    expect(Object.keys(PSEUDO)).toEqual(Object.keys(EN));
    const shapes = messageShapes({ 'en-US': EN, [PSEUDO_LOCALE]: PSEUDO });
    // An en-US message that does not parse is translations.test.ts's to report; here only what the pseudo-locale changed counts.
    const unparsed = Object.keys(EN).filter((key) => !Array.isArray(shapes['en-US']![key]));
    for (const key of unparsed) for (const locale of ['en-US', PSEUDO_LOCALE]) delete shapes[locale]![key];
    expect(unparsed.length).toBeLessThan(Object.keys(EN).length / 10);
    expect(placeholderMismatches(shapes, 'en-US')).toEqual([]);
  });

  it('control: the shape check catches a pseudo message whose argument was accented or whose plural lost an option', () => {
    const broken = { a: accented('{name} left'), b: '{count, plural, other {# ĥöûŕš}}', c: '{oops' };
    const source = { a: '{name} left', b: '{count, plural, one {# hour} other {# hours}}', c: 'fine' };
    const found = placeholderMismatches(messageShapes({ 'en-US': source, [PSEUDO_LOCALE]: broken }), 'en-US');
    expect(found.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([`${PSEUDO_LOCALE} a`, `${PSEUDO_LOCALE} c`]);
    // A plural's options are the language's own categories: only what they hold is compared, so b passes.
  });

  it('accents every letter of the literal text and leaves ICU syntax, quotes and tags as they are', () => {
    expect(pseudoMessage('Save')).toBe('[Šáṽé]');
    expect(pseudoMessage('{count, plural, one {# hour} other {# hours}} left')).toMatch(/^\[\{count, plural, one \{# ĥöûŕ\} other \{# ĥöûŕš\}\} ļéƒţ \S+\]$/);
    expect(pseudoMessage("Type '{'name'}' for {who, select, me {you} other {{who}}}")).toMatch(
      /^\[Ţýþé '\{'ñáɱé'\}' ƒöŕ \{who, select, me \{ýöû\} other \{\{who\}\}\} .+\]$/,
    );
    expect(pseudoMessage('Read <b>this</b> on {when, date, long}')).toMatch(/^\[Ŕéáð <b>ţĥîš<\/b> öñ \{when, date, long\} .+\]$/);
    const leftEnglish = Object.entries(PSEUDO).filter(([, m]) => /[A-Za-z]/.test(literal(m)));
    expect(leftEnglish).toEqual([]);
  });

  it('is about 40 % longer than en-US, in brackets (so a cut end shows)', () => {
    const plain = Object.entries(EN).filter(([, m]) => !/[{}'<]/.test(m) && m.length >= 10);
    expect(plain.length).toBeGreaterThan(10);
    for (const [key, message] of plain) {
      const ratio = shownLength(PSEUDO[key]!) / shownLength(message);
      expect([key, ratio >= 1 + PSEUDO_EXPANSION - 0.02 && ratio <= 1 + PSEUDO_EXPANSION + 0.15]).toEqual([key, true]);
      expect(PSEUDO[key]).toMatch(/^\[.*\]$/);
    }
  });

  it('is not a shipped translation: manifest.yml does not list it, and Forge does not support it', () => {
    const manifest = parse(readFileSync(join(REPO, 'manifest.yml'), 'utf8')) as { translations: { resources: { key: string }[] } };
    expect(manifest.translations.resources.map((r) => r.key)).not.toContain(PSEUDO_LOCALE);
    // @forge/bridge's view.getContext passes the context's locale through ensureLocale, which keeps a locale it does not know as it is.
    expect(ensureLocale(PSEUDO_JIRA_LOCALE)).toBeNull();
    expect(ensureLocale('de_DE')).toBe('de-DE');
  });

  describe('on the local site', () => {
    const site = createTestSite();
    afterAll(() => site.close());

    it('the pseudo-locale tester reads Jira in en_XA, so the view context says en-XA', async () => {
      expect(USERS.find((u) => u.accountId === PSEUDO_TESTER)).toMatchObject({ persona: 'admin', kind: 'agent', locale: PSEUDO_JIRA_LOCALE });
      const module = site.manifest.modules.find((m) => m.key === 'incident-panel')!;
      const frame = new FrameRegistry().register(module, module.resource, PSEUDO_TESTER, 'light', { extension: { type: module.type } });
      expect(frameContext(site, frame)).toMatchObject({ accountId: PSEUDO_TESTER, locale: PSEUDO_LOCALE });
    });

    it.each(site.manifest.resources.map((r) => r.key))(
      "the CDN serves it beside %s's built translations, and @forge/bridge's getTranslations picks it",
      async (resource) => {
        const cdn = cdnRoutes(site);
        const get = async (file: string) => {
          const res = await cdn.request(`/apps/${resource}/__LOCALES__/${file}`);
          if (!res.ok) throw new Error(`${file}: ${res.status}`);
          return res.json() as Promise<unknown>;
        };
        // The same accessor @forge/bridge's i18n module gives TranslationsGetter, fetching from the resource's CDN address.
        const getter = new TranslationsGetter({
          getI18nInfoConfig: async () => ((await get('i18n-info.json')) as { config: never }).config,
          getTranslationResource: async (locale: string) => (await get(`${locale}.json`)) as never,
        });
        const { locale, translations } = await getter.getTranslations(PSEUDO_LOCALE as never);
        expect(locale).toBe(PSEUDO_LOCALE);
        const built = flatten(
          JSON.parse(readFileSync(join(REPO, site.manifest.resources.find((r) => r.key === resource)!.path, '__LOCALES__', 'en-US.json'), 'utf8')) as Nested,
        );
        expect(flatten(translations as Nested)).toEqual(flatten(pseudoMessages(built as never) as Nested));
        // The built folder itself has no pseudo file: it is what forge deploy would upload.
        expect(() => readFileSync(join(REPO, site.manifest.resources.find((r) => r.key === resource)!.path, '__LOCALES__', `${PSEUDO_LOCALE}.json`))).toThrow();
      },
    );
  });
});
