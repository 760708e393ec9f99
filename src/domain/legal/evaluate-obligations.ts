/**
 * The legal obligations of one incident (§2.1 obligation instances, §2.7): every rule in force is
 * evaluated on its own (regimes add up), those that apply or may apply become obligations with
 * their timing, sendings and decision, sorted by legal deadline. Never paused: nothing here reads
 * the SLA pause conditions or the issue status.
 */
import type { ApplicabilityContext } from './applicability';
import { currentDecision, currentSendings, currentStart, type LegalDecisionEntry, type LegalFacts, type NoticeSentEntry } from './legal-facts';
import { isInEffectAt } from './legal-period';
import type { ResolvedRule } from './legal-settings';
import { type ObligationTiming, obligationTiming } from './obligation-timing';
import type { OrganisationProfile } from './organisation-profile';
import { owedRelation } from './owed-relation';
import { ruleApplicability } from './rule-applicability';
import { SHIPPED_RULES } from './rule-pack';

export type ObligationState = 'waiting' | 'open' | 'sent' | 'not-required' | 'delayed';

export interface Obligation extends ObligationTiming {
  rule: ResolvedRule;
  /** "yes", or "unsure": shown as possible until the questions are answered. */
  applicability: 'yes' | 'unsure';
  /** While unsure: the questions whose answers would decide it, in words. */
  openQuestions: string[];
  state: ObligationState;
  /** The end of a recorded lawful delay (or its review date); the original deadline stays visible. */
  delayedUntil: number | null;
  sendings: NoticeSentEntry[];
  decision: LegalDecisionEntry | null;
}

export function evaluateObligations(rules: readonly ResolvedRule[], facts: LegalFacts, profile: OrganisationProfile, now: number): Obligation[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const base: Omit<ApplicabilityContext, 'ruleOwed'> = {
    answers: facts.answers,
    profile,
    hasFact: (t) => currentStart(facts, t) !== undefined,
    wasSent: (id) => currentSendings(facts, id).length > 0,
  };
  const applicability: ApplicabilityContext = { ...base, ruleOwed: owedRelation(byId, SHIPPED_RULES, facts, base) };
  const timings = new Map<string, ObligationTiming | undefined>();
  const timingOf = (id: string): ObligationTiming | undefined => {
    if (!timings.has(id)) {
      timings.set(id, undefined); // guards against a cycle in custom data
      const rule = byId.get(id);
      timings.set(id, rule ? obligationTiming(rule, { facts, profile, applicability, now, timingOf }) : undefined);
    }
    return timings.get(id);
  };

  const obligations: Obligation[] = [];
  for (const rule of rules) {
    if (rule.replaces) continue;
    // Territory, conditions and the rule's own exceptions (issue 30): pending on a question is not owed.
    const { fit, questions } = ruleApplicability(rule, applicability);
    if (fit === 'no') continue;
    const timing = timingOf(rule.id)!;
    if (!isInEffectAt(rule, timing.startedAt ?? now)) continue;
    let obligation = toObligation(rule, fit, timing, facts);
    const replacement = rule.replacedIfOngoingBy ? byId.get(rule.replacedIfOngoingBy) : undefined;
    if (replacement && isReplaced(obligation, replacement, facts, now)) obligation = toObligation(replacement, fit, timingOf(replacement.id)!, facts);
    obligations.push({ ...obligation, openQuestions: questions });
  }
  return obligations.sort(byDeadline);
}

function toObligation(rule: ResolvedRule, fit: 'yes' | 'unsure', timing: ObligationTiming, facts: LegalFacts): Omit<Obligation, 'openQuestions'> {
  const decision = currentDecision(facts, rule.id) ?? null;
  const sendings = currentSendings(facts, rule.id);
  const delayedUntil = decision?.decision === 'delay' && decision.delay ? Date.parse(decision.delay.until ?? decision.delay.reviewAt!) : null;
  const state: ObligationState =
    decision?.decision === 'not-required'
      ? 'not-required'
      : sendings.length > 0
        ? 'sent'
        : timing.startedAt === null || timing.projected
          ? 'waiting'
          : delayedUntil !== null
            ? 'delayed'
            : 'open';
  return { rule, applicability: fit, ...timing, state, delayedUntil, sendings, decision };
}

/**
 * NIS2 Art 23(4)(e): when the incident is still being handled at the final report's deadline, a
 * progress report is owed instead (and the final report one month after handling ends).
 */
function isReplaced(final: Omit<Obligation, 'openQuestions'>, replacement: ResolvedRule, facts: LegalFacts, now: number): boolean {
  if (currentSendings(facts, replacement.id).length > 0) return true;
  if (final.state !== 'open' || final.dueAt === null || now < final.dueAt) return false;
  const ended = currentStart(facts, 'handling_ended_at');
  return !ended || Date.parse(ended.at) > final.dueAt;
}

function byDeadline(a: Obligation, b: Obligation): number {
  const key = (o: Obligation) => o.delayedUntil ?? o.dueAt ?? o.targetAt ?? Number.POSITIVE_INFINITY;
  return key(a) - key(b) || a.rule.id.localeCompare(b.rule.id);
}
