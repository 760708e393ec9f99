// Whether the built Custom UIs are older than their sources: `npm start` and `npm test` both build
// them first when they are, so neither needs a separate build step on a fresh clone.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MODULES = ['panel', 'gadget', 'admin', 'portal'];

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const p = join(dir, entry.name);
    if (entry.name === 'build' || entry.name === 'node_modules') return max;
    return Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

/** True when a module's build is missing or older than its sources, the shared UI code or the resolver contract. */
export function uiBuildIsStale(root) {
  const shared = Math.max(
    newest(join(root, 'static', 'common')),
    newest(join(root, 'src', 'shared')),
    statSync(join(root, 'static', 'vite.shared.mjs')).mtimeMs,
    // The translations are bundled next to each UI (build-ui.mjs), as the manifest lists them.
    existsSync(join(root, 'locales')) ? newest(join(root, 'locales')) : 0,
  );
  return MODULES.some((m) => {
    const index = join(root, 'static', m, 'build', 'index.html');
    return !existsSync(index) || statSync(index).mtimeMs < Math.max(newest(join(root, 'static', m)), shared);
  });
}
