/**
 * Conditional duties (issue 30, class 2): a regulator or agency notice the law owes only when the
 * consumer notice is owed ("a person required to notify ... more than 500 residents shall notify
 * the attorney general", RCW 19.255.010(7)). The `{ owed: ruleId }` condition asks this for the
 * other rule: its own fit, or "no" once people decided it is not required.
 */
import type { ApplicabilityContext } from './applicability';
import type { Tri } from './legal-answers';
import { currentDecision, type LegalFacts } from './legal-facts';
import type { LegalRule } from './legal-rule';
import { type RuleFit, ruleApplicability } from './rule-applicability';

/**
 * A memoised `ruleOwed` for the applicability context. Rules the settings switched off are still
 * looked up in `fallback` (the shipped pack): switching the consumer notice off does not make the
 * regulator notice unconditional. An unknown id, or a cycle in custom data, is "unsure".
 * @example owedRelation(byId, SHIPPED_RULES, facts, base)('us-tx.individuals') // { fit: 'no', questions: [] } without sensitive personal information
 */
export function owedRelation(
  rules: ReadonlyMap<string, Pick<LegalRule, 'appliesWhen' | 'territory' | 'notOwedWhen'>>,
  fallback: readonly LegalRule[],
  facts: LegalFacts,
  base: Omit<ApplicabilityContext, 'ruleOwed'>,
): (ruleId: string) => RuleFit {
  const memo = new Map<string, RuleFit>();
  const unsure: RuleFit = { fit: 'unsure' as Tri, questions: [] };
  const ruleOwed = (id: string): RuleFit => {
    const known = memo.get(id);
    if (known) return known;
    memo.set(id, unsure);
    const rule = rules.get(id) ?? fallback.find((r) => r.id === id);
    const fit: RuleFit = !rule
      ? unsure
      : currentDecision(facts, id)?.decision === 'not-required'
        ? { fit: 'no', questions: [] }
        : ruleApplicability(rule, { ...base, ruleOwed });
    memo.set(id, fit);
    return fit;
  };
  return ruleOwed;
}
