/**
 * Given the repository as it is (its own tsconfig.json), when Atlassian's @forge/bundler bundles the
 * backend as `forge deploy` does, then the bundle loads in a bare Node process (no environment, as a
 * Forge function starts) and exports every handler the manifest names, within the size budget.
 */
import { spawnSync } from 'node:child_process';
import { BACKEND_BUNDLE_BUDGET_BYTES, bundleBackend, type BackendBundle } from '../../bench/backend-bundle';
import { REPO } from '../support/repo-files';

let bundle: BackendBundle;
beforeAll(() => {
  bundle = bundleBackend(REPO);
}, 180_000);

describe('the backend bundled by @forge/bundler', () => {
  it('exports a function for every handler in manifest.yml, loaded in an emptied environment', () => {
    expect(bundle.handlers.length).toBeGreaterThanOrEqual(5);
    const probe = `const exported = require(${JSON.stringify(bundle.files[0])}); console.log(JSON.stringify(Object.fromEntries(Object.entries(exported).map(([k, v]) => [k, typeof v]))));`;
    const run = spawnSync(process.execPath, ['-e', probe], { env: {}, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const exported = JSON.parse(run.stdout) as Record<string, string>;
    for (const { key, handler } of bundle.handlers) {
      const name = handler.slice(handler.lastIndexOf('.') + 1);
      expect(`${key}: ${exported[name]}`).toBe(`${key}: function`);
    }
  });

  it(`stays within the bundle budget (${BACKEND_BUNDLE_BUDGET_BYTES / 1e6} MB)`, () => {
    expect(bundle.bytes).toBeGreaterThan(100_000);
    expect(bundle.bytes).toBeLessThanOrEqual(BACKEND_BUNDLE_BUDGET_BYTES);
  });
});
