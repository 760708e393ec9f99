import type { Obligation } from '../domain/legal/evaluate-obligations';
import { legalFactsOf } from '../domain/legal/incident-legal';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { RULE_PACK_VERSION, SHIPPED_RULES } from '../domain/legal/rule-pack';
import { currentStart } from '../domain/legal/legal-facts';
import { LEGAL_DISCLAIMER, TRIGGER_KEYS, TRIGGER_LABELS } from '../shared/legal-vocabulary';
import type { LegalView, ObligationView } from '../shared/resolver-contract';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
/** A rule by its stage, for people ("the early warning"), never its id. */
const stageOf = (ruleId: string) => SHIPPED_RULES.find((r) => r.id === ruleId)?.stage.toLowerCase() ?? 'the earlier report';

/** The panel's view of the legal clocks, as of `now`. */
export function toLegalView(obligations: readonly Obligation[], record: IncidentRecord, now: string): LegalView {
  const facts = legalFactsOf(record);
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
    obligations: obligations.map((o) => toObligationView(o)),
  };
}

function toObligationView(o: Obligation): ObligationView {
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
