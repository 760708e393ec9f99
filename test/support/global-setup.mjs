// Runs once before the suite, in jest's parent process, so that `npm ci && npm test` is all a fresh
// clone needs: it builds the Custom UIs when they are missing or stale, bundles the backend when the
// sources changed, and finds a Chromium for the browser suites. The workers inherit CHROMIUM_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { uiBuildIsStale } from '../../scripts/ui-build-state.mjs';

const require = createRequire(import.meta.url);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export default async function globalSetup(globalConfig) {
  // Every local site a test makes adds its spec-gate counts to the table printed after the run (sandbox/site.ts).
  process.env.SITE_LEDGER_DIR = join(root, '.reliability');
  if (uiBuildIsStale(root)) {
    // jest sets NODE_ENV=test, which Vite would take for a development build of React.
    process.stderr.write('Building the Custom UIs for the browser tests...\n');
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-ui.mjs')], {
      stdio: ['ignore', 'ignore', 'inherit'],
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (built.status !== 0) throw new Error('Building the Custom UIs failed (npm run build shows why)');
  }
  // The browser suites run the backend as deployed (Site runtime 'bundle'): bundle it once, here, so that
  // no test worker waits for the bundler or races the other for the machine's two cores.
  if (!globalConfig.testPathPattern || /e2e|bundle|hostile|reliability/.test(globalConfig.testPathPattern)) {
    require('../../scripts/backend-bundle-cache.cjs').ensureBackendBundle(root, (line) => process.stderr.write(`${line}\n`));
  }
  if (!process.env.CHROMIUM_PATH) {
    // A system Chromium when there is one (Debian's package); else the binary @sparticuz/chromium ships
    // inside its npm package, unpacked once into the temp folder (about 2 s the first time).
    const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
    if (system) process.env.CHROMIUM_PATH = system;
    else {
      const { default: packaged } = await import('@sparticuz/chromium');
      process.env.CHROMIUM_PATH = await packaged.executablePath();
    }
  }
}
