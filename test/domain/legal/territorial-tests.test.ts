/**
 * Issue 30, class 4: every rule declares its territorial test, and evaluation honours it. A law
 * reached through the organisation's own link (Australia's Privacy Act s 5B(3), POPIA s 3(1)(b), an
 * establishment under the GDPR and laws built like it) does not disappear when the affected people
 * live abroad; a law protecting its residents (US state breach laws) does not apply to others.
 */
import { ruleApplicability } from '../../../src/domain/legal/rule-applicability';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import { TERRITORIAL_TESTS, type TerritorialTest } from '../../../src/domain/legal/territorial-scope';
import type { Residence } from '../../../src/domain/legal/legal-answers';
import { TERRITORIAL_TEST_LABELS } from '../../../src/shared/legal-vocabulary';
import { type Given, iso, obligationsFor } from './legal-fixtures';
import { contextOf, names, witnessFor } from './rule-witness';

const placeOf = (t: TerritorialTest): Residence | null => ('place' in t ? t.place : null);
/** Somewhere else than the law's place, for the affected people or the organisation. */
const elsewhere = (place: Residence): Residence => (place === 'other' ? 'US-other' : 'other');

describe('pack-wide: territorial tests', () => {
  it(`every one of the ${SHIPPED_RULES.length} rules declares a territorial test the evaluation knows, with words for people`, () => {
    for (const rule of SHIPPED_RULES) {
      expect(`${rule.id}: ${TERRITORIAL_TESTS.includes(rule.territory.test)}`).toBe(`${rule.id}: true`);
      expect(TERRITORIAL_TEST_LABELS[rule.territory.test]).toBeTruthy();
    }
  });

  it('no rule tests residence in its own conditions: where people live is the territorial test alone', () => {
    for (const rule of SHIPPED_RULES) expect(`${rule.id}: ${names(rule.appliesWhen, 'residence')}`).toBe(`${rule.id}: false`);
  });

  const linked = SHIPPED_RULES.filter((r) =>
    ['established-or-residents', 'organisation-carries-on-business', 'organisation-established'].includes(r.territory.test),
  );
  it(`walks the ${linked.length} rules reached through the organisation's link: still owed when every affected person lives abroad`, () => {
    expect(linked.length).toBeGreaterThan(30);
    for (const rule of linked) {
      const place = placeOf(rule.territory)!;
      const w = witnessFor(rule);
      w.answers.residences = [elsewhere(place)];
      w.answers.residencesComplete = true;
      if (place === 'EU') w.profile.euEstablished = 'yes';
      else w.profile.establishedIn = [place];
      expect(`${rule.id}: ${ruleApplicability(rule, contextOf(w)).fit}`).not.toBe(`${rule.id}: no`);
    }
  });

  const ownLinkOnly = SHIPPED_RULES.filter((r) => r.territory.test === 'organisation-carries-on-business' || r.territory.test === 'organisation-established');
  it(`walks the ${ownLinkOnly.length} rules whose law looks only at the organisation: not owed without that link, even for residents`, () => {
    expect(ownLinkOnly.length).toBeGreaterThanOrEqual(6);
    for (const rule of ownLinkOnly) {
      const place = placeOf(rule.territory)!;
      const w = witnessFor(rule);
      w.answers.residences = [place];
      w.profile.establishedIn = [elsewhere(place)];
      // Australia: the APP-entity answer is the organisation's link (s 5B(3), s 6C), so it is answered "no" here.
      if (rule.territory.test === 'organisation-carries-on-business' && rule.territory.flag)
        (w.profile as unknown as Record<string, string>)[rule.territory.flag] = 'no';
      expect(`${rule.id}: ${ruleApplicability(rule, contextOf(w)).fit}`).toBe(`${rule.id}: no`);
    }
  });

  const residentsOnly = SHIPPED_RULES.filter((r) => r.territory.test === 'residents-affected');
  it(`walks the ${residentsOnly.length} rules protecting residents: not owed when none of the affected people live there, wherever the organisation is`, () => {
    expect(residentsOnly.length).toBeGreaterThanOrEqual(20);
    for (const rule of residentsOnly) {
      const place = placeOf(rule.territory)!;
      const w = witnessFor(rule);
      w.answers.residences = [elsewhere(place)];
      w.profile.establishedIn = [place];
      expect(`${rule.id}: ${ruleApplicability(rule, contextOf(w)).fit}`).toBe(`${rule.id}: no`);
    }
  });

  it('a profile that has not said where the organisation is established leaves the organisation-linked rules pending on that question', () => {
    const rule = SHIPPED_RULES.find((r) => r.id === 'za.popia.regulator')!;
    const w = witnessFor(rule);
    w.profile.establishedIn = [];
    const fit = ruleApplicability(rule, contextOf(w));
    expect(fit.fit).toBe('unsure');
    expect(fit.questions.join(' ')).toMatch(/established/);
  });
});

