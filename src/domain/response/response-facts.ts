import type { EvidenceItem } from './evidence-register';
import type { IncidentRoles } from './incident-roles';
import type { PhaseFact } from './lifecycle-phases';
import type { RunbookTick } from './runbooks';

/**
 * The response workspace's facts in the incident record: who holds which role, the phase facts,
 * runbook ticks and the evidence register. Each change is also an entry in the timeline, which
 * is the tamper-evident account; this is the current state the panel shows in one read.
 */
export interface ResponseFacts {
  roles: IncidentRoles;
  phases: PhaseFact[];
  /** Keyed by tickKey(runbookId, stepId). */
  ticks: Record<string, RunbookTick>;
  evidence: EvidenceItem[];
  /** For an exercise made from a real incident: which one (the outline came from its timeline). */
  exerciseOf: { issueKey: string; kind: 'tabletop' | 'drill' } | null;
}

export const EMPTY_RESPONSE_FACTS: ResponseFacts = { roles: {}, phases: [], ticks: {}, evidence: [], exerciseOf: null };

export const MAX_PHASE_FACTS = 100;
