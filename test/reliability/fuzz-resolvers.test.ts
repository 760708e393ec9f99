/**
 * Fuzzing: for every resolver, 1,000 payloads from fast-check (arbitrary JSON, the valid payload
 * with fields replaced, removed or added, hostile strings), sent by a user who is allowed to call
 * it. Every answer is the shared envelope; every failure a typed error other than INTERNAL; a
 * refused payload changes nothing on the site.
 */
import fc from 'fast-check';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { ERROR_CODES } from '../../src/shared/envelope';
import { ALEX, createTestSite, RILEY } from '../support/test-site';
import { recordRow } from './ledger';
import { callResolver, RESOLVER_CASES, type ResolverCase } from './resolver-calls';

const RUNS = 1_000;
const HOSTILE = [
  '<script>alert(1)</script>',
  '"; DROP TABLE x; --',
  '" OR project = SEC OR "',
  '[x](javascript:alert(1))',
  '{"type":"doc"}',
  '\u0000',
  '\uFDD0',
  '\u202e',
  'a'.repeat(70_000),
  '__proto__',
  '../../etc/passwd',
];

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

/** Payloads near the valid one (one field replaced, dropped or added) and far from it. */
function payloads(c: ResolverCase): fc.Arbitrary<unknown> {
  const valid = c.payload();
  const keys = Object.keys(valid);
  const replaced =
    keys.length === 0 ? fc.constant(valid) : fc.tuple(fc.constantFrom(...keys), fc.oneof(jsonValue, hostile)).map(([k, v]) => ({ ...valid, [k]: v }));
  const dropped =
    keys.length === 0 ? fc.constant(valid) : fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k)));
  const added = fc
    .tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'issueKey', 'accountId')), fc.oneof(jsonValue, hostile))
    .map(([k, v]) => JSON.parse(JSON.stringify({ ...valid, [k]: v })));
  return fc.oneof(
    { weight: 3, arbitrary: replaced },
    { weight: 1, arbitrary: dropped },
    { weight: 1, arbitrary: added },
    { weight: 2, arbitrary: fc.oneof(jsonValue, fc.constantFrom(null, undefined, [], '', 0, true)) },
  );
}

let site: Site;
let issue: StoredIssue;
beforeAll(() => {
  site = createTestSite();
  issue = site.issues.create({ projectId: '10000', summary: 'Strange login prompts', reporter: RILEY }, RILEY, false, { silent: true });
});
afterAll(async () => {
  await site.close();
});

const snapshot = () => JSON.stringify({ kvs: site.state.kvs, issues: site.state.issues });
/**
 * The site as the last refusal left it; null after an accepted call (which may have written). Most
 * fuzzed payloads are refused, so reusing the state a refusal was compared against halves the
 * serialising of the whole site, and the check stays exact: nothing runs between two calls.
 */
let known: string | null = null;
const CODES = new Set<string>(ERROR_CODES);

describe.each(RESOLVER_CASES.map((c) => [c.key, c] as const))('%s', (_key, c) => {
  it(`answers ${RUNS} fuzzed payloads with a typed envelope and stores nothing it refuses`, async () => {
    const caller = c.surface === 'admin' || c.surface === 'project-settings' ? ALEX : RILEY;
    const problems: string[] = [];
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(payloads(c), async (payload) => {
        tried++;
        const before = known ?? snapshot();
        known = null;
        let result: unknown;
        try {
          result = (await callResolver(site, c, issue, caller, payload)).result;
        } catch (e) {
          problems.push(`threw ${e instanceof Error ? e.message : String(e)} for ${JSON.stringify(payload)?.slice(0, 120)}`);
          return;
        }
        const envelope = result as { ok?: unknown; error?: { code?: string; message?: unknown } };
        if (typeof envelope !== 'object' || envelope === null || typeof envelope.ok !== 'boolean')
          problems.push(`no envelope for ${JSON.stringify(payload)?.slice(0, 120)}`);
        else if (!envelope.ok && (!CODES.has(envelope.error?.code ?? '') || typeof envelope.error?.message !== 'string'))
          problems.push(`untyped error ${JSON.stringify(envelope.error)?.slice(0, 120)}`);
        else if (!envelope.ok && envelope.error?.code === 'INTERNAL') problems.push(`INTERNAL for ${JSON.stringify(payload)?.slice(0, 160)}`);
        else if (!envelope.ok) {
          const after = snapshot();
          if (after !== before) problems.push(`refused (${envelope.error?.code}) but stored something for ${JSON.stringify(payload)?.slice(0, 120)}`);
          else known = after;
        }
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
    recordRow(__filename, { area: 'fuzzing', check: `${c.key}: fuzzed payloads`, tried, held: tried - problems.length, lost: problems.length });
    expect(problems.slice(0, 5)).toEqual([]);
  }, 120_000);
});
