/**
 * The reliability suite's ledger: each check adds a row (what was tried, how often the guarantee
 * held, anything lost or leaked); the closing reporter prints them as one table after the run.
 * Rows go to `.reliability/` (one file per test file), which the reporter clears at the start.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface LedgerRow {
  /** authorization, fuzzing, faults, events, concurrency, limits, tampering, hostile strings, lifecycle */
  area: string;
  check: string;
  tried: number;
  /** Of what was tried, how much really ran: a write that changed state, a read that returned data. */
  executed?: number;
  held: number;
  /** Lost writes, leaked reads, unhandled errors: anything above 0 fails the suite. */
  lost: number;
}

export const LEDGER_DIR = join(__dirname, '..', '..', '.reliability');

export function recordRow(testFile: string, row: LedgerRow): void {
  mkdirSync(LEDGER_DIR, { recursive: true });
  appendFileSync(join(LEDGER_DIR, `${basename(testFile)}.jsonl`), `${JSON.stringify(row)}\n`);
}

/** A figure a test measured (clicks, seconds): printed after the table, since jest runs silent. */
export function recordFigure(testFile: string, text: string): void {
  mkdirSync(LEDGER_DIR, { recursive: true });
  appendFileSync(join(LEDGER_DIR, `${basename(testFile)}.figures`), `${text}\n`);
}
