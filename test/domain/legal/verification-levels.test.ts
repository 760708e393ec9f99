/**
 * Honest verification levels (issue 30, item 2), walked over every shipped rule: "checked against the primary
 * text" (P) needs a link to the official text and a citation that names the article; a rule that links only
 * secondary sites says so. Plus the doubts the review raised, each pinned to the primary source that settled it
 * (docs/legal-rule-pack-changelog.md, "Verification and citations").
 */
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import type { LegalRule } from '../../../src/domain/legal/legal-rule';
import { VERIFICATION_LABELS, VERIFICATION_LEGEND, VERIFICATION_LEVELS } from '../../../src/shared/legal-vocabulary';

/**
 * Hosts that publish the law itself, as enacted or as officially compiled: the EU's Official Journal (EUR-Lex),
 * legislation.gov.uk, the eCFR and the Federal Register (govinfo), the US Code, state legislatures' own statute
 * sites, and national gazettes or statute databases (Singapore Statutes Online, Swiss Fedlex, Canada's Justice
 * Laws, Australia's Federal Register of Legislation, Portugal's Diário da República, Brazil's Planalto, Japan's
 * e-Gov, India's e-Gazette). A regulator's guidance page, a law firm's briefing or a site that reproduces the text
 * (Cornell LII, gdprhub, laws.sg, lawserver, lawbrary) is secondary, however faithful: add a host here only for
 * a publisher of the official text.
 */
const OFFICIAL_HOSTS = [
  'eur-lex.europa.eu',
  'legislation.gov.uk',
  'ecfr.gov',
  'govinfo.gov',
  'federalregister.gov',
  'uscode.house.gov',
  'leginfo.legislature.ca.gov',
  'statutes.capitol.texas.gov',
  'app.leg.wa.gov',
  'legislature.vermont.gov',
  'legislature.maine.gov',
  'sso.agc.gov.sg',
  'fedlex.admin.ch',
  'laws-lois.justice.gc.ca',
  'legislation.gov.au',
  'diariodarepublica.pt',
  'planalto.gov.br',
  'elaws.e-gov.go.jp',
  'egazette.gov.in',
];

const isOfficial = (url: string) => {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
};

/** A provision, not just an instrument: "Art 33(1)", "s 26D", "r 7(2)", "regulation 5A", "12 CFR 53.4(a)", "Code 521.053". */
const NAMES_A_PROVISION =
  /(\bArts?\b|\bArticle|\bss?\b|§|\bsection|\br\b|\brule\b|\breg(ulation)?\b|\bItem\b|\bCFR\b|\bNYCRR\b|\bU\.S\.C\.|\bCode\b|\bStat\.|\bRCW\b|\bV\.S\.A\.|\bM\.R\.S\.)\s*\d/i;

