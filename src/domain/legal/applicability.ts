/**
 * Whether a rule applies to an incident, in three values (§2.10): "yes", "no", or "unsure" when an
 * answer is missing or unsure. Unsure keeps the clock on screen as possible rather than hiding it.
 */
import type { DataType, LegalAnswers, Residence, RiskToIndividuals, Tri } from './legal-answers';
import type { OrganisationProfile, ProfileFlag } from './organisation-profile';
import type { TriggerKey } from './legal-rule';
import { DATA_TYPE_LABELS, type DataTypeView } from '../../shared/legal-vocabulary';
import { PROFILE_LABELS } from '../../shared/organisation-profile-labels';

export type Condition =
  | { personalData: true }
  | { risk: RiskToIndividuals[] }
  | { residence: Residence }
  | { dataType: DataType }
  | { profile: ProfileFlag; in: string[] }
  | { memberState: string }
  | { count: Residence | 'total' | 'any-US-state'; atLeast?: number; moreThan?: number; lessThan?: number }
  | { fact: TriggerKey }
  | { sent: string }
  /** A judgement the law leaves to people ("where appropriate"): always possible until decided. */
  | { judgement: string }
  | { any: Condition[] };

export interface ApplicabilityContext {
  answers: LegalAnswers;
  profile: OrganisationProfile;
  hasFact: (trigger: TriggerKey) => boolean;
  wasSent: (ruleId: string) => boolean;
}

const tri = (b: boolean): Tri => (b ? 'yes' : 'no');

/** Kleene conjunction: any "no" wins, then any "unsure". */
export function allOf(values: Tri[]): Tri {
  if (values.includes('no')) return 'no';
  return values.includes('unsure') ? 'unsure' : 'yes';
}

/** Kleene disjunction: any "yes" wins, then any "unsure". */
export function anyOf(values: Tri[]): Tri {
  if (values.includes('yes')) return 'yes';
  return values.includes('unsure') ? 'unsure' : 'no';
}

/**
 * @example applies([{ personalData: true }], { ...ctx, answers: { ...NO_ANSWERS, personalData: 'yes' } }) // 'yes'
 */
export function applies(conditions: readonly Condition[], ctx: ApplicabilityContext): Tri {
  return allOf(conditions.map((c) => evaluate(c, ctx)));
}

function evaluate(c: Condition, ctx: ApplicabilityContext): Tri {
  const { answers, profile } = ctx;
  if ('personalData' in c) return answers.personalData === null ? 'unsure' : answers.personalData;
  if ('risk' in c) return answers.risk === null || answers.risk === 'unsure' ? 'unsure' : tri(c.risk.includes(answers.risk));
  if ('residence' in c) return answers.residences.includes(c.residence) ? 'yes' : answers.residencesComplete ? 'no' : 'unsure';
  if ('dataType' in c) return answers.dataTypes[c.dataType] ?? 'unsure';
  if ('profile' in c) {
    const value = profile[c.profile];
    return value === 'unsure' ? 'unsure' : tri(c.in.includes(value));
  }
  if ('memberState' in c) return tri(profile.memberStates.includes(c.memberState));
  if ('count' in c) return countMeets(c, answers);
  if ('fact' in c) return tri(ctx.hasFact(c.fact));
  if ('sent' in c) return tri(ctx.wasSent(c.sent));
  if ('judgement' in c) return 'unsure';
  return anyOf(c.any.map((inner) => evaluate(inner, ctx)));
}

function countMeets(c: Extract<Condition, { count: string }>, answers: LegalAnswers): Tri {
  const n = c.count === 'any-US-state' ? maxUsStateCount(answers) : answers.affected[c.count];
  if (n === undefined) return 'unsure';
  const meets = (c.atLeast === undefined || n >= c.atLeast) && (c.moreThan === undefined || n > c.moreThan) && (c.lessThan === undefined || n < c.lessThan);
  return tri(meets);
}

/** HIPAA's media notice counts residents per state (45 CFR 164.406): the largest state decides. */
function maxUsStateCount(answers: LegalAnswers): number | undefined {
  const counts = Object.entries(answers.affected)
    .filter(([k]) => k.startsWith('US-'))
    .map(([, v]) => v);
  return counts.length > 0 ? Math.max(...counts) : undefined;
}

/**
 * The questions whose answers would decide an "unsure" rule, in words: what the responder (or the
 * admin, for the organisation's profile) must answer before the rule applies or falls away.
 * @example openQuestions([{ personalData: true }], ctx) // ['Is personal data involved?'] while unanswered
 */
export function openQuestions(conditions: readonly Condition[], ctx: ApplicabilityContext): string[] {
  const questions = conditions.flatMap((c) => (evaluate(c, ctx) === 'unsure' ? questionsOf(c, ctx) : []));
  return [...new Set(questions)];
}

function questionsOf(c: Condition, ctx: ApplicabilityContext): string[] {
  if ('personalData' in c) return ['Is personal data involved?'];
  if ('risk' in c) return ['What is the risk to the people affected?'];
  if ('residence' in c) return ['Where do the people affected live?'];
  if ('dataType' in c) return [`Does it involve ${DATA_TYPE_LABELS[c.dataType as DataTypeView]?.toLowerCase() ?? 'that kind of data'}?`];
  if ('profile' in c) return [`Legal profile in the settings: ${PROFILE_LABELS[c.profile] ?? 'a question'}`];
  if ('count' in c) return ['How many people are affected?'];
  if ('judgement' in c) return ['A judgement the law leaves to you: decide it on the rule'];
  if ('any' in c) return c.any.flatMap((inner) => (evaluate(inner, ctx) === 'unsure' ? questionsOf(inner, ctx) : []));
  return [];
}