interface Vector {
  name: string;
  cite: string;
  url: string;
  rule: string;
  given: Given;
  expect: 'absent' | { applicability: 'yes' | 'unsure'; due?: string };
}

const VECTORS: Vector[] = [
  {
    name: 'Australia: an APP entity (it carries on business in Australia) whose breach affects only Californians still assesses it',
    cite: 'Privacy Act 1988 (Cth) s 5B(1A), 5B(3)(a), s 26WE, s 26WH(2)',
    url: 'https://www.legislation.gov.au/C2004A03712/latest/text',
    rule: 'au.ndb.assessment',
    given: {
      profile: { auAppEntity: 'yes' },
      answers: { residences: ['US-CA'], residencesComplete: true },
      starts: { reasonable_grounds_suspect_at: '2026-04-01T00:00:00Z' },
      now: '2026-04-01T01:00:00Z',
    },
    expect: { applicability: 'yes' },
  },
  {
    name: 'Australia: the statement to the Commissioner for an eligible data breach of people abroad',
    cite: 'Privacy Act 1988 (Cth) s 26WE(2), s 26WK',
    url: 'https://www.legislation.gov.au/C2004A03712/latest/text',
    rule: 'au.ndb.statement',
    given: {
      profile: { auAppEntity: 'yes' },
      answers: { residences: ['UK'], residencesComplete: true, risk: 'high' },
      starts: { reasonable_grounds_believe_at: '2026-04-01T00:00:00Z' },
      now: '2026-04-01T01:00:00Z',
    },
    expect: { applicability: 'yes' },
  },
  {
    name: 'GDPR: an EU-established controller notifies a breach affecting only people in the US',
    cite: 'GDPR Art 3(1) ("regardless of whether the processing takes place in the Union or not"), Art 33(1)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    rule: 'eu.gdpr.33.sa',
    given: {
      profile: { euEstablished: 'yes' },
      answers: { residences: ['US-NY'], residencesComplete: true, risk: 'risk' },
      starts: { aware_at: '2026-03-02T09:00:00Z' },
      now: '2026-03-02T10:00:00Z',
    },
    expect: { applicability: 'yes', due: '2026-03-05T09:00:00.000Z' },
  },
  {
    name: 'GDPR: no EU establishment and nobody in the Union affected: not owed',
    cite: 'GDPR Art 3(1)-(2)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    rule: 'eu.gdpr.33.sa',
    given: {
      profile: { euEstablished: 'no' },
      answers: { residences: ['US-NY'], residencesComplete: true, risk: 'risk' },
      starts: { aware_at: '2026-03-02T09:00:00Z' },
      now: '2026-03-02T10:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'UK GDPR: a UK-established controller notifies the ICO of a breach affecting only people in the EU',
    cite: 'UK GDPR Art 3(1), Art 33(1)',
    url: 'https://www.legislation.gov.uk/eur/2016/679/article/3',
    rule: 'uk.gdpr.33.ico',
    given: {
      profile: { establishedIn: ['UK'] },
      answers: { residences: ['EU'], residencesComplete: true, risk: 'risk' },
      starts: { aware_at: '2026-03-02T09:00:00Z' },
      now: '2026-03-02T10:00:00Z',
    },
    expect: { applicability: 'yes', due: '2026-03-05T09:00:00.000Z' },
  },
  {
    name: 'POPIA: a responsible party domiciled in South Africa notifies the Regulator of a breach of UK customers',
    cite: 'POPIA s 3(1)(b)(i), s 22(1)',
    url: 'https://www.gov.za/documents/protection-personal-information-act',
    rule: 'za.popia.regulator',
    given: {
      profile: { establishedIn: ['ZA'] },
      answers: { residences: ['UK'], residencesComplete: true },
      starts: { discovered_at: '2026-06-01T08:00:00Z' },
      now: '2026-06-01T09:00:00Z',
    },
    expect: { applicability: 'yes' },
  },
  {
    name: 'POPIA: South African residents affected, but the responsible party is neither domiciled nor using means in the Republic: not owed',
    cite: 'POPIA s 3(1)(b)',
    url: 'https://www.gov.za/documents/protection-personal-information-act',
    rule: 'za.popia.regulator',
    given: {
      profile: { establishedIn: ['UK'] },
      answers: { residences: ['ZA'], residencesComplete: true },
      starts: { discovered_at: '2026-06-01T08:00:00Z' },
      now: '2026-06-01T09:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'Texas: a business conducting business in Texas notifies affected individuals in California too',
    cite: 'Tex. Bus. & Com. Code 521.053(b) ("any individual"), (b-1)',
    url: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm',
    rule: 'us-tx.individuals',
    given: {
      profile: { establishedIn: ['US-TX'] },
      answers: { residences: ['US-CA'], residencesComplete: true, dataTypes: { governmentId: 'yes' } },
      starts: { breach_determined_at: '2026-09-01T15:00:00Z' },
      now: '2026-09-01T16:00:00Z',
    },
    expect: { applicability: 'yes' },
  },
  {
    name: 'Texas: but the Attorney General counts Texas residents only',
    cite: 'Tex. Bus. & Com. Code 521.053(i) ("at least 250 residents of this state")',
    url: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm',
    rule: 'us-tx.ag',
    given: {
      profile: { establishedIn: ['US-TX'] },
      answers: { residences: ['US-CA'], residencesComplete: true, affected: { 'US-CA': 900 }, dataTypes: { governmentId: 'yes' } },
      starts: { breach_determined_at: '2026-09-01T15:00:00Z' },
      now: '2026-09-01T16:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'California: a company established in California whose breach affects only New Yorkers owes no California notice',
    cite: 'Cal. Civ. Code 1798.82(a) ("to a resident of California")',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82',
    rule: 'us-ca.individuals',
    given: {
      profile: { establishedIn: ['US-CA'] },
      answers: { residences: ['US-NY'], residencesComplete: true, dataTypes: { governmentId: 'yes' } },
      starts: { discovered_at: '2026-02-01T20:00:00Z' },
      now: '2026-02-01T21:00:00Z',
    },
    expect: 'absent',
  },
];

describe('vectors from the primary texts: territorial tests', () => {
  it('cites an official text for every vector', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(10);
    for (const v of VECTORS)
      expect(v.url).toMatch(
        /^https:\/\/(www\.legislation\.gov\.au|eur-lex\.europa\.eu|www\.legislation\.gov\.uk|www\.gov\.za|statutes\.capitol\.texas\.gov|leginfo\.legislature\.ca\.gov)\//,
      );
  });

  it.each(VECTORS)('$name ($cite)', ({ rule, given, expect: wanted }) => {
    const o = obligationsFor(given).find((x) => x.rule.id === rule);
    if (wanted === 'absent') return expect(o).toBeUndefined();
    expect(o?.applicability).toBe(wanted.applicability);
    if (wanted.due) expect(iso(o!.dueAt)).toBe(wanted.due);
  });
});
