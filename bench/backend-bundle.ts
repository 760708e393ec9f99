/**
 * The backend as `forge deploy` ships it: bundled by Atlassian's @forge/bundler (scripts/bundle-backend.cjs).
 * Its size is measured here and in test/manifest/forge-bundle.test.ts against one budget.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Measured at 5.01 MB (webpack, unminified, as the CLI bundles); the budget leaves room for growth, not for a new framework. */
export const BACKEND_BUNDLE_BUDGET_BYTES = 6_000_000;

export interface BackendBundle {
  outputDir: string;
  files: string[];
  bytes: number;
  ms: number;
  handlers: { key: string; handler: string }[];
}

/** Runs the bundler in a child process on the Node the tests run on; throws with the bundler's words when it fails. */
export function bundleBackend(repoRoot: string): BackendBundle {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bundle-backend.cjs')], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`@forge/bundler failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as BackendBundle;
}
