/**
 * Whether a rule applies to an incident, in three values (§2.10): "yes", "no", or "unsure" when an
 * answer is missing or unsure. Unsure keeps the clock on screen as possible rather than hiding it.
 */
import type { DataType, LegalAnswers, Residence, RiskToIndividuals, ThresholdKey, Tri } from './legal-answers';
import type { OrganisationProfile, ProfileFlag } from './organisation-profile';
import type { TriggerKey } from './trigger-key';
import { DATA_TYPE_LABELS, type DataTypeView, ENCRYPTED_QUESTION, THRESHOLD_LABELS } from '../../shared/legal-vocabulary';
import { thresholdMet } from './significance-threshold';
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
  /** Another rule is owed: a regulator notice owed only when the consumer notice is (issue 30, class 2). */
  | { owed: string }
  /** A significance threshold responders decide (NIS2 significant, DORA major, SEC material). */
  | { threshold: ThresholdKey }
  /** The organisation is established or carries on business in the place (territorial-scope.ts). */
  | { established: Residence }
  /**
   * The data was not encrypted with its key kept safe: the laws' "unencrypted" or "unsecured" data. Not
   * answered counts as unencrypted, since the organisation must show the safe harbour; "unsure" stays open.
   */
  | { unencrypted: true }
  | { any: Condition[] };

export interface ApplicabilityContext {
  answers: LegalAnswers;
  profile: OrganisationProfile;
  hasFact: (trigger: TriggerKey) => boolean;
  wasSent: (ruleId: string) => boolean;
  /** Whether another rule is owed, with its open questions (evaluate-obligations.ts); unsure when absent. */
  ruleOwed?: (ruleId: string) => { fit: Tri; questions: string[] };
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
  if ('residence' in c) {
    if (answers.residences.includes(c.residence)) return 'yes';
    // The profile's places bound where affected people can live, unless the responder names another.
    const outsideProfile = profile.operatesIn.length > 0 && !profile.operatesIn.includes(c.residence);
    return answers.residencesComplete || outsideProfile ? 'no' : 'unsure';
  }
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
  if ('owed' in c) return ctx.ruleOwed?.(c.owed).fit ?? 'unsure';
  if ('threshold' in c) return thresholdMet(c.threshold, answers.thresholds, ctx.hasFact);
  if ('established' in c) return establishedIn(c.established, profile);
  if ('unencrypted' in c) return answers.encrypted === undefined ? 'yes' : answers.encrypted === 'unsure' ? 'unsure' : tri(answers.encrypted === 'no');
  return anyOf(c.any.map((inner) => evaluate(inner, ctx)));
}

/** The profile's places of establishment or business (empty: not answered yet). */
function establishedIn(place: Residence, profile: OrganisationProfile): Tri {
  const places = profile.establishedIn ?? [];
  return places.length === 0 ? 'unsure' : tri(places.includes(place));
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
  if ('owed' in c) return ctx.ruleOwed?.(c.owed).questions ?? [];
  if ('threshold' in c) return [THRESHOLD_LABELS[c.threshold]];
  if ('unencrypted' in c) return [ENCRYPTED_QUESTION];
  if ('established' in c) return [`Legal profile in the settings: ${PROFILE_LABELS.establishedIn ?? 'where the organisation does business'}`];
  if ('any' in c) return c.any.flatMap((inner) => (evaluate(inner, ctx) === 'unsure' ? questionsOf(inner, ctx) : []));
  return [];
}
