/**
 * The manifest against Atlassian's "Runs on Atlassian" criteria
 * (https://developer.atlassian.com/platform/forge/runs-on-atlassian-apps/): only Atlassian-hosted
 * compute and storage, with the host product's data residency. `forge eligibility` checks a deployed
 * version on Atlassian's side; its rule codes (in @forge/cli-shared's texts) are what this test
 * checks offline, each on the manifest:
 * - HAS_REMOTES: no `remotes` (no compute or storage outside Atlassian);
 * - HAS_CONNECT_MODULES: no `connectModules` and no `connect` block;
 * - HAS_DEFINED_EGRESS: no `permissions.external` (nothing fetched from, or sent to, other hosts);
 * - HAS_EXPOSED_CREDENTIALS: no `providers` (no external auth credentials);
 * - HAS_NON_DARE_COMPLIANT_SQL_MODULE: no `sql` module (Forge SQL's Preview had no data residency);
 * - HAS_EGRESS_WEBTRIGGER_MODULE: every `webtrigger` is `response: { type: static }`.
 * Data residency follows: KVS is the app's only store (storage:app), which Forge keeps in the host
 * product's region.
 */
import { parse } from 'yaml';
import { read, REPO } from '../support/repo-files';

type Manifest = {
  remotes?: unknown[];
  connectModules?: unknown;
  connect?: unknown;
  providers?: unknown;
  permissions?: { scopes?: string[]; external?: unknown };
  modules: Record<string, { key: string; response?: { type?: string } }[]>;
};

/** The Runs on Atlassian rules a manifest breaks, by `forge eligibility`'s codes. */
function ineligibleBecause(m: Manifest): string[] {
  const broken: string[] = [];
  if ((m.remotes ?? []).length > 0) broken.push('HAS_REMOTES');
  if (m.connectModules || m.connect) broken.push('HAS_CONNECT_MODULES');
  if (m.permissions?.external) broken.push('HAS_DEFINED_EGRESS');
  if (m.providers) broken.push('HAS_EXPOSED_CREDENTIALS');
  if ((m.modules.sql ?? []).length > 0) broken.push('HAS_NON_DARE_COMPLIANT_SQL_MODULE');
  if ((m.modules.webtrigger ?? []).some((w) => w.response?.type !== 'static')) broken.push('HAS_EGRESS_WEBTRIGGER_MODULE');
  return broken;
}

const manifest = () => parse(read(`${REPO}/manifest.yml`)) as Manifest;

describe('Runs on Atlassian', () => {
  it('the manifest breaks none of the program rules, and keeps its data in Forge storage', () => {
    const m = manifest();
    expect(ineligibleBecause(m)).toEqual([]);
    expect(m.permissions?.scopes).toContain('storage:app');
    expect(Object.keys(m.modules)).not.toEqual(expect.arrayContaining(['sql']));
  });

  it('each rule catches what it names (negative control)', () => {
    const broken = manifest();
    broken.remotes = [{ key: 'elsewhere', baseUrl: 'https://example.com' }];
    broken.permissions = { ...broken.permissions, external: { fetch: { backend: ['https://example.com'] } } };
    broken.providers = { auth: [] };
    broken.modules.sql = [{ key: 'main' }];
    broken.modules.webtrigger = [{ key: 'alerts', response: { type: 'dynamic' } }];
    expect(ineligibleBecause(broken)).toEqual([
      'HAS_REMOTES',
      'HAS_DEFINED_EGRESS',
      'HAS_EXPOSED_CREDENTIALS',
      'HAS_NON_DARE_COMPLIANT_SQL_MODULE',
      'HAS_EGRESS_WEBTRIGGER_MODULE',
    ]);
  });
});