const rule = (id: string): LegalRule => {
  const found = SHIPPED_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('verification levels say how far each rule was checked', () => {
  it.each(SHIPPED_RULES.filter((r) => r.verification === 'P').map((r) => [r.id, r] as const))(
    '%s, marked as checked against the primary text, links the official text and names the article',
    (_id, r) => {
      expect(r.urls.filter(isOfficial)).not.toHaveLength(0);
      expect(r.citation).toMatch(NAMES_A_PROVISION);
    },
  );

  it('every rule that links only secondary sites (or nothing) is not marked as checked against the primary text, and says so', () => {
    const secondaryOnly = SHIPPED_RULES.filter((r) => !r.urls.some(isOfficial));
    expect(secondaryOnly.length).toBeGreaterThan(0);
    for (const r of secondaryOnly) {
      expect([r.id, r.verification]).not.toEqual([r.id, 'P']);
      expect(VERIFICATION_LABELS[r.verification]).not.toBe(VERIFICATION_LABELS.P);
    }
    expect(VERIFICATION_LABELS.S).toBe('Checked against secondary sources only');
  });

  it('walks the whole pack: every rule has a level with words and a legend, and the words show no codes', () => {
    expect(SHIPPED_RULES.length).toBeGreaterThan(100);
    for (const r of SHIPPED_RULES) expect(VERIFICATION_LEVELS).toContain(r.verification);
    for (const level of VERIFICATION_LEVELS) {
      expect(VERIFICATION_LABELS[level]).toMatch(/^[A-Z][a-z]/);
      expect(VERIFICATION_LEGEND[level].length).toBeGreaterThan(40);
      for (const words of [VERIFICATION_LABELS[level], VERIFICATION_LEGEND[level]]) expect(words).not.toMatch(/\b(P|S1?|UNVERIFIED)\b/);
    }
  });

  it('every URL is a well-formed https or http address', () => {
    for (const r of SHIPPED_RULES) for (const url of r.urls) expect(() => new URL(url)).not.toThrow();
  });
});

describe('the doubts of the review, settled against the primary text', () => {
  it("US banking: the service provider's duty is paragraph (a) of 12 CFR 53.4 / 225.303 / 304.24, apart from the bank's own (53.3 / 225.302 / 304.23)", () => {
    // 86 FR 66424 (23 Nov 2021), regulatory text: § 53.4(a) "A bank service provider is required to notify at least one
    // bank-designated point of contact at each affected banking organization customer as soon as possible ..."
    expect(rule('us.banking.service_provider').citation).toMatch(/53\.4\(a\).*225\.303\(a\).*304\.24\(a\)/);
    expect(rule('us.banking.notification').citation).toMatch(/53\.3.*225\.302.*304\.23/);
    expect(rule('us.banking.service_provider').urls.some((u) => u.includes('ecfr.gov') && u.includes('53.4'))).toBe(true);
  });

  it("India: DPDP Rules 2025 rule 7 commences eighteen months after publication (13 November 2025), in India's zone", () => {
    for (const id of ['in.dpdp.intimation', 'in.dpdp.detailed', 'in.dpdp.principals']) {
      expect(rule(id)).toMatchObject({ status: 'pending', effectiveFrom: '2027-05-13', zone: 'Asia/Kolkata' });
      expect(rule(id).citation).toMatch(/r 1 \(commencement/);
    }
  });

  it('EU AI Act Art 73: kept pending and off, with the amending act named and what is unconfirmed said', () => {
    for (const id of ['eu.aiact.73.general', 'eu.aiact.73.widespread', 'eu.aiact.73.death']) {
      expect(rule(id)).toMatchObject({ status: 'pending', effectiveFrom: '2027-12-02', enabledByDefault: false });
      expect(rule(id).exceptions).toMatch(/2026\/1744/);
      expect(rule(id).exceptions).toMatch(/not (been )?read/);
    }
  });

  it('UK PECR cites regulation 5A on legislation.gov.uk, not an ICO page; the 72 h version applies from 20 August 2025', () => {
    for (const id of ['uk.pecr.ico', 'uk.pecr.ico.duaa']) {
      expect(rule(id).citation).toMatch(/reg(ulation)? 5A/);
      expect(rule(id).urls[0]).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/uksi\/2003\/2426\/regulation\/5A/);
    }
    expect(rule('uk.pecr.ico.duaa')).toMatchObject({ period: { amount: 72, unit: 'hours' }, effectiveFrom: '2025-08-20', enabledByDefault: true });
    expect(rule('uk.pecr.ico')).toMatchObject({ period: { amount: 24, unit: 'hours' }, enabledByDefault: false });
  });

  it('NIS2 Art 23 rules link the directive on EUR-Lex (32022L2555)', () => {
    const nis2 = SHIPPED_RULES.filter((r) => r.id.startsWith('eu.nis2.23.'));
    expect(nis2).toHaveLength(8);
    for (const r of nis2) expect(r.urls).toContain('https://eur-lex.europa.eu/eli/dir/2022/2555/oj');
  });

  it('Portugal: the national NIS2 stage names its law (Decreto-Lei n.º 125/2025) and is honest that its article is not confirmed', () => {
    const pt = rule('eu.nis2.pt.impact_ended');
    expect(pt.citation).toMatch(/Decreto-Lei n\.º 125\/2025/);
    expect(pt.verification).not.toBe('P');
    expect(pt.effectiveFrom).toBe('2026-04-03');
  });

  it('California Health & Safety Code 1280.15: licensed clinics and health facilities report to the CDPH and the patient within 15 business days of detection', () => {
    for (const id of ['us-ca.hsc1280.cdph', 'us-ca.hsc1280.patient']) {
      const r = rule(id);
      expect(r.period).toMatchObject({ amount: 15, unit: 'business_days' });
      expect(r.start).toEqual({ fact: 'detected_at' });
      expect(r.appliesWhen).toContainEqual({ profile: 'caHealthFacility', in: ['yes'] });
      expect(r.citation).toMatch(/Health & Safety Code 1280\.15\(b\)/);
    }
  });
});
