/**
 * Issue 30, class 2: conditional duties. A regulator, agency or credit-bureau notice the statute
 * owes only when the consumer notice is owed names that notice (`{ owed: ruleId }`) and follows it;
 * a US state duty exists only for the state's own kind of personal information. Pack-wide walks,
 * then literal vectors from the primary texts.
 */
import type { Condition } from '../../../src/domain/legal/applicability';
import { evaluateObligations } from '../../../src/domain/legal/evaluate-obligations';
import { DEFAULT_LEGAL_SETTINGS, resolveRules } from '../../../src/domain/legal/legal-settings';
import type { LegalRule } from '../../../src/domain/legal/legal-rule';
import { UNSURE_PROFILE } from '../../../src/domain/legal/organisation-profile';
import { ruleApplicability } from '../../../src/domain/legal/rule-applicability';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import { DATA_TYPES } from '../../../src/shared/legal-vocabulary';
import { factsOf, type Given, iso, obligationsFor } from './legal-fixtures';
import { contextOf, names, witnessFor } from './rule-witness';

const owedOf = (rule: LegalRule): string[] => rule.appliesWhen.flatMap((c: Condition) => ('owed' in c ? [c.owed] : []));
const isStateLaw = (r: LegalRule) =>
  /^US-[A-Z]{2}$/.test(r.jurisdiction) && (r.territory.test === 'residents-affected' || r.territory.test === 'established-or-residents');

/**
 * State notices to a regulator or bureau that stand on their own, each with the provision that says so.
 * Everything else addressed to an authority or bureau must follow the consumer notice.
 */
const INDEPENDENT: Record<string, string> = {
  'us-fl.dla': 'Fla. Stat. 501.171(3): "any breach of security affecting 500 or more individuals in this state", harm exception (4)(c) covers individuals only',
  'us-fl.agent': 'Fla. Stat. 501.171(6): a third-party agent tells the covered entity of any breach',
  'us-vt.ag_preliminary': '9 V.S.A. 2435(b)(3), (d)(1)(B): the Attorney General hears of every breach, with the reasons when consumers are not told',
  'us-me.individuals_ag': '10 M.R.S. 1348(1), (5): one rule for residents and regulator, with the misuse test on it',
};

describe('pack-wide: conditional duties', () => {
  const stateRules = SHIPPED_RULES.filter(isStateLaw);
  const toAuthorities = stateRules.filter((r) => !/individual|patient/i.test(r.stage) && r.origin === 'pack');

  it(`walks the ${stateRules.length} US state rules: every notice to an authority or bureau follows the consumer notice, unless its statute says otherwise`, () => {
    expect(toAuthorities.length).toBeGreaterThanOrEqual(10);
    for (const rule of toAuthorities) {
      const follows = owedOf(rule).some((id) => SHIPPED_RULES.find((r) => r.id === id)?.jurisdiction === rule.jurisdiction);
      expect(`${rule.id}: ${follows || rule.id in INDEPENDENT}`).toBe(`${rule.id}: true`);
    }
  });

  it(`walks the ${stateRules.length} US state rules: each exists only for the state's kind of personal information`, () => {
    for (const rule of stateRules) {
      const w = witnessFor(rule);
      w.answers.dataTypes = Object.fromEntries(DATA_TYPES.map((t) => [t, 'no']));
      // Through its own data-type test, or through the consumer notice it follows (which has one).
      const owed = (id: string) =>
        ruleApplicability(
          SHIPPED_RULES.find((r) => r.id === id)!,
          contextOf(w),
        );
      expect(`${rule.id}: ${ruleApplicability(rule, contextOf(w, owed)).fit}`).toBe(`${rule.id}: no`);
    }
  });

  const related = SHIPPED_RULES.filter((r) => owedOf(r).length > 0);
  it.each(related.map((r) => [r.id, owedOf(r).join(', '), r] as const))('%s follows %s: not owed when it is not, pending when it is', (_id, other, rule) => {
    expect(SHIPPED_RULES.some((r) => r.id === other)).toBe(true);
    const w = witnessFor(rule);
    const judged = names(rule.appliesWhen, 'judgement');
    expect(ruleApplicability(rule, contextOf(w)).fit).toBe(judged ? 'unsure' : 'yes');
    expect(
      ruleApplicability(
        rule,
        contextOf(w, () => ({ fit: 'no', questions: [] })),
      ).fit,
    ).toBe('no');
    const pending = ruleApplicability(
      rule,
      contextOf(w, () => ({ fit: 'unsure', questions: ['What is the risk to the people affected?'] })),
    );
    expect(pending).toMatchObject({ fit: 'unsure', questions: expect.arrayContaining(['What is the risk to the people affected?']) });
  });
});

