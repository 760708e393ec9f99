/**
 * Issue 30, class 1 and item 3: a rule's own exceptions and harm thresholds are answers that make it
 * not owed; a significance threshold (NIS2 significant, DORA major, SEC material) keeps a regime
 * pending on its question until someone decides it. Pack-wide walks, then literal vectors from the
 * primary texts (each cites the provision and the official text).
 */
import type { Condition } from '../../../src/domain/legal/applicability';
import type { LegalRule } from '../../../src/domain/legal/legal-rule';
import { ruleApplicability } from '../../../src/domain/legal/rule-applicability';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import { ENCRYPTED_QUESTION, THRESHOLD_LABELS } from '../../../src/shared/legal-vocabulary';
import { type Given, iso, obligationsFor } from './legal-fixtures';
import { contextOf, names, type Witness, witnessFor } from './rule-witness';

const HARM_WORDS = /unlikely|not reasonably likely|not reasonably possible|low probability|misuse|substantial harm/i;
const RISK_QUESTION = 'What is the risk to the people affected?';

/** Answers one exception condition: met, explicitly not met, or left open. */
function answer(c: Condition, w: Witness, how: 'met' | 'not-met' | 'open'): void {
  if ('risk' in c) w.answers.risk = how === 'met' ? c.risk[0]! : how === 'not-met' ? 'high' : null;
  else if ('profile' in c) (w.profile as unknown as Record<string, string>)[c.profile] = how === 'met' ? c.in[0]! : how === 'not-met' ? 'none' : 'unsure';
  else throw new Error(`No test answer for ${JSON.stringify(c)}`);
}

function fitWith(rule: LegalRule, how: 'met' | 'not-met' | 'open') {
  const w = witnessFor(rule);
  for (const c of rule.notOwedWhen ?? []) answer(c, w, how === 'met' ? 'not-met' : how);
  if (how === 'met') answer(rule.notOwedWhen![0]!, w, 'met');
  return ruleApplicability(rule, contextOf(w));
}

describe('pack-wide: every exception is an answer that makes the rule not owed', () => {
  const stated = SHIPPED_RULES.filter((r) => HARM_WORDS.test(r.exceptions));
  const excepted = SHIPPED_RULES.filter((r) => (r.notOwedWhen ?? []).length > 0);

  it(`walks all ${SHIPPED_RULES.length} rules: each whose own words state a harm threshold declares the risk answer that decides it`, () => {
    expect(stated.length).toBeGreaterThanOrEqual(9);
    for (const rule of stated) expect(`${rule.id}: ${names(rule.notOwedWhen, 'risk') || names(rule.appliesWhen, 'risk')}`).toBe(`${rule.id}: true`);
  });

  it.each(excepted.map((r) => [r.id, r] as const))(
    '%s: owed with every condition met, not owed once its exception is met, pending while it is open',
    (_id, rule) => {
      const judged = names(rule.appliesWhen, 'judgement');
      expect(fitWith(rule, 'not-met').fit).toBe(judged ? 'unsure' : 'yes');
      expect(fitWith(rule, 'met')).toEqual({ fit: 'no', questions: [] });
      const open = fitWith(rule, 'open');
      expect(open.fit).toBe('unsure');
      expect(open.questions.length).toBeGreaterThan(0);
    },
  );

  it('declares exceptions on at least the rules the reviewer sampled', () => {
    expect(excepted.map((r) => r.id)).toEqual(expect.arrayContaining(['eu.gdpr.33.sa', 'uk.gdpr.33.ico', 'us.sec.regsp.customers']));
  });
});

