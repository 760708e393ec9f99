/**
 * Atlassian's own permission check, as `forge deploy` runs it before deploying: @forge/lint's
 * PermissionLinter reads every source file, finds each product call it can judge (a call named
 * `requestJira` / `requestConfluence` with a literal route template and absent or inline options,
 * whose literal `method` it reads; anything else counts as GET) and reports every call whose
 * documented scopes the manifest lacks. A call it cannot read is silently not judged, so this test
 * counts the calls it judged against every product call written in the sources, and proves with a
 * manifest that lacks scopes that the check does report.
 */
import { parse } from 'yaml';
import { PermissionLinter, parseSourceFile } from '@forge/lint';
import { read, REPO, rel, sourceFiles } from '../support/repo-files';
import { useLocalSwagger } from '../support/local-swagger';

interface ApiCall {
  path: string;
  method: string;
  line: number;
}
interface ProductVerifier {
  lookupApiCall(call: ApiCall): { regex?: RegExp } | undefined;
}
interface LinterInternals {
  matches: Map<string, { jira: ApiCall[]; confluence: ApiCall[] }>;
  verifiers: { jira: ProductVerifier; confluence: ProductVerifier };
}

/**
 * The two places that declare and forward a call already judged at its call site: the caller's literal
 * route reaches them as the value `path`. Nothing else may pass a route through a variable.
 */
const FORWARDERS = ['src/platform/confluence/confluence-pages.ts', 'src/platform/jira/jira-client.ts'];
const FORWARDING = /\brequest(Jira|Confluence)\(path\b/;

const files = sourceFiles('src', 'static').filter((f) => !f.endsWith('.d.ts'));
/**
 * The files the check can find a call in: its visitor matches callee names by /request(Jira|Confluence|Bitbucket)/,
 * so a file without that text has none (test/manifest/manifest.test.ts lints every file with every linter).
 */
const callers = files.filter((f) => /request(Jira|Confluence|Bitbucket)/.test(read(f)));

async function lintPermissions(manifest: { permissions: { scopes: string[] } }) {
  useLocalSwagger();
  const { lint } = await import('@forge/lint');
  const failures: string[] = [];
  const logger = { info: (line: string) => failures.push(line) };
  const linter = new PermissionLinter('development' as never, manifest as never, logger as never);
  const cwd = process.cwd();
  process.chdir(REPO); // the linter reads tsconfig.json from the working directory, as the CLI does
  try {
    const results = await lint(
      callers.map(rel),
      manifest as never,
      'development',
      logger as never,
      {} as never,
      {
        linters: [linter],
        parseFunction: parseSourceFile,
      } as never,
    );
    const findings = results.flatMap((r) => r.errors.map((p) => `${rel(r.file)}:${p.line} ${p.message}`));
    // batchExecute swallows a linter that throws and logs it: that would be a check that ran nothing.
    expect(failures.filter((l) => /fail/i.test(l))).toEqual([]);
    return { findings, internals: linter as unknown as LinterInternals };
  } finally {
    process.chdir(cwd);
  }
}

/** Every `requestJira(` / `requestConfluence(` call written in the sources, the forwarders' declarations and calls left out. */
function writtenCalls(): number {
  const forwardingIn = files.filter((f) => FORWARDING.test(read(f))).map(rel);
  expect(forwardingIn.sort()).toEqual(FORWARDERS);
  const code = (f: string) => read(f).replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return files.reduce((n, f) => n + (code(f).match(/\brequest(Jira|Confluence)\((?!path\b)/g)?.length ?? 0), 0);
}

const appManifest = () => parse(read(`${REPO}/manifest.yml`)) as { permissions: { scopes: string[] } };

describe("@forge/lint's permission check (offline, as forge deploy runs it)", () => {
  it('judges every REST call the app writes, each against a documented operation, and finds no missing scope', async () => {
    const { findings, internals } = await lintPermissions(appManifest());
    expect(findings).toEqual([]);
    const judged = [...internals.matches.entries()].flatMap(([file, m]) => [
      ...m.jira.map((call) => ({ file: rel(file), product: 'jira' as const, call })),
      ...m.confluence.map((call) => ({ file: rel(file), product: 'confluence' as const, call })),
    ]);
    const undocumented = judged.filter(({ product, call }) => !internals.verifiers[product].lookupApiCall(call)?.regex);
    expect(undocumented.map(({ file, call }) => `${file}:${call.line} ${call.method} ${call.path}`)).toEqual([]);
    expect(judged.length).toBe(writtenCalls());
    expect(judged.length).toBeGreaterThan(45);
    const byProduct = (p: string) => judged.filter((j) => j.product === p).length;
    process.stderr.write(
      `@forge/lint's permission check judged ${judged.length} REST call sites (Jira and JSM ${byProduct('jira')}, Confluence ${byProduct('confluence')}) in ${new Set(judged.map((j) => j.file)).size} files; ${findings.length} lack a scope\n`,
    );
  }, 300_000);

  it('reports the calls a manifest without read:jira-work and write:page:confluence could not make (negative control)', async () => {
    const manifest = appManifest();
    manifest.permissions.scopes = manifest.permissions.scopes.filter((s) => s !== 'read:jira-work' && s !== 'write:page:confluence');
    const { findings } = await lintPermissions(manifest);
    expect(findings.some((f) => f.includes('read:jira-work') && f.includes('/rest/api/3/search/jql'))).toBe(true);
    expect(findings.some((f) => f.includes('write:page:confluence') && f.startsWith('src/platform/confluence/'))).toBe(true);
  }, 300_000);
});
