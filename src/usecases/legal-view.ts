import type { Obligation } from '../domain/legal/evaluate-obligations';
import { legalFactsOf } from '../domain/legal/incident-legal';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { RULE_PACK_VERSION, SHIPPED_RULES } from '../domain/legal/rule-pack';
import { currentStart, type LegalFacts } from '../domain/legal/legal-facts';
import { isProfileAnswered, type OrganisationProfile, UNSURE_PROFILE } from '../domain/legal/organisation-profile';
import { LEGAL_DISCLAIMER, THRESHOLD_LABELS, TRIGGER_KEYS, TRIGGER_LABELS, type TriggerKeyView } from '../shared/legal-vocabulary';
import type { LegalQuestionView, LegalView, ObligationView } from '../shared/resolver-contract';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
/** A rule by its stage, for people ("the early warning"), never its id. */
const stageOf = (ruleId: string) => SHIPPED_RULES.find((r) => r.id === ruleId)?.stage.toLowerCase() ?? 'the earlier report';

/** Findings people make on the incident that a regime's clocks wait for: until recorded, the regime is one question. */
const DETERMINATIONS: Partial<Record<TriggerKeyView, string>> = {
  significant_aware_at: THRESHOLD_LABELS.nis2Significant,
  classified_major_at: THRESHOLD_LABELS.doraMajor,
  materiality_determined_at: THRESHOLD_LABELS.secMaterial,
};
// The words applicability.ts gives the profile's and the judgement's open questions.
const isProfileQuestion = (q: string) => q.startsWith('Legal profile');
const isJudgement = (q: string) => q.startsWith('A judgement');

/** The panel's view of the legal clocks, as of `now`. */
export function toLegalView(obligations: readonly Obligation[], record: IncidentRecord, now: string, profile: OrganisationProfile = UNSURE_PROFILE): LegalView {
  const facts = legalFactsOf(record);
  const decidedBy = questionsDeciding(obligations, facts);
  const current = new Set(TRIGGER_KEYS.map((t) => currentStart(facts, t)?.id));
  return {
    asOf: now,
    packVersion: RULE_PACK_VERSION,
    disclaimer: LEGAL_DISCLAIMER,
    exercise: record.exercise,
    answers: structuredClone(facts.answers),
    answeredBy: facts.answeredBy,
    answeredAt: facts.answeredAt,
    starts: facts.starts.map((s) => ({ ...s, current: current.has(s.id) })),
    obligations: obligations.map((o) => toObligationView(o, decidedBy.get(o.rule.id) ?? null)),
    profileAnswered: isProfileAnswered(profile),
  };
}

/**
 * The one question that stands between each obligation and being owed, asked in order: the
 * profile (if the organisation is not covered, nothing else matters), then the determination its
 * clock waits for, then the responder's answers, then a judgement. A later report waits on the
 * same question as the earlier report whose sending starts it.
 * @example questionsDeciding([nis2EarlyWarning], EMPTY_LEGAL_FACTS).get('eu.nis2.23.early_warning')?.question // 'Is this a significant incident under NIS2?'
 */
export function questionsDeciding(obligations: readonly Obligation[], facts: LegalFacts): Map<string, LegalQuestionView | null> {
  const byId = new Map(obligations.map((o) => [o.rule.id, o]));
  const found = new Map<string, LegalQuestionView | null>();
  const of = (o: Obligation): LegalQuestionView | null => {
    if (found.has(o.rule.id)) return found.get(o.rule.id)!;
    found.set(o.rule.id, null); // guards against a cycle in custom data
    found.set(
      o.rule.id,
      questionOf(o, facts, (ids) =>
        ids
          .map((id) => byId.get(id))
          .filter((e): e is Obligation => e !== undefined)
          .map(of),
      ),
    );
    return found.get(o.rule.id)!;
  };
  obligations.forEach(of);
  return found;
}

function questionOf(o: Obligation, facts: LegalFacts, earlier: (ids: string[]) => (LegalQuestionView | null)[]): LegalQuestionView | null {
  // Decided, sent or delayed: it is on record, not a question any more.
  if (o.decision || o.sendings.length > 0) return null;
  const open = o.applicability === 'yes' ? [] : o.openQuestions;
  const profileQuestion = open.find(isProfileQuestion);
  if (profileQuestion) return { question: profileQuestion, answeredBy: 'profile', trigger: null };
  const start = o.rule.start;
  const determination = 'fact' in start ? DETERMINATIONS[start.fact] : undefined;
  if ('fact' in start && determination && !currentStart(facts, start.fact))
    return { question: determination, answeredBy: 'determination', trigger: start.fact };
  if ('sentOf' in start) {
    const before = earlier(start.sentOf);
    if (before.length > 0 && before.every((q) => q !== null)) return before[0]!;
  }
  const answer = open.find((q) => !isJudgement(q));
  if (answer) return { question: answer, answeredBy: 'answers', trigger: null };
  return open[0] ? { question: open[0], answeredBy: 'judgement', trigger: null } : null;
}

function toObligationView(o: Obligation, decidedBy: LegalQuestionView | null): ObligationView {
  const { rule } = o;
  const start = rule.start;
  return {
    ruleId: rule.id,
    regime: rule.regime,
    jurisdiction: rule.jurisdiction,
    stage: rule.stage,
    recipient: rule.recipient,
    kind: rule.kind,
    applicability: o.applicability === 'yes' ? 'applies' : 'possible',
    openQuestions: o.openQuestions,
    decidedBy,
    state: o.state,
    startsWhen:
      'fact' in start
        ? TRIGGER_LABELS[start.fact]
        : 'yearEndOf' in start
          ? `31 December of the year of: ${TRIGGER_LABELS[start.yearEndOf].toLowerCase()}`
          : `When the earlier report is sent (${start.sentOf.map(stageOf).join(' or ')})`,
    startTrigger: 'fact' in start ? start.fact : 'yearEndOf' in start ? start.yearEndOf : null,
    startedAt: iso(o.startedAt),
    projected: o.projected,
    dueAt: iso(o.dueAt),
    delayedUntil: iso(o.delayedUntil),
    targetAt: iso(o.targetAt),
    zone: rule.zone,
    softWording: rule.softWording,
    citation: rule.citation,
    verification: rule.verification,
    urls: [...rule.urls],
    exceptions: rule.exceptions,
    delayProvisions: [...rule.delayProvisions],
    lateRequiresReasons: rule.lateRequiresReasons,
    repeatable: rule.repeatable ?? false,
    overriddenBy: rule.overriddenBy,
    sendings: o.sendings.map(({ id, sentAt, recipient, reference, lateReason, recordedBy }) => ({ id, sentAt, recipient, reference, lateReason, recordedBy })),
    decision: o.decision
      ? {
          decision: o.decision.decision,
          rationale: o.decision.rationale,
          evidence: [...o.decision.evidence],
          by: o.decision.by,
          at: o.decision.at,
          delay: o.decision.delay ? { ...o.decision.delay } : null,
        }
      : null,
  };
}