const US = (state: 'US-WA' | 'US-TX' | 'US-CO' | 'US-CA' | 'US-NY', count: number, extra: Given['answers'] = {}): Given['answers'] => ({
  residences: [state],
  residencesComplete: true,
  affected: { [state]: count, total: count },
  ...extra,
});
const SSN = { governmentId: 'yes' as const };
const NO_PERSONAL_INFORMATION = Object.fromEntries(DATA_TYPES.map((t) => [t, 'no' as const]));

interface Vector {
  name: string;
  cite: string;
  url: string;
  given: Given;
  /** Rule id -> expected: 'absent', or the applicability (deadlines are the day-convention vectors' concern). */
  expect: Record<string, 'absent' | { applicability: 'yes' | 'unsure'; due?: string }>;
}

const WA_URL = 'https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010';
const TX_URL = 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm';
const WA_START = { discovered_at: '2026-10-20T18:00:00Z' };
const TX_START = { breach_determined_at: '2026-09-01T15:00:00Z' };

const VECTORS: Vector[] = [
  {
    name: 'Washington: no risk of harm: neither the residents nor the Attorney General are notified',
    cite: 'RCW 19.255.010(1) (not reasonably likely to subject consumers to a risk of harm), (7) (a person "required to issue a notification ... to more than five hundred")',
    url: WA_URL,
    given: { answers: US('US-WA', 600, { risk: 'none', dataTypes: SSN }), starts: WA_START, now: '2026-10-20T19:00:00Z' },
    expect: { 'us-wa.individuals': 'absent', 'us-wa.ag': 'absent' },
  },
  {
    name: 'Washington: a risk of harm to 600 residents: both, 30 days',
    cite: 'RCW 19.255.010(1), (7)',
    url: WA_URL,
    given: { answers: US('US-WA', 600, { risk: 'risk', dataTypes: SSN }), starts: WA_START, now: '2026-10-20T19:00:00Z' },
    expect: { 'us-wa.individuals': { applicability: 'yes' }, 'us-wa.ag': { applicability: 'yes' } },
  },
  {
    name: 'Washington: names and email addresses only are no "personal information": nothing owed',
    cite: 'RCW 19.255.005(2) (definition of personal information)',
    url: 'https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.005',
    given: { answers: US('US-WA', 600, { risk: 'risk', dataTypes: NO_PERSONAL_INFORMATION }), starts: WA_START, now: '2026-10-20T19:00:00Z' },
    expect: { 'us-wa.individuals': 'absent', 'us-wa.ag': 'absent' },
  },
  {
    name: 'Texas: no sensitive personal information (logins only): no notice, so no Attorney General notice either',
    cite: 'Tex. Bus. & Com. Code 521.002(a)(2), 521.053(b), (i) ("a person who is required to disclose ... shall notify the attorney general")',
    url: TX_URL,
    given: { answers: US('US-TX', 300, { dataTypes: { ...NO_PERSONAL_INFORMATION, credentials: 'yes' } }), starts: TX_START, now: '2026-09-01T16:00:00Z' },
    expect: { 'us-tx.individuals': 'absent', 'us-tx.ag': 'absent' },
  },
  {
    name: 'Texas: social security numbers of 300 Texans: the individual notice and the Attorney General notice are both owed',
    cite: 'Tex. Bus. & Com. Code 521.053(b), (i)',
    url: TX_URL,
    given: { answers: US('US-TX', 300, { dataTypes: SSN }), starts: TX_START, now: '2026-09-01T16:00:00Z' },
    expect: {
      'us-tx.individuals': { applicability: 'yes' },
      'us-tx.ag': { applicability: 'yes' },
    },
  },
  {
    name: 'Texas: the bureaus are told when more than 10,000 persons are notified at one time, wherever they live',
    cite: 'Tex. Bus. & Com. Code 521.053(h) ("more than 10,000 persons")',
    url: TX_URL,
    given: {
      answers: { residences: ['US-TX', 'US-CA'], residencesComplete: true, affected: { 'US-TX': 300, 'US-CA': 11_700, total: 12_000 }, dataTypes: SSN },
      starts: TX_START,
      now: '2026-09-01T16:00:00Z',
    },
    expect: { 'us-tx.cra': { applicability: 'yes' } },
  },
  {
    name: 'Colorado: misuse not reasonably likely: no resident notice, so no Attorney General notice for 600 residents',
    cite: 'C.R.S. 6-1-716(2)(a), (2)(f) ("if a covered entity must notify Colorado residents")',
    url: 'https://leg.colorado.gov/sites/default/files/documents/2018A/bills/2018a_1128_signed.pdf',
    given: {
      answers: US('US-CO', 600, { risk: 'none', dataTypes: SSN }),
      starts: { breach_determined_at: '2026-02-10T17:00:00Z' },
      now: '2026-02-10T18:00:00Z',
    },
    expect: { 'us-co.individuals': 'absent', 'us-co.ag': 'absent', 'us-co.cra': 'absent' },
  },
  {
    name: 'California: no personal information of the kinds listed: no sample notice to the Attorney General',
    cite: 'Cal. Civ. Code 1798.82(f) ("required to issue a security breach notification ... to more than 500 California residents"), (h)',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82',
    given: {
      answers: US('US-CA', 600, { dataTypes: NO_PERSONAL_INFORMATION }),
      starts: { discovered_at: '2026-02-01T20:00:00Z' },
      now: '2026-02-01T21:00:00Z',
    },
    expect: { 'us-ca.individuals': 'absent', 'us-ca.ag': 'absent' },
  },
  {
    name: 'New York: state agencies are told only "in the event any New York residents are to be notified"',
    cite: 'N.Y. Gen. Bus. Law 899-aa(8)(a)',
    url: 'https://www.nysenate.gov/legislation/laws/GBS/899-AA',
    given: {
      answers: US('US-NY', 40, { dataTypes: NO_PERSONAL_INFORMATION }),
      starts: { discovered_at: '2026-12-15T14:00:00Z' },
      now: '2026-12-15T15:00:00Z',
      settings: { enabled: { 'us-ny.agencies': true } },
    },
    expect: { 'us-ny.individuals': 'absent', 'us-ny.agencies': 'absent' },
  },
];

