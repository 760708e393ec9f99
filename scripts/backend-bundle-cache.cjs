// The backend bundle per content of what goes into it, in .sandbox/bundle/<hash>/index.cjs: made by
// scripts/bundle-backend.cjs (Atlassian's @forge/bundler) once per change, whoever asks first. `npm test`'s
// global setup asks before any test worker starts, and so does `npm start`; a lock folder keeps two
// makers from racing. Plain JavaScript, so the test runner's setup and the local site share it.
'use strict';
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } = require('node:fs');
const { join } = require('node:path');

/** Runs the bundler on this Node; throws with the bundler's words when it fails. */
function bundleBackend(repoRoot) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bundle-backend.cjs')], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`@forge/bundler failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

function sourceHash(repoRoot) {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        hash.update(p);
        hash.update(readFileSync(p));
      }
    }
  };
  walk(join(repoRoot, 'src'));
  // The translations go beside the code (__LOCALES__/): a change of them is a new bundle.
  walk(join(repoRoot, 'locales'));
  for (const f of ['manifest.yml', 'tsconfig.json', 'package-lock.json', join('scripts', 'bundle-backend.cjs')]) hash.update(readFileSync(join(repoRoot, f)));
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The path of index.cjs bundled from the sources as they are now; bundles (about 20 s) when there is none. */
function ensureBackendBundle(repoRoot, say = () => undefined) {
  const root = join(repoRoot, '.sandbox', 'bundle');
  const key = sourceHash(repoRoot);
  const target = join(root, key, 'index.cjs');
  if (existsSync(target)) return target;
  mkdirSync(root, { recursive: true });
  const lock = join(root, `${key}.lock`);
  try {
    mkdirSync(lock);
  } catch {
    // Someone else is bundling these sources: wait for their bundle (or for their lock to go stale).
    const until = Date.now() + 240_000;
    while (!existsSync(target) && Date.now() < until && existsSync(lock) && Date.now() - statSync(lock).mtimeMs < 180_000) sleep(250);
    if (existsSync(target)) return target;
    rmSync(lock, { recursive: true, force: true });
    return ensureBackendBundle(repoRoot, say);
  }
  try {
    say('Bundling the backend with @forge/bundler, as forge deploy does (once per change, about 20 s)...');
    const bundle = bundleBackend(repoRoot);
    const staging = join(root, `${key}.staging`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    copyFileSync(bundle.files[0], join(staging, 'index.cjs'));
    // The translations beside the code, where @forge/api's i18n reads them (the function process's appCodeDir).
    for (const file of bundle.locales ?? []) {
      mkdirSync(join(staging, '__LOCALES__'), { recursive: true });
      copyFileSync(file, join(staging, '__LOCALES__', file.split(/[\\/]/).pop()));
    }
    rmSync(bundle.outputDir, { recursive: true, force: true });
    renameSync(staging, join(root, key));
    for (const old of readdirSync(root)) if (old !== key && !old.endsWith('.lock')) rmSync(join(root, old), { recursive: true, force: true });
    return target;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

module.exports = { bundleBackend, ensureBackendBundle };