describe('pack-wide: the encryption safe harbour is an answer', () => {
  const ENCRYPTION_WORDS = /encrypt|unintelligible|unsecured/i;
  const worded = SHIPPED_RULES.filter((r) => ENCRYPTION_WORDS.test(`${r.exceptions} ${r.citation}`));
  const stateLaws = SHIPPED_RULES.filter((r) => /^US-[A-Z]{2}$/.test(r.jurisdiction) && r.territory.test !== 'regulated-status');
  const harboured = SHIPPED_RULES.filter((r) => names(r.appliesWhen, 'unencrypted'));

  it(`walks all ${SHIPPED_RULES.length} rules: each whose words name encryption, and every US state breach rule, declares it`, () => {
    expect(worded.length).toBeGreaterThanOrEqual(4);
    for (const rule of worded) expect(`${rule.id}: ${names(rule.appliesWhen, 'unencrypted')}`).toBe(`${rule.id}: true`);
    // A state notice that follows the consumer notice inherits its safe harbour through { owed }.
    for (const rule of stateLaws) expect(`${rule.id}: ${names(rule.appliesWhen, 'unencrypted') || names(rule.appliesWhen, 'owed')}`).toBe(`${rule.id}: true`);
  });

  it.each(harboured.map((r) => [r.id, r] as const))(
    '%s: encrypted with the key safe: not owed; unsure: pending on it; not answered: not claimed',
    (_id, rule) => {
      const w = witnessFor(rule);
      if (rule.notOwedWhen) for (const c of rule.notOwedWhen) answer(c, w, 'not-met');
      const unanswered = ruleApplicability(rule, contextOf(w)).fit;
      expect(unanswered).not.toBe('no');
      expect(ruleApplicability(rule, contextOf({ ...w, answers: { ...w.answers, encrypted: 'no' } })).fit).toBe(unanswered);
      expect(ruleApplicability(rule, contextOf({ ...w, answers: { ...w.answers, encrypted: 'yes' } })).fit).toBe('no');
      const open = ruleApplicability(rule, contextOf({ ...w, answers: { ...w.answers, encrypted: 'unsure' } }));
      expect(open.fit).toBe('unsure');
      expect(open.questions).toContain(ENCRYPTED_QUESTION);
    },
  );
});

describe('pack-wide: significance thresholds keep a regime pending until decided', () => {
  const byRegime: [string, keyof typeof THRESHOLD_LABELS, (r: LegalRule) => boolean][] = [
    ['EU NIS2', 'nis2Significant', (r) => r.regime.startsWith('EU NIS2')],
    ['EU DORA', 'doraMajor', (r) => r.regime === 'EU DORA'],
    ['SEC Form 8-K filing', 'secMaterial', (r) => r.id === 'us.sec.8k.filing'],
  ];
  it.each(byRegime)('every %s rule waits on "%s"', (_name, key, select) => {
    const rules = SHIPPED_RULES.filter(select);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const w = witnessFor(rule);
      expect(`${rule.id}: ${JSON.stringify(rule.appliesWhen)}`).toContain(`{"threshold":"${key}"}`);
      w.answers.thresholds = {};
      const open = ruleApplicability(rule, contextOf(w));
      expect(`${rule.id}: ${open.fit}`).toBe(`${rule.id}: unsure`);
      expect(open.questions).toContain(THRESHOLD_LABELS[key]);
      w.answers.thresholds = { [key]: 'no' };
      expect(`${rule.id}: ${ruleApplicability(rule, contextOf(w)).fit}`).toBe(`${rule.id}: no`);
    }
  });
});

const EU = { residences: ['EU' as const], residencesComplete: true };
const AWARE = { aware_at: '2026-03-02T09:00:00Z' };
const NOW = '2026-03-02T10:00:00Z';
const find = (given: Given, rule: string) => obligationsFor(given).find((o) => o.rule.id === rule);

interface Vector {
  name: string;
  /** Provision, and the official text it was read from. */
  cite: string;
  url: string;
  rule: string;
  given: Given;
  /** "absent": not owed; else the applicability, with an open question and the deadline where given. */
  expect: 'absent' | { applicability: 'yes' | 'unsure'; question?: string; due?: string | null };
}

