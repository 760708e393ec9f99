import type { ClockReading } from './evaluate-clocks';
import type { SlaClockKind } from './sla-settings';

export type EscalationStage = 'warning' | 'breach';

export interface EscalationStep {
  /** Unique per clock, stage and due time: a new due time (after a priority change) is a new step. */
  key: string;
  clock: SlaClockKind;
  stage: EscalationStage;
  /** When the step falls due. */
  at: number;
  dueAt: number;
}

export const escalationStepKey = (clock: SlaClockKind, stage: EscalationStage, dueAt: number): string => `${clock}:${stage}:${new Date(dueAt).toISOString()}`;

/** The warning and breach steps of the running clocks that have not been done yet, earliest first. */
export function pendingSteps(readings: readonly ClockReading[], done: ReadonlySet<string>): EscalationStep[] {
  const steps: EscalationStep[] = [];
  for (const r of readings) {
    if (r.state !== 'running' || r.dueAt === null) continue;
    const breach = escalationStepKey(r.kind, 'breach', r.dueAt);
    if (done.has(breach)) continue;
    const warning = escalationStepKey(r.kind, 'warning', r.dueAt);
    if (r.warningAt !== null && !done.has(warning)) steps.push({ key: warning, clock: r.kind, stage: 'warning', at: r.warningAt, dueAt: r.dueAt });
    steps.push({ key: breach, clock: r.kind, stage: 'breach', at: r.dueAt, dueAt: r.dueAt });
  }
  return steps.sort((a, b) => a.at - b.at);
}

/**
 * The steps to take now. When a clock's breach is due, its warning is not sent separately (it
 * would arrive after the fact) but is marked done with it, in `settles`.
 */
export function dueSteps(readings: readonly ClockReading[], done: ReadonlySet<string>, now: number): { send: EscalationStep[]; settles: string[] } {
  const due = pendingSteps(readings, done).filter((s) => s.at <= now);
  const breached = new Set(due.filter((s) => s.stage === 'breach').map((s) => s.clock));
  const send = due.filter((s) => s.stage === 'breach' || !breached.has(s.clock));
  return { send, settles: due.map((s) => s.key) };
}
