/**
 * The legal facts of one incident, recorded by people and only ever added to (§2.3, §2.5, §2.12):
 * clock starts, notices sent, notification decisions, and the escalations done. A recorded start
 * is never overwritten: a correction is a new entry that names the one it corrects and says why,
 * and the latest entry for a trigger is the one the clocks use.
 */
import type { EscalationDone } from '../sla/sla-facts';
import { type LegalAnswers, NO_ANSWERS } from './legal-answers';
import type { TriggerKey } from './legal-rule';

export interface ClockStartEntry {
  id: string;
  trigger: TriggerKey;
  /** When it happened (an instant), and the zone it was stated in. */
  at: string;
  timeZone: string;
  recordedBy: string;
  recordedAt: string;
  reason: string | null;
  evidence: string | null;
  /** The entry this one corrects. */
  corrects: string | null;
}

export interface NoticeSentEntry {
  id: string;
  ruleId: string;
  sentAt: string;
  recipient: string;
  reference: string | null;
  /** Required when sent after the legal deadline. */
  lateReason: string | null;
  recordedBy: string;
  recordedAt: string;
  corrects: string | null;
  reason: string | null;
}

export type LegalDecisionKind = 'notify' | 'not-required' | 'delay';

export interface LegalDecisionEntry {
  id: string;
  ruleId: string;
  decision: LegalDecisionKind;
  rationale: string;
  evidence: string[];
  /** A lawful delay (§2.9): who asked, until when (null: until cleared, reviewed at `reviewAt`). */
  delay: { authority: string; until: string | null; reviewAt: string | null } | null;
  by: string;
  at: string;
}

export interface LegalFacts {
  answers: LegalAnswers;
  answeredBy: string | null;
  answeredAt: string | null;
  starts: ClockStartEntry[];
  sent: NoticeSentEntry[];
  decisions: LegalDecisionEntry[];
  escalations: EscalationDone[];
}

export const EMPTY_LEGAL_FACTS: LegalFacts = { answers: NO_ANSWERS, answeredBy: null, answeredAt: null, starts: [], sent: [], decisions: [], escalations: [] };

/** Bounds that keep the record far below the 240 KiB KVS value limit. */
export const MAX_LEGAL_ENTRIES = 200;

export type LegalFactProblem = { field: string; message: string; conflict?: boolean };
export type LegalFactOutcome = { ok: true; facts: LegalFacts } | { ok: false; problem: LegalFactProblem };

/** A minute of leeway for clocks that disagree; anything later is a start in the future. */
const CLOCK_SKEW_MS = 60_000;
const problem = (field: string, message: string, conflict = false): LegalFactOutcome => ({
  ok: false,
  problem: { field, message, ...(conflict ? { conflict } : {}) },
});
const hasText = (s: string | null | undefined) => typeof s === 'string' && s.trim().length >= 3;

/** The entry the clocks use for a trigger: the latest recorded (a correction supersedes). */
export function currentStart(facts: LegalFacts, trigger: TriggerKey): ClockStartEntry | undefined {
  return facts.starts.filter((s) => s.trigger === trigger).at(-1);
}

/** The sending the clocks use for a rule: the latest by sent time (DORA: the most recent update), corrections applied. */
export function currentSendings(facts: LegalFacts, ruleId: string): NoticeSentEntry[] {
  const corrected = new Set(facts.sent.map((s) => s.corrects).filter((c): c is string => c !== null));
  return facts.sent.filter((s) => s.ruleId === ruleId && !corrected.has(s.id)).sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
}

/** The decision in force for a rule: the latest one recorded. */
export function currentDecision(facts: LegalFacts, ruleId: string): LegalDecisionEntry | undefined {
  return facts.decisions.filter((d) => d.ruleId === ruleId).at(-1);
}

export interface StartInput {
  trigger: TriggerKey;
  at: string;
  timeZone: string;
  reason?: string;
  evidence?: string;
  corrects?: string;
}

/**
 * Records when a clock-start trigger happened.
 * @example recordStart(EMPTY_LEGAL_FACTS, { trigger: 'aware_at', at: '2026-03-02T09:00:00Z', timeZone: 'UTC' }, 'acc-1', '2026-03-02T10:00:00Z').ok // true
 */
export function recordStart(facts: LegalFacts, input: StartInput, by: string, now: string): LegalFactOutcome {
  if (Date.parse(input.at) > Date.parse(now) + CLOCK_SKEW_MS) return problem('at', 'This time is in the future. Record a start once it has happened.');
  const current = currentStart(facts, input.trigger);
  if (input.corrects === undefined && current) {
    return problem(
      'corrects',
      `This start was already recorded (${current.at}). A recorded start is never overwritten: record a correction with a reason.`,
      true,
    );
  }
  if (input.corrects !== undefined) {
    if (!current || current.id !== input.corrects)
      return problem('corrects', 'Only the start in force can be corrected; reload to see the latest entry.', true);
    if (!hasText(input.reason)) return problem('reason', 'Say why the start is corrected (at least a few words).');
  }
  if (facts.starts.length >= MAX_LEGAL_ENTRIES) return problem('trigger', 'This incident has too many recorded starts.');
  const entry: ClockStartEntry = {
    id: `start-${facts.starts.length + 1}`,
    trigger: input.trigger,
    at: new Date(input.at).toISOString(),
    timeZone: input.timeZone,
    recordedBy: by,
    recordedAt: now,
    reason: input.reason?.trim() || null,
    evidence: input.evidence?.trim() || null,
    corrects: input.corrects ?? null,
  };
  return { ok: true, facts: { ...facts, starts: [...facts.starts, entry] } };
}

