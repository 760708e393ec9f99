/**
 * The NIST SP 800-61 lifecycle as the issue names it: detection and analysis, containment,
 * eradication and recovery, post-incident activity. A phase change is a fact with the time it
 * happened (which may be backfilled) and who recorded it; facts are only added.
 */
export const PHASES = ['detection-analysis', 'containment', 'eradication-recovery', 'post-incident'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  'detection-analysis': 'Detection and analysis',
  containment: 'Containment',
  'eradication-recovery': 'Eradication and recovery',
  'post-incident': 'Post-incident activity',
};

export interface PhaseFact {
  phase: Phase;
  /** When the incident entered the phase. */
  at: string;
  recordedAt: string;
  by: string;
  reason: string | null;
}

/** Facts in the order they happened (recording order breaks ties), so a backfilled one lands in place. */
export function phasesInOrder(facts: readonly PhaseFact[]): PhaseFact[] {
  return [...facts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}

/** The phase the incident is in: the latest fact's, or detection and analysis before any. */
export function currentPhase(facts: readonly PhaseFact[]): Phase {
  return phasesInOrder(facts).at(-1)?.phase ?? 'detection-analysis';
}

/**
 * What the phases say about the SLA's contain and resolve clocks:
 * - contained when the incident first moved past containment (into eradication and recovery, or
 *   straight to post-incident activity), as the containment work is then done;
 * - resolved while it is in post-incident activity, since it entered it (moving back reopens).
 * @example phaseClockStops([{ phase: 'eradication-recovery', at: '2026-01-01T12:00:00Z', ... }]) // { containedAt: ms of 12:00, resolvedAt: null }
 */
export function phaseClockStops(facts: readonly PhaseFact[]): { containedAt: number | null; resolvedAt: number | null } {
  const ordered = phasesInOrder(facts);
  const rank = (p: Phase) => PHASES.indexOf(p);
  const contained = ordered.find((f) => rank(f.phase) >= rank('eradication-recovery'));
  const last = ordered.at(-1);
  let resolvedAt: number | null = null;
  if (last?.phase === 'post-incident') {
    // Since the latest entry into post-incident activity without leaving it.
    let i = ordered.length - 1;
    while (i > 0 && ordered[i - 1]!.phase === 'post-incident') i--;
    resolvedAt = Date.parse(ordered[i]!.at);
  }
  return { containedAt: contained ? Date.parse(contained.at) : null, resolvedAt };
}
