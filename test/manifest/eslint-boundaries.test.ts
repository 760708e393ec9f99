import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../support/repo-files';

const CASES: [string, string, string][] = [
  ['src/domain/x.ts', "import { kvs } from '@forge/kvs';\nexport const a = kvs;\n", '@forge/* is imported only in src/platform'],
  ['src/domain/x.ts', "import { nowIso } from '../platform/clock';\nexport const a = nowIso;\n", 'src/domain is pure'],
  ['src/domain/x.ts', 'export const a = () => Date.now();\n', 'The domain takes time as an argument.'],
  ['src/usecases/x.ts', "import { incidentStore } from '../platform/storage/incident-store';\nexport const a = incidentStore;\n", 'Use cases depend on ports'],
  ['src/resolvers/x.ts', "import api from '@forge/api';\nexport const a = api;\n", '@forge/* is imported only in src/platform'],
  [
    'static/panel/src/x.ts',
    "import { loadIncident } from '../../../src/usecases/load-incident';\nexport const a = loadIncident;\n",
    'Custom UIs import only src/shared',
  ],
  ['src/platform/x.ts', "import { storage } from '@forge/api';\nexport const a = storage;\n", 'use @forge/kvs'],
];

let outcome: { project: string[]; virtual: string[][] };
beforeAll(() => {
  const input = JSON.stringify({
    cwd: REPO,
    folders: ['src', 'sandbox', 'static', 'test', 'bench', 'scripts'],
    cases: CASES.map(([filePath, code]) => ({ filePath, code })),
  });
  outcome = JSON.parse(execFileSync(process.execPath, [join(REPO, 'test', 'support', 'eslint-runner.mjs'), input], { cwd: REPO, encoding: 'utf8' }));
}, 60_000);

describe('lint boundaries (architecture.md section 2)', () => {
  it('the whole project lints clean', () => {
    expect(outcome.project).toEqual([]);
  });

  it.each(CASES.map((c, i) => [c[0], c[2], i] as const))('%s: refuses, saying "%s"', (_file, message, index) => {
    expect(outcome.virtual[index]!.join(' ')).toContain(message);
  });
});
