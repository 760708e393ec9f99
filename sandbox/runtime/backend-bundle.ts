/**
 * The backend as `forge deploy` ships it, bundled by Atlassian's @forge/bundler: the typed face of
 * scripts/backend-bundle-cache.cjs (plain JavaScript, so that `npm test`'s global setup can make the
 * bundle before any test worker starts). The local site runs its functions from it (bundle-executor.ts).
 */
import { join } from 'node:path';

export interface BackendBundle {
  outputDir: string;
  files: string[];
  bytes: number;
  ms: number;
  handlers: { key: string; handler: string }[];
}

const cache = require(join(__dirname, '..', '..', 'scripts', 'backend-bundle-cache.cjs')) as {
  bundleBackend(repoRoot: string): BackendBundle;
  ensureBackendBundle(repoRoot: string, say?: (line: string) => void): string;
};

/** Bundles now (about 20 s), in a child process; throws with the bundler's words when it fails. */
export const bundleBackend = (repoRoot: string): BackendBundle => cache.bundleBackend(repoRoot);

/** The path of index.cjs bundled from the sources as they are now, made once per change. */
export const ensureBackendBundle = (repoRoot: string, say?: (line: string) => void): string => cache.ensureBackendBundle(repoRoot, say);