export interface SentInput {
  ruleId: string;
  sentAt: string;
  recipient: string;
  reference?: string;
  lateReason?: string;
  corrects?: string;
  reason?: string;
}

/**
 * Records that a notice went out. A notice sent after its legal deadline must say why; a rule
 * that is not repeatable is marked sent once (a correction names the entry and says why).
 */
export function recordSent(
  facts: LegalFacts,
  input: SentInput,
  rule: { repeatable?: boolean },
  dueAt: number | null,
  by: string,
  now: string,
): LegalFactOutcome {
  const sentAt = Date.parse(input.sentAt);
  if (sentAt > Date.parse(now) + CLOCK_SKEW_MS) return problem('sentAt', 'This time is in the future. Mark a notice sent once it has gone.');
  if (!hasText(input.recipient)) return problem('recipient', 'Name who received the notice.');
  const existing = currentSendings(facts, input.ruleId);
  if (input.corrects !== undefined) {
    if (!existing.some((s) => s.id === input.corrects))
      return problem('corrects', 'Only a sending in force can be corrected; reload to see the latest entry.', true);
    if (!hasText(input.reason)) return problem('reason', 'Say why the sending is corrected (at least a few words).');
  } else if (existing.length > 0 && !rule.repeatable) {
    return problem('ruleId', 'This notice is already marked sent. Record a correction with a reason if the details were wrong.', true);
  }
  if (dueAt !== null && sentAt > dueAt && !hasText(input.lateReason))
    return problem('lateReason', 'The notice went out after its legal deadline: give the reasons for the delay.');
  if (facts.sent.length >= MAX_LEGAL_ENTRIES) return problem('ruleId', 'This incident has too many recorded notices.');
  const entry: NoticeSentEntry = {
    id: `sent-${facts.sent.length + 1}`,
    ruleId: input.ruleId,
    sentAt: new Date(sentAt).toISOString(),
    recipient: input.recipient.trim(),
    reference: input.reference?.trim() || null,
    lateReason: input.lateReason?.trim() || null,
    recordedBy: by,
    recordedAt: now,
    corrects: input.corrects ?? null,
    reason: input.reason?.trim() || null,
  };
  return { ok: true, facts: { ...facts, sent: [...facts.sent, entry] } };
}

export interface DecisionInput {
  ruleId: string;
  decision: LegalDecisionKind;
  rationale?: string;
  evidence?: string[];
  delay?: { authority: string; until?: string; reviewAt?: string };
}

/** Records a notification decision; "not required" and "delay" need a rationale, a delay its authority and limit. */
export function recordDecision(facts: LegalFacts, input: DecisionInput, by: string, now: string): LegalFactOutcome {
  if (input.decision !== 'notify' && !hasText(input.rationale)) {
    return problem(
      'rationale',
      input.decision === 'delay'
        ? 'Say why notice is delayed (at least a few words).'
        : 'Say why no notice is required, e.g. "unlikely to result in a risk to individuals".',
    );
  }
  if (input.decision === 'delay') {
    if (!input.delay || !hasText(input.delay.authority)) return problem('delay.authority', 'Name the authority that asked for the delay.');
    if (!input.delay.until && !input.delay.reviewAt)
      return problem('delay.until', 'Give the date the delay ends, or a date to review it if it lasts until cleared.');
    const limit = Date.parse(input.delay.until ?? input.delay.reviewAt!);
    if (limit <= Date.parse(now)) return problem('delay.until', 'The end of the delay must be in the future.');
  }
  if (facts.decisions.length >= MAX_LEGAL_ENTRIES) return problem('decision', 'This incident has too many recorded decisions.');
  const entry: LegalDecisionEntry = {
    id: `decision-${facts.decisions.length + 1}`,
    ruleId: input.ruleId,
    decision: input.decision,
    rationale: input.rationale?.trim() ?? '',
    evidence: input.evidence ?? [],
    delay:
      input.decision === 'delay' && input.delay
        ? {
            authority: input.delay.authority.trim(),
            until: input.delay.until ? new Date(input.delay.until).toISOString() : null,
            reviewAt: input.delay.reviewAt ? new Date(input.delay.reviewAt).toISOString() : null,
          }
        : null,
    by,
    at: now,
  };
  return { ok: true, facts: { ...facts, decisions: [...facts.decisions, entry] } };
}
