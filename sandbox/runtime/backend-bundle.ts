/**
 * The backend as `forge deploy` ships it: bundled by Atlassian's @forge/bundler (scripts/bundle-backend.cjs,
 * run in a child process because the bundler needs a main module of its own). The local site runs its
 * functions from this bundle (bundle-executor.ts); a bundle is kept per content of what goes into it, in
 * .sandbox/bundle/, so it is made once per change, whoever asks first (a lock folder keeps two test
 * workers from making it at once).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BackendBundle {
  outputDir: string;
  files: string[];
  bytes: number;
  ms: number;
  handlers: { key: string; handler: string }[];
}

/** Runs the bundler on the Node the caller runs on; throws with the bundler's words when it fails. */
export function bundleBackend(repoRoot: string): BackendBundle {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bundle-backend.cjs')], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`@forge/bundler failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as BackendBundle;
}

function sourceHash(repoRoot: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
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
  for (const f of ['manifest.yml', 'tsconfig.json', 'package-lock.json', join('scripts', 'bundle-backend.cjs')]) hash.update(readFileSync(join(repoRoot, f)));
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The path of index.cjs bundled from the sources as they are now; bundles (about 20 s) when there is none. */
export function ensureBackendBundle(repoRoot: string, say: (line: string) => void = () => undefined): string {
  const root = join(repoRoot, '.sandbox', 'bundle');
  const key = sourceHash(repoRoot);
  const target = join(root, key, 'index.cjs');
  if (existsSync(target)) return target;
  mkdirSync(root, { recursive: true });
  const lock = join(root, `${key}.lock`);
  try {
    mkdirSync(lock);
  } catch {
    // Someone else is bundling these sources: wait for their bundle (or for a stale lock to be old).
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
    copyFileSync(bundle.files[0]!, join(staging, 'index.cjs'));
    rmSync(bundle.outputDir, { recursive: true, force: true });
    renameSync(staging, join(root, key));
    for (const old of readdirSync(root)) if (old !== key && !old.endsWith('.lock')) rmSync(join(root, old), { recursive: true, force: true });
    return target;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
