import { sweepWindowId } from '../domain/scheduling/sweep-window';
import { type EscalateSlaDeps, type EscalationSummary, escalateSla } from './escalate-sla';
import type { SweepLedger } from './ports';

export interface RunSweepDeps extends EscalateSlaDeps {
  sweeps: SweepLedger;
}

export type SweepResult = { ran: true; window: string; sla: EscalationSummary } | { ran: false; window: string; reason: 'already-ran' };

/**
 * The five-minute sweep. Forge may run a scheduled trigger twice for one slot, so each window is
 * claimed once; a claimed window escalates the SLA clocks that fell due (the legal clocks of a
 * later issue hang off the same window).
 */
export async function runSweep(deps: RunSweepDeps): Promise<SweepResult> {
  const now = deps.now();
  const window = sweepWindowId(now, 5);
  const claimed = await deps.sweeps.claim(window, now);
  if (!claimed) return { ran: false, window, reason: 'already-ran' };
  return { ran: true, window, sla: await escalateSla(deps) };
}