describe('vectors from the primary texts: conditional duties', () => {
  it('cites an official text for every vector', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(9);
    for (const v of VECTORS)
      expect(v.url).toMatch(
        /^https:\/\/(app\.leg\.wa\.gov|statutes\.capitol\.texas\.gov|leg\.colorado\.gov|leginfo\.legislature\.ca\.gov|www\.nysenate\.gov)\//,
      );
  });

  it.each(VECTORS)('$name ($cite)', ({ given, expect: wanted }) => {
    const obligations = obligationsFor(given);
    for (const [rule, want] of Object.entries(wanted)) {
      const o = obligations.find((x) => x.rule.id === rule);
      if (want === 'absent') {
        expect(`${rule}: ${o?.applicability ?? 'absent'}`).toBe(`${rule}: absent`);
        continue;
      }
      expect(`${rule}: ${o?.applicability}`).toBe(`${rule}: ${want.applicability}`);
      if (want.due) expect(iso(o!.dueAt)).toBe(want.due);
    }
  });

  it('Texas: switching the individual notice off in the settings does not make the Attorney General notice unconditional (521.053(i))', () => {
    const given: Given = {
      answers: US('US-TX', 300, { dataTypes: { ...NO_PERSONAL_INFORMATION, credentials: 'yes' } }),
      starts: TX_START,
      now: '2026-09-01T16:00:00Z',
      settings: { enabled: { 'us-tx.individuals': false } },
    };
    expect(obligationsFor(given).find((o) => o.rule.id === 'us-tx.ag')).toBeUndefined();
  });

  it('Texas: a recorded decision that the individual notice is not required settles the Attorney General notice too (521.053(i))', () => {
    const given: Given = { answers: US('US-TX', 300, { dataTypes: SSN }), starts: TX_START, now: '2026-09-01T16:00:00Z' };
    const facts = {
      ...factsOf(given),
      decisions: [
        {
          id: 'decision-1',
          ruleId: 'us-tx.individuals',
          decision: 'not-required' as const,
          rationale: 'The numbers were encrypted and the key was not taken (521.002(a)(2) "unencrypted")',
          evidence: [],
          delay: null,
          by: 'acc-test',
          at: given.now,
        },
      ],
    };
    const obligations = evaluateObligations(resolveRules(DEFAULT_LEGAL_SETTINGS), facts, UNSURE_PROFILE, Date.parse(given.now));
    expect(obligations.find((o) => o.rule.id === 'us-tx.individuals')?.state).toBe('not-required');
    expect(obligations.find((o) => o.rule.id === 'us-tx.ag')).toBeUndefined();
  });
});
