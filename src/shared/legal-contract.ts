/**
 * The legal-notification part of the UI contract: the applicability answers, recorded clock
 * starts, obligations with their deadlines, and the facts a responder records. Re-exported by
 * resolver-contract.ts, which the UIs import.
 */
import type { DataTypeView, ResidenceView, ThresholdKeyView, TriggerKeyView } from './legal-vocabulary';

export type TriView = 'yes' | 'no' | 'unsure';

/** The applicability questions (legal-notification-rules.md §2.10). */
export interface LegalAnswersView {
  personalData: TriView | null;
  risk: 'none' | 'risk' | 'high' | 'unsure' | null;
  residences: ResidenceView[];
  /** Whether the list of places is complete (otherwise places not listed stay possible). */
  residencesComplete: boolean;
  dataTypes: Partial<Record<DataTypeView, TriView>>;
  /** Affected people per place, and `total`. */
  affected: Partial<Record<ResidenceView | 'total', number>>;
  /** Significance thresholds (THRESHOLD_LABELS: NIS2 significant, DORA major, SEC material); recording the clock start also answers "yes". */
  thresholds?: Partial<Record<ThresholdKeyView, TriView>>;
  /** ENCRYPTED_QUESTION: "yes" meets the encryption safe harbour of the rules that have one; not answered: not claimed. */
  encrypted?: TriView;
}

export interface ClockStartView {
  id: string;
  trigger: TriggerKeyView;
  at: string;
  timeZone: string;
  recordedBy: string;
  recordedAt: string;
  reason: string | null;
  evidence: string | null;
  corrects: string | null;
  /** The entry the clocks use (the latest for its trigger). */
  current: boolean;
}

export type ObligationStateView = 'waiting' | 'open' | 'sent' | 'not-required' | 'delayed';

/** One legal-notification obligation: a rule that applies (or may) with its clock. Never paused. */
export interface ObligationView {
  ruleId: string;
  regime: string;
  jurisdiction: string;
  stage: string;
  recipient: string;
  kind: 'hard' | 'soft' | 'on_request';
  /** "possible": an answer is missing or unsure; shown rather than hidden. */
  applicability: 'applies' | 'possible';
  /** For a possible one: the questions whose answers would decide it, in words. */
  openQuestions: string[];
  /**
   * The one question to settle before this is owed (null: it is owed, or settled): the first open
   * question, or the determination its clock waits for (a significant incident under NIS2, a major
   * one under DORA), or the one an earlier report of the same regime waits for.
   */
  decidedBy: LegalQuestionView | null;
  state: ObligationStateView;
  /** What starts the clock, in words (a trigger, or the sending of an earlier report). */
  startsWhen: string;
  /** The trigger to record for this clock, when a person records it. */
  startTrigger: TriggerKeyView | null;
  startedAt: string | null;
  /** The start is the earlier report's due date, as it is not marked sent yet. */
  projected: boolean;
  /** The legal deadline; null for soft and on-request duties. */
  dueAt: string | null;
  delayedUntil: string | null;
  /** An internal target for soft wording: policy, not law. */
  targetAt: string | null;
  /** The regulator's time zone. */
  zone: string;
  softWording: string | null;
  citation: string;
  verification: 'P' | 'S' | 'S1' | 'UNVERIFIED' | 'custom';
  urls: string[];
  exceptions: string;
  delayProvisions: string[];
  lateRequiresReasons: boolean;
  repeatable: boolean;
  /** The jurisdiction whose override changed this rule, if any. */
  overriddenBy: string | null;
  sendings: { id: string; sentAt: string; recipient: string; reference: string | null; lateReason: string | null; recordedBy: string }[];
  decision: {
    decision: 'notify' | 'not-required' | 'delay';
    rationale: string;
    evidence: string[];
    by: string;
    at: string;
    delay: { authority: string; until: string | null; reviewAt: string | null } | null;
  } | null;
}

/** A question that decides whether a regime is owed, and who answers it. */
export interface LegalQuestionView {
  question: string;
  /** answers: the responder's applicability answers; profile: the admin's legal profile; determination: a finding recorded on the incident (its clock start); judgement: a decision on the regime. */
  answeredBy: 'answers' | 'profile' | 'determination' | 'judgement';
  /** For a determination: the clock start that records "yes". */
  trigger: TriggerKeyView | null;
}

export interface LegalView {
  asOf: string;
  packVersion: string;
  disclaimer: string;
  /** Exercises run the clocks in simulation: no reminders, not real obligations. */
  exercise: boolean;
  answers: LegalAnswersView;
  answeredBy: string | null;
  answeredAt: string | null;
  starts: ClockStartView[];
  obligations: ObligationView[];
  /** Whether an admin has answered the organisation's legal profile; until then the panel asks for it instead of listing every regime. */
  profileAnswered: boolean;
}

/** Legal-notification facts a responder records; each is added, never overwritten. */
export type LegalRecordAction =
  | { expectedRevision: number; action: 'answer'; answers: LegalAnswersView }
  | { expectedRevision: number; action: 'start'; trigger: TriggerKeyView; at: string; timeZone: string; reason?: string; evidence?: string; corrects?: string }
  | {
      expectedRevision: number;
      action: 'decide';
      ruleId: string;
      decision: 'notify' | 'not-required' | 'delay';
      rationale?: string;
      evidence?: string[];
      delay?: { authority: string; until?: string; reviewAt?: string };
      /** The same decision, with the same reason, for every stage of this rule's regime on the incident. */
      allStages?: boolean;
    }
  | {
      expectedRevision: number;
      action: 'sent';
      ruleId: string;
      sentAt: string;
      recipient: string;
      reference?: string;
      lateReason?: string;
      corrects?: string;
      reason?: string;
    };
