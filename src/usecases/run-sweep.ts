import { sweepWindowId } from '../domain/scheduling/sweep-window';
import type { SweepLedger } from './ports';

export interface RunSweepDeps {
  ledger: SweepLedger;
  now: () => string;
}

export type SweepResult = { ran: true; window: string } | { ran: false; window: string; reason: 'already-ran' };

/**
 * The five-minute sweep. Forge may run a scheduled trigger twice for one slot, so each window is
 * claimed once; the escalation work of later issues (SLA, legal clocks) hangs off a claimed window.
 */
export async function runSweep(deps: RunSweepDeps): Promise<SweepResult> {
  const now = deps.now();
  const window = sweepWindowId(now, 5);
  const claimed = await deps.ledger.claim(window, now);
  return claimed ? { ran: true, window } : { ran: false, window, reason: 'already-ran' };
}
