/**
 * A witness for one rule: answers, profile and facts under which every condition of the rule (its
 * territorial test included) holds, so a pack-wide test can change one answer and see the effect
 * of that answer alone. Judgements stay open (the law leaves them to people).
 */
import type { ApplicabilityContext, Condition } from '../../../src/domain/legal/applicability';
import { type LegalAnswers, NO_ANSWERS } from '../../../src/domain/legal/legal-answers';
import type { LegalRule } from '../../../src/domain/legal/legal-rule';
import { type OrganisationProfile, UNSURE_PROFILE } from '../../../src/domain/legal/organisation-profile';
import { territoryConditions } from '../../../src/domain/legal/territorial-scope';

export interface Witness {
  answers: LegalAnswers;
  profile: OrganisationProfile;
  facts: Set<string>;
  sent: Set<string>;
}

export function witnessFor(rule: Pick<LegalRule, 'appliesWhen' | 'territory'>): Witness {
  const w: Witness = {
    answers: { ...structuredClone(NO_ANSWERS), residencesComplete: true, thresholds: {} },
    profile: structuredClone(UNSURE_PROFILE),
    facts: new Set(),
    sent: new Set(),
  };
  for (const c of [...territoryConditions(rule.territory), ...rule.appliesWhen]) satisfy(c, w);
  return w;
}

function satisfy(c: Condition, w: Witness): void {
  const { answers, profile } = w;
  if ('personalData' in c) answers.personalData = 'yes';
  else if ('risk' in c) answers.risk = c.risk[c.risk.length - 1]!;
  else if ('residence' in c) answers.residences = [...new Set([...answers.residences, c.residence])];
  else if ('dataType' in c) answers.dataTypes[c.dataType] = 'yes';
  else if ('profile' in c) (profile as unknown as Record<string, unknown>)[c.profile] = c.in[0];
  else if ('memberState' in c) profile.memberStates = [...profile.memberStates, c.memberState];
  else if ('count' in c) {
    const n = c.atLeast ?? (c.moreThan !== undefined ? c.moreThan + 1 : c.lessThan !== undefined ? c.lessThan - 1 : 1);
    answers.affected[c.count === 'any-US-state' ? 'US-CA' : c.count] = n;
  } else if ('fact' in c) w.facts.add(c.fact);
  else if ('sent' in c) w.sent.add(c.sent);
  else if ('threshold' in c) answers.thresholds = { ...answers.thresholds, [c.threshold]: 'yes' };
  else if ('established' in c) profile.establishedIn = [...new Set([...profile.establishedIn, c.established])];
  else if ('any' in c) satisfy(c.any[0]!, w);
  // { owed } is answered by the context's ruleOwed; { judgement } stays open.
}

/** The applicability context of a witness; other rules are owed unless `owed` says otherwise. */
export function contextOf(w: Witness, owed: ApplicabilityContext['ruleOwed'] = () => ({ fit: 'yes', questions: [] })): ApplicabilityContext {
  return { answers: w.answers, profile: w.profile, hasFact: (t) => w.facts.has(t), wasSent: (id) => w.sent.has(id), ruleOwed: owed };
}

/** Whether a condition list names a kind of condition anywhere, `any` branches included. */
export function names(conditions: readonly Condition[] | undefined, kind: string): boolean {
  return (conditions ?? []).some((c) => kind in c || ('any' in c && names(c.any, kind)));
}
