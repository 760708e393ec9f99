import type { Span } from './working-intervals';
import type { SlaFacts } from './sla-facts';
import type { SlaStatusConditions } from './sla-settings';

/** When each clock stopped (null while running) and when the clocks were paused. */
export interface ClockEvents {
  startedAt: number;
  acknowledgedAt: number | null;
  containedAt: number | null;
  resolvedAt: number | null;
  /** Paused spans in time order; an ongoing pause ends at Infinity. */
  pauses: Span[];
  /** The event was dismissed as not an incident: contain and resolve do not apply. */
  dismissed: boolean;
}

/** What the lifecycle phases say (lifecycle-phases.ts): when containment ended, and since when resolved. */
export interface PhaseStops {
  containedAt: number | null;
  resolvedAt: number | null;
}

export const NO_PHASE_STOPS: PhaseStops = { containedAt: null, resolvedAt: null };

/**
 * Reads the clock events from the recorded facts: the JSM model of SLA conditions by status name,
 * and the NIST lifecycle phases responders record in the panel (whichever says so first):
 * - acknowledge stops at the first responder action: a triage decision or classification in the
 *   app, or the first status change of the issue;
 * - contain stops on first entering a "contained" status, or while the issue is resolved;
 * - resolve stops on entering a "resolved" status; leaving it again (a reopen) resumes the clocks
 *   that it stopped, and the time spent resolved counts as paused;
 * - every clock pauses while the issue is in a "pause" status;
 * - the phases: moving past containment stops contain, and post-incident activity stops resolve
 *   (and contain) from when it was entered.
 */
export function clockEvents(
  reportedAt: string,
  facts: SlaFacts,
  statuses: SlaStatusConditions,
  dismissed: boolean,
  phases: PhaseStops = NO_PHASE_STOPS,
): ClockEvents {
  const pause = new Set(statuses.pause);
  const contained = new Set(statuses.contained);
  const resolved = new Set(statuses.resolved);
  const startedAt = Date.parse(reportedAt);
  const changes = facts.statusChanges;
  const firstChange = changes.length > 0 ? Date.parse(changes[0]!.at) : null;
  const responded = facts.respondedAt !== null ? Date.parse(facts.respondedAt) : null;
  const acknowledgedAt = minOf(firstChange, responded);

  const pauses: [number, number][] = [];
  let pausedSince: number | null = null;
  let resolvedSince: number | null = null;
  let containedAt: number | null = null;
  for (const change of changes) {
    const at = Math.max(Date.parse(change.at), startedAt);
    const isResolved = resolved.has(change.to);
    const isPaused = pause.has(change.to);
    if (isResolved && resolvedSince === null) resolvedSince = at;
    if (!isResolved && resolvedSince !== null) {
      pauses.push([resolvedSince, at]);
      resolvedSince = null;
    }
    if (isPaused && pausedSince === null) pausedSince = at;
    if (!isPaused && pausedSince !== null) {
      pauses.push([pausedSince, at]);
      pausedSince = null;
    }
    if (containedAt === null && contained.has(change.to)) containedAt = at;
  }
  if (pausedSince !== null) pauses.push([pausedSince, Infinity]);
  pauses.sort((a, b) => a[0] - b[0]);
  // Phases are facts with their own times (backfilled ones too), never before the report.
  const phaseContained = phases.containedAt === null ? null : Math.max(phases.containedAt, startedAt);
  const phaseResolved = phases.resolvedAt === null ? null : Math.max(phases.resolvedAt, startedAt);
  const resolvedAt = minOf(resolvedSince, phaseResolved);
  return { startedAt, acknowledgedAt, containedAt: minOf(minOf(containedAt ?? resolvedSince, phaseContained), phaseResolved), resolvedAt, pauses, dismissed };
}

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
