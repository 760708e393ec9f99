// `npm start`: builds the Custom UIs if they are missing or older than their sources, then starts
// the local Jira site (sandbox/main.ts) with any arguments given after `--`.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { uiBuildIsStale } from './ui-build-state.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stale = uiBuildIsStale(root);
if (stale) {
  console.log('Building the Custom UIs...');
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-ui.mjs')], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'sandbox', 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
