// jest's summary, followed by one closing line in the plain "N passed, N failed" form, so CI reads
// the run's result from its last line. jest always adds its own summary reporter after custom
// ones, so this reporter takes that role itself (jest.config.js lists it instead of 'default').
const { SummaryReporter } = require('@jest/reporters');
const { existsSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const LEDGER_DIR = join(__dirname, '..', '..', '.reliability');

/** The reliability suite's rows (test/reliability/ledger.ts) as one table, or nothing when it did not run. */
function reliabilityTable() {
  if (!existsSync(LEDGER_DIR)) return '';
  const rows = readdirSync(LEDGER_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(LEDGER_DIR, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    )
    // Rows of the same check (for example one per local site a test file made) add up.
    .reduce((merged, r) => {
      const same = merged.find((m) => m.area === r.area && m.check === r.check);
      if (same)
        Object.assign(same, {
          tried: same.tried + r.tried,
          executed: same.executed === undefined && r.executed === undefined ? undefined : (same.executed ?? 0) + (r.executed ?? 0),
          held: same.held + r.held,
          lost: same.lost + r.lost,
        });
      else merged.push({ ...r });
      return merged;
    }, []);
  if (rows.length === 0) return '';
  // "executed": of what was tried, how much really ran (a write that changed state, a read that returned data).
  const head = ['area', 'check', 'tried', 'executed', 'held', 'lost or leaked'];
  const cells = rows.map((r) => [r.area, r.check, String(r.tried), r.executed === undefined ? '-' : String(r.executed), String(r.held), String(r.lost)]);
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i >= 2 ? v.padStart(width[i]) : v.padEnd(width[i]))).join('  ');
  const total = rows.reduce((t, r) => ({ tried: t.tried + r.tried, lost: t.lost + r.lost }), { tried: 0, lost: 0 });
  return [
    '',
    'Reliability and security (test/reliability, and every local site the run made)',
    line(head),
    ...cells.map(line),
    `${total.tried} tried, ${total.lost} lost or leaked`,
    '',
  ].join('\n');
}

/** Figures tests measured (test/reliability/ledger.ts recordFigure), one per line. */
function figures() {
  if (!existsSync(LEDGER_DIR)) return '';
  const lines = readdirSync(LEDGER_DIR)
    .filter((f) => f.endsWith('.figures'))
    .sort()
    .flatMap((f) => readFileSync(join(LEDGER_DIR, f), 'utf8').split('\n').filter(Boolean));
  return lines.length > 0 ? ['Figures measured by the run', ...lines.map((l) => `  ${l}`), ''].join('\n') : '';
}

class ClosingSummaryReporter extends SummaryReporter {
  onRunStart(results, options) {
    rmSync(LEDGER_DIR, { recursive: true, force: true });
    super.onRunStart(results, options);
  }

  onRunComplete(contexts, results) {
    const table = reliabilityTable();
    if (table) process.stderr.write(`${table}\n`);
    const measured = figures();
    if (measured) process.stderr.write(`${measured}\n`);
    super.onRunComplete(contexts, results);
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that fails to load has no failed tests; count it so the line never reads "0 failed" then.
    const brokenSuites = results.numRuntimeErrorTestSuites;
    process.stderr.write(`Tests: ${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed, ${skipped} skipped\n`);
  }
}

module.exports = ClosingSummaryReporter;