const VECTORS: Vector[] = [
  {
    name: 'GDPR: a breach unlikely to result in a risk is not notified to the authority',
    cite: 'GDPR Art 33(1) "unless the personal data breach is unlikely to result in a risk to the rights and freedoms of natural persons"',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    rule: 'eu.gdpr.33.sa',
    given: { answers: { ...EU, risk: 'none' }, starts: AWARE, now: NOW },
    expect: 'absent',
  },
  {
    name: 'GDPR: until the risk is assessed the notice is pending on that question, its 72 h still shown',
    cite: 'GDPR Art 33(1)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    rule: 'eu.gdpr.33.sa',
    given: { answers: EU, starts: AWARE, now: NOW },
    expect: { applicability: 'unsure', question: RISK_QUESTION, due: '2026-03-05T09:00:00.000Z' },
  },
  {
    name: 'GDPR: a risk to individuals makes the notice owed',
    cite: 'GDPR Art 33(1)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    rule: 'eu.gdpr.33.sa',
    given: { answers: { ...EU, risk: 'risk' }, starts: AWARE, now: NOW },
    expect: { applicability: 'yes', due: '2026-03-05T09:00:00.000Z' },
  },
  {
    name: 'UK GDPR: the same exception for the ICO notice',
    cite: 'UK GDPR Art 33(1) "unless the personal data breach is unlikely to result in a risk"',
    url: 'https://www.legislation.gov.uk/eur/2016/679/article/33',
    rule: 'uk.gdpr.33.ico',
    given: { answers: { residences: ['UK'], residencesComplete: true, risk: 'none' }, starts: AWARE, now: NOW },
    expect: 'absent',
  },
  {
    name: 'Reg S-P: no customer notice when the information is not reasonably likely to be used to cause substantial harm',
    cite: '17 CFR 248.30(a)(4)(i)',
    url: 'https://www.ecfr.gov/current/title-17/chapter-II/part-248/subpart-A/section-248.30',
    rule: 'us.sec.regsp.customers',
    given: {
      profile: { regSpInstitution: 'yes' },
      answers: { risk: 'none', dataTypes: { financial: 'yes' } },
      starts: { aware_at: '2026-07-01T16:00:00Z' },
      now: '2026-07-01T17:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'Reg S-P: sensitive customer information with a risk of harm: the customer notice is owed',
    cite: '17 CFR 248.30(a)(4)(i)',
    url: 'https://www.ecfr.gov/current/title-17/chapter-II/part-248/subpart-A/section-248.30',
    rule: 'us.sec.regsp.customers',
    given: {
      profile: { regSpInstitution: 'yes' },
      answers: { risk: 'risk', dataTypes: { financial: 'yes' } },
      starts: { aware_at: '2026-07-01T16:00:00Z' },
      now: '2026-07-01T17:00:00Z',
    },
    expect: { applicability: 'yes' },
  },
  {
    name: 'HIPAA: a low probability of compromise, shown by the risk assessment, is no breach: no notice to individuals',
    cite: '45 CFR 164.402 "Breach" (2)',
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.402',
    rule: 'us.hipaa.404.individuals',
    given: {
      profile: { hipaa: 'covered-entity' },
      answers: { risk: 'none', dataTypes: { health: 'yes' } },
      starts: { discovered_at: '2026-01-15T12:00:00Z' },
      now: NOW,
    },
    expect: 'absent',
  },
  {
    name: 'HIPAA: nor to the Secretary',
    cite: '45 CFR 164.402 "Breach" (2); 164.408(a)',
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.408',
    rule: 'us.hipaa.408.hhs_large',
    given: {
      profile: { hipaa: 'covered-entity' },
      answers: { risk: 'none', dataTypes: { health: 'yes' }, affected: { total: 800 } },
      starts: { discovered_at: '2026-01-15T12:00:00Z' },
      now: NOW,
    },
    expect: 'absent',
  },
  {
    name: 'Colorado: misuse has not occurred and is not reasonably likely: no notice to residents',
    cite: 'C.R.S. 6-1-716(2)(a)',
    url: 'https://leg.colorado.gov/sites/default/files/documents/2018A/bills/2018a_1128_signed.pdf',
    rule: 'us-co.individuals',
    given: {
      answers: { residences: ['US-CO'], residencesComplete: true, risk: 'none', dataTypes: { governmentId: 'yes' } },
      starts: { breach_determined_at: '2026-02-10T17:00:00Z' },
      now: '2026-02-10T18:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'Florida: identity theft or financial harm not likely: no notice to individuals',
    cite: 'Fla. Stat. 501.171(4)(c)',
    url: 'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html',
    rule: 'us-fl.individuals',
    given: {
      answers: { residences: ['US-FL'], residencesComplete: true, risk: 'none', dataTypes: { governmentId: 'yes' } },
      starts: { breach_determined_at: '2026-04-01T12:00:00Z' },
      now: '2026-04-01T13:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'Florida: the notice to the Department stands on its own (501.171(3) has no harm exception)',
    cite: 'Fla. Stat. 501.171(3)(a)',
    url: 'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html',
    rule: 'us-fl.dla',
    given: {
      answers: { residences: ['US-FL'], residencesComplete: true, risk: 'none', dataTypes: { governmentId: 'yes' }, affected: { 'US-FL': 600 } },
      starts: { breach_determined_at: '2026-04-01T12:00:00Z' },
      now: '2026-04-01T13:00:00Z',
    },
    expect: { applicability: 'yes' },
  },
  {
    name: 'Maine: notice only when misuse has occurred or is reasonably possible',
    cite: '10 M.R.S. 1348(1)(B)',
    url: 'https://legislature.maine.gov/statutes/10/title10sec1348.html',
    rule: 'us-me.individuals_ag',
    given: {
      answers: { residences: ['US-ME'], residencesComplete: true, risk: 'none', dataTypes: { governmentId: 'yes' } },
      starts: { aware_and_scoped_at: '2026-06-01T14:00:00Z' },
      now: '2026-06-01T15:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'Vermont: misuse not reasonably possible: no consumer notice',
    cite: '9 V.S.A. 2435(d)(1)',
    url: 'https://legislature.vermont.gov/statutes/section/09/062/02435',
    rule: 'us-vt.individuals',
    given: {
      answers: { residences: ['US-VT'], residencesComplete: true, risk: 'none', dataTypes: { governmentId: 'yes' } },
      starts: { discovered_at: '2026-08-10T14:00:00Z' },
      now: '2026-08-10T15:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'GDPR: high risk, but the lost laptop was encrypted with the key safe: no communication to data subjects',
    cite: 'GDPR Art 34(3)(a) ("render the personal data unintelligible ... such as encryption")',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    rule: 'eu.gdpr.34.subjects',
    given: { answers: { ...EU, risk: 'high', encrypted: 'yes' }, starts: { high_risk_determined_at: '2026-03-03T12:00:00Z' }, now: NOW },
    expect: 'absent',
  },
  {
    name: 'GDPR: the same breach is still notified to the authority (Art 33 has no encryption exception; the risk decides)',
    cite: 'GDPR Art 33(1)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    rule: 'eu.gdpr.33.sa',
    given: { answers: { ...EU, risk: 'high', encrypted: 'yes' }, starts: AWARE, now: NOW },
    expect: { applicability: 'yes', due: '2026-03-05T09:00:00.000Z' },
  },
  {
    name: 'California: encrypted personal information, key not taken: no notice',
    cite: 'Cal. Civ. Code 1798.82(a) ("unencrypted personal information, or encrypted personal information ... and the encryption key ... was ... acquired")',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82',
    rule: 'us-ca.individuals',
    given: {
      answers: { residences: ['US-CA'], residencesComplete: true, dataTypes: { governmentId: 'yes' }, encrypted: 'yes' },
      starts: { discovered_at: '2026-02-01T20:00:00Z' },
      now: '2026-02-01T21:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'HIPAA: PHI encrypted as the guidance specifies is not "unsecured": no notice',
    cite: '45 CFR 164.402 ("Unsecured protected health information"), 164.404(a)(1)',
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.402',
    rule: 'us.hipaa.404.individuals',
    given: {
      profile: { hipaa: 'covered-entity' },
      answers: { risk: 'risk', dataTypes: { health: 'yes' }, encrypted: 'yes' },
      starts: { discovered_at: '2026-01-15T12:00:00Z' },
      now: NOW,
    },
    expect: 'absent',
  },
  {
    name: 'FTC Safeguards: a notification event is the acquisition of unencrypted customer information',
    cite: '16 CFR 314.2 ("Notification event"), 314.4(j)',
    url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-314/section-314.2',
    rule: 'us.ftc.safeguards',
    given: {
      profile: { ftcFinancialInstitution: 'yes' },
      answers: { affected: { total: 900 }, encrypted: 'yes' },
      starts: { discovered_at: '2026-04-10T10:00:00Z' },
      now: '2026-04-10T11:00:00Z',
    },
    expect: 'absent',
  },
  {
    name: 'NIS2: nobody has judged the incident significant yet: the early warning is pending on that question, not owed',
    cite: 'NIS2 Art 23(1), 23(3) ("significant incident")',
    url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    rule: 'eu.nis2.23.early_warning',
    given: { profile: { nis2: 'essential', dora: 'none' }, now: NOW },
    expect: { applicability: 'unsure', question: THRESHOLD_LABELS.nis2Significant, due: null },
  },
  {
    name: 'NIS2: judged not significant: no NIS2 report',
    cite: 'NIS2 Art 23(1), 23(3)',
    url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    rule: 'eu.nis2.23.early_warning',
    given: { profile: { nis2: 'essential', dora: 'none' }, answers: { thresholds: { nis2Significant: 'no' } }, now: NOW },
    expect: 'absent',
  },
  {
    name: 'NIS2: recording the awareness of a significant incident answers the question: 24 h owed',
    cite: 'NIS2 Art 23(4)(a)',
    url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    rule: 'eu.nis2.23.early_warning',
    given: { profile: { nis2: 'essential', dora: 'none' }, starts: { significant_aware_at: '2026-05-01T23:00:00Z' }, now: '2026-05-02T00:00:00Z' },
    expect: { applicability: 'yes', due: '2026-05-02T23:00:00.000Z' },
  },
  {
    name: 'DORA: before classification the initial notification is pending on "major?", its 24 h outer limit shown',
    cite: 'DORA Art 19(1); RTS 2025/301 Art 5(1)(a)',
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2554/oj',
    rule: 'eu.dora.initial',
    given: { profile: { dora: 'other-financial-entity', nis2: 'none', memberStates: ['DE'] }, starts: { aware_at: '2026-03-02T08:00:00Z' }, now: NOW },
    expect: { applicability: 'unsure', question: THRESHOLD_LABELS.doraMajor, due: '2026-03-03T08:00:00.000Z' },
  },
  {
    name: 'DORA: classified as not major: nothing to report',
    cite: 'DORA Art 19(1) ("major ICT-related incidents")',
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2554/oj',
    rule: 'eu.dora.initial',
    given: {
      profile: { dora: 'other-financial-entity', nis2: 'none', memberStates: ['DE'] },
      answers: { thresholds: { doraMajor: 'no' } },
      starts: { aware_at: '2026-03-02T08:00:00Z' },
      now: NOW,
    },
    expect: 'absent',
  },
  {
    name: 'SEC: a registrant whose incident is not yet judged material: the 8-K is pending on materiality',
    cite: 'Form 8-K Item 1.05(a) ("determined by the registrant to be material")',
    url: 'https://www.sec.gov/files/form8-k.pdf',
    rule: 'us.sec.8k.filing',
    given: { profile: { secRegistrant: 'yes' }, now: NOW },
    expect: { applicability: 'unsure', question: THRESHOLD_LABELS.secMaterial, due: null },
  },
  {
    name: 'SEC: judged not material: no 8-K',
    cite: 'Form 8-K Item 1.05(a)',
    url: 'https://www.sec.gov/files/form8-k.pdf',
    rule: 'us.sec.8k.filing',
    given: { profile: { secRegistrant: 'yes' }, answers: { thresholds: { secMaterial: 'no' } }, now: NOW },
    expect: 'absent',
  },
];

describe('vectors from the primary texts: exceptions and thresholds', () => {
  it('cites an official text for every vector', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(20);
    for (const v of VECTORS)
      expect(v.url).toMatch(
        /^https?:\/\/(eur-lex\.europa\.eu|www\.legislation\.gov\.uk|www\.ecfr\.gov|www\.sec\.gov|leginfo\.legislature\.ca\.gov|leg\.colorado\.gov|www\.leg\.state\.fl\.us|legislature\.(maine|vermont)\.gov)\//,
      );
  });

  it.each(VECTORS)('$name ($cite)', ({ rule, given, expect: wanted }) => {
    const o = find(given, rule);
    if (wanted === 'absent') return expect(o).toBeUndefined();
    expect(o).toBeDefined();
    expect(o!.applicability).toBe(wanted.applicability);
    if (wanted.question) expect(o!.openQuestions).toContain(wanted.question);
    if (wanted.applicability === 'yes') expect(o!.openQuestions).toEqual([]);
    if (wanted.due !== undefined) expect(iso(o!.dueAt)).toBe(wanted.due);
  });
});
