import { nowIso } from '../platform/clock';
import { logEvent } from '../platform/log';
import { sweepLedger } from '../platform/storage/sweep-ledger';
import { runSweep as sweep } from '../usecases/run-sweep';

/** The fiveMinute scheduled trigger. Runs have no user; a duplicated run claims nothing. */
export async function runSweep(): Promise<void> {
  const result = await sweep({ ledger: sweepLedger, now: nowIso });
  logEvent('scheduled.sweep', { window: result.window, ran: result.ran });
}
