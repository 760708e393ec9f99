/**
 * Issue 30, class 3: lex specialis. DORA is the sector-specific Union act for financial entities
 * (DORA Art 1(2)), so NIS2's reporting provisions do not apply to them (NIS2 Art 4(1)): a DORA
 * financial entity also flagged as a NIS2 entity gets DORA clocks and no NIS2 clocks. A Member
 * State may still want the DORA reports copied to its NIS2 CSIRT (DORA Art 19(1)): a note, not a clock.
 */
import { ruleApplicability } from '../../../src/domain/legal/rule-applicability';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import type { OrganisationProfile } from '../../../src/domain/legal/organisation-profile';
import { PROFILE_LABELS } from '../../../src/shared/organisation-profile-labels';
import { iso, obligationsFor } from './legal-fixtures';
import { contextOf, witnessFor } from './rule-witness';

const DORA_URL = 'https://eur-lex.europa.eu/eli/reg/2022/2554/oj';
const NIS2_URL = 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj';
const FINANCIAL_ENTITIES: OrganisationProfile['dora'][] = ['credit-institution', 'ccp', 'trading-venue', 'other-financial-entity'];
const isNis2 = (regime: string) => regime.startsWith('EU NIS2');

describe('pack-wide: no NIS2 rule is owed by a DORA financial entity', () => {
  const nis2 = SHIPPED_RULES.filter((r) => isNis2(r.regime));

  it.each(FINANCIAL_ENTITIES)(`walks every NIS2 rule: none is owed by a %s that is also a NIS2 entity, whatever else holds`, (dora) => {
    expect(nis2.length).toBeGreaterThanOrEqual(9);
    for (const rule of nis2) {
      const w = witnessFor(rule);
      w.profile.dora = dora;
      expect(`${rule.id}: ${ruleApplicability(rule, contextOf(w)).fit}`).toBe(`${rule.id}: no`);
      w.profile.dora = 'none';
      expect(`${rule.id}: ${ruleApplicability(rule, contextOf(w)).fit}`).not.toBe(`${rule.id}: no`);
    }
  });

  it('while it is unsure whether the entity falls under DORA, every NIS2 rule is pending on that profile question', () => {
    for (const rule of nis2) {
      const w = witnessFor(rule);
      w.profile.dora = 'unsure';
      const fit = ruleApplicability(rule, contextOf(w));
      expect(`${rule.id}: ${fit.fit}`).toBe(`${rule.id}: unsure`);
      expect(fit.questions.join(' | ')).toContain(PROFILE_LABELS.dora);
    }
  });

  it('the DORA initial notification carries the note about copies to the NIS2 CSIRT (DORA Art 19(1)), and no rule adds a clock for it', () => {
    expect(SHIPPED_RULES.find((r) => r.id === 'eu.dora.initial')!.exceptions).toContain('DORA Art 19(1)');
    expect(SHIPPED_RULES.filter((r) => /CSIRT/.test(r.recipient) && r.regime === 'EU DORA')).toEqual([]);
  });
});

describe('vectors from the primary texts: lex specialis', () => {
  const bankAlsoNis2 = { dora: 'credit-institution' as const, nis2: 'essential' as const, memberStates: ['DE'] };
  const starts = { aware_at: '2026-03-02T08:00:00Z', significant_aware_at: '2026-03-02T09:00:00Z', classified_major_at: '2026-03-02T14:00:00Z' };

  it(`a German credit institution flagged NIS2 essential, with a major and significant incident: DORA clocks only (DORA Art 1(2), ${DORA_URL}; NIS2 Art 4(1), ${NIS2_URL})`, () => {
    const obligations = obligationsFor({ profile: bankAlsoNis2, starts, now: '2026-03-02T15:00:00Z' });
    expect(obligations.filter((o) => isNis2(o.rule.regime))).toEqual([]);
    const initial = obligations.find((o) => o.rule.id === 'eu.dora.initial');
    // RTS 2025/301 Art 5(1)(a): 4 h after classification, earlier than 24 h after awareness.
    expect({ applicability: initial?.applicability, due: iso(initial?.dueAt) }).toEqual({ applicability: 'yes', due: '2026-03-02T18:00:00.000Z' });
  });

  it(`the same incident at a NIS2 essential entity outside DORA: the NIS2 early warning is owed, 24 h (NIS2 Art 23(4)(a), ${NIS2_URL})`, () => {
    const obligations = obligationsFor({ profile: { ...bankAlsoNis2, dora: 'none' }, starts, now: '2026-03-02T15:00:00Z' });
    const early = obligations.find((o) => o.rule.id === 'eu.nis2.23.early_warning');
    expect({ applicability: early?.applicability, due: iso(early?.dueAt) }).toEqual({ applicability: 'yes', due: '2026-03-03T09:00:00.000Z' });
    expect(obligations.filter((o) => o.rule.regime === 'EU DORA')).toEqual([]);
  });

  it(`the NIS2 flag still decides the DORA weekend roll: none for the initial report of a NIS2 entity (RTS 2025/301 Art 5(5), https://eur-lex.europa.eu/eli/reg_del/2025/301/oj)`, () => {
    const weekend = { aware_at: '2026-03-06T10:00:00Z', classified_major_at: '2026-03-06T21:00:00Z' };
    const profile = { dora: 'other-financial-entity' as const, nis2: 'important' as const, memberStates: ['DE'] };
    const initial = obligationsFor({ profile, starts: weekend, now: '2026-03-06T22:00:00Z' }).find((o) => o.rule.id === 'eu.dora.initial');
    expect(iso(initial?.dueAt)).toBe('2026-03-07T01:00:00.000Z');
  });
});
