/**
 * The pack's changelog (docs/legal-rule-pack-changelog.md) says what changed in the current pack and
 * why: it has a section for RULE_PACK_VERSION, and every rule id it names is a rule the pack ships,
 * so a renamed or removed rule cannot leave a stale entry behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_PACK_VERSION, SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';

const changelog = readFileSync(join(__dirname, '../../../docs/legal-rule-pack-changelog.md'), 'utf8');
const ids = new Set(SHIPPED_RULES.map((r) => r.id));

describe('the rule pack changelog', () => {
  it('has a section for the current pack, with the three kinds of change each written up', () => {
    const current = changelog.split(/^## /m).find((s) => s.startsWith(`Rule pack ${RULE_PACK_VERSION}`));
    expect(current).toBeDefined();
    for (const heading of ['### Applicability', '### Time', '### Verification and citations']) {
      const section = current!.split(heading)[1]?.split(/^### /m)[0] ?? '';
      expect(section.trim().length).toBeGreaterThan(200);
    }
  });

  it('names only rules the pack ships, and names many of them', () => {
    // A rule id is a backticked dotted name whose first part is a jurisdiction (eu., us-ca., au., ...).
    const named = [...changelog.matchAll(/`([a-z]{2}(?:-[a-z]{2})?\.[a-z0-9._-]+)`/g)].map((m) => m[1]!).filter((n) => !n.endsWith('.ts'));
    const unknown = [...new Set(named)].filter((n) => !ids.has(n));
    expect(unknown).toEqual([]);
    expect(new Set(named).size).toBeGreaterThan(30);
  });
});
