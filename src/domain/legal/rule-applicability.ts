/**
 * Whether one rule is owed, in three values, with the questions that would decide it (issue 30):
 * its territorial test and conditions must all hold, and none of its exceptions may be met. An
 * exception is an answer that makes the rule not owed (GDPR Art 33(1) "unless ... unlikely to
 * result in a risk"); while that answer is missing the rule is pending on it, never owed.
 */
import { type ApplicabilityContext, allOf, applies, anyOf, openQuestions } from './applicability';
import type { Tri } from './legal-answers';
import type { LegalRule } from './legal-rule';
import { territoryConditions } from './territorial-scope';

export interface RuleFit {
  fit: Tri;
  /** While unsure: the questions whose answers would decide it, in words. */
  questions: string[];
}

const not = (t: Tri): Tri => (t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unsure');

/**
 * @example ruleApplicability(gdpr33, ctxWith({ personalData: 'yes', residences: ['EU'], residencesComplete: true, risk: 'none' })).fit // 'no'
 */
export function ruleApplicability(rule: Pick<LegalRule, 'appliesWhen' | 'territory' | 'notOwedWhen'>, ctx: ApplicabilityContext): RuleFit {
  const conditions = [...territoryConditions(rule.territory), ...rule.appliesWhen];
  const exceptions = rule.notOwedWhen ?? [];
  const excepted = anyOf(exceptions.map((e) => applies([e], ctx)));
  const fit = allOf([applies(conditions, ctx), not(excepted)]);
  if (fit !== 'unsure') return { fit, questions: [] };
  const open = exceptions.filter((e) => applies([e], ctx) === 'unsure');
  return { fit, questions: [...new Set([...openQuestions(conditions, ctx), ...openQuestions(open, ctx)])] };
}
