import type { PriorityOverride } from '../priority/compute-priority';
import type { LegalFacts } from '../legal/legal-facts';
import type { SlaFacts } from '../sla/sla-facts';
import type { ResponseFacts } from '../response/response-facts';
import type { PostmortemFacts } from '../postmortem/postmortem-facts';

/** CIA(A) flags (seed 003/004): which security goals the incident touches. */
export interface CiaFlags {
  confidentiality: boolean;
  integrity: boolean;
  availability: boolean;
  authenticity: boolean;
}
export const CIA_FLAGS = ['confidentiality', 'integrity', 'availability', 'authenticity'] as const satisfies readonly (keyof CiaFlags)[];

/** Event vs incident (seed 004, incident-practice.md A.2): a report is an event until a responder decides. */
export type TriageState = 'event' | 'incident' | 'not-incident';

export interface TriageDecision {
  state: TriageState;
  by: string | null;
  at: string | null;
  reason: string | null;
}

export type PersonalDataAnswer = 'yes' | 'no' | 'unsure';

/** What the reporter said on the portal: kept apart from what the triager set (A.5). */
export interface ReporterSuggestion {
  category: string | null;
  howBad: string | null;
  howUrgent: string | null;
  personalData: PersonalDataAnswer | null;
}

/** One change a person made, kept for "why does it look like this". */
export interface IncidentChange {
  at: string;
  by: string | null;
  field: string;
  from: string | null;
  to: string | null;
  reason: string | null;
}

/**
 * A priority change that Jira reported through an issue event. Stored one per storage key (by
 * changelog id), so concurrent, repeated or reordered events never overwrite each other.
 */
export interface JiraPriorityChange {
  changelogId: string;
  at: string;
  from: string | null;
  to: string | null;
}

/**
 * The incident record: the source of truth, stored in Forge storage where only the app can write.
 * The issue property is a derived mirror of part of it (see incident-index.ts).
 */
export interface IncidentRecord {
  schemaVersion: 2;
  issueId: string;
  category: string | null;
  /** Ids on the axes of the matrix named by `matrixId`. */
  impact: string | null;
  urgency: string | null;
  matrixId: string;
  /** The effective priority level when the record was last changed (override or matrix). */
  priority: string | null;
  override: PriorityOverride | null;
  cia: CiaFlags;
  exercise: boolean;
  triage: TriageDecision;
  reporter: ReporterSuggestion | null;
  reportedAt: string;
  revision: number;
  updatedAt: string | null;
  history: IncidentChange[];
  /** Facts the SLA clocks are read from; absent on records written before the SLA clocks existed. */
  sla?: SlaFacts;
  /** Legal-notification facts: answers, recorded clock starts, sendings, decisions (absent until the first). */
  legal?: LegalFacts;
  /** Roles, phases, runbook ticks, evidence (absent until the first; the timeline holds the full account). */
  response?: ResponseFacts;
  /** Set when the postmortem was first published (the policy's "done"). */
  postmortem?: PostmortemFacts;
}

/** How many changes the record keeps; the full audit trail is the timeline's job. */
export const MAX_HISTORY_ENTRIES = 50;

export const NO_CIA: CiaFlags = { confidentiality: false, integrity: false, availability: false, authenticity: false };

/**
 * A fresh, untriaged record for an issue reported at `reportedAt`.
 * @example newIncidentRecord('10001', '2026-03-01T09:00:00.000Z', 'iso-27001').triage.state // 'event'
 */
export function newIncidentRecord(issueId: string, reportedAt: string, matrixId: string): IncidentRecord {
  return {
    schemaVersion: 2,
    issueId,
    category: null,
    impact: null,
    urgency: null,
    matrixId,
    priority: null,
    override: null,
    cia: { ...NO_CIA },
    exercise: false,
    triage: { state: 'event', by: null, at: null, reason: null },
    reporter: null,
    reportedAt,
    revision: 0,
    updatedAt: null,
    history: [],
  };
}
