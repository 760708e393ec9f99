import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulePackTable } from '../../../src/domain/legal/rule-pack-table';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';

describe('the legal notification guide lists the supported regimes', () => {
  it('contains the generated rule table, with every rule and its verification level', () => {
    const readme = readFileSync(join(__dirname, '../../../docs/legal-notification.md'), 'utf8');
    // Regenerate with: npx tsx -e "console.log(require('./src/domain/legal/rule-pack-table').rulePackTable())"
    expect(readme).toContain(rulePackTable());
  });

  it('ships every regime of the reference, UNVERIFIED rules switched off', () => {
    const regimes = new Set(SHIPPED_RULES.map((r) => r.regime.split(' (')[0]));
    for (const regime of [
      'EU GDPR',
      'UK GDPR',
      'EU NIS2',
      'EU DORA',
      'US SEC 8-K Item 1.05',
      'US HIPAA',
      'US NYDFS 500.17',
      'US California',
      'US Texas',
      'Visa',
      'Mastercard',
      'Australia Privacy Act',
      'Singapore PDPA',
      'India CERT-In Directions',
      'Brazil LGPD',
      'Japan APPI',
      'Canada PIPEDA',
      'Switzerland FADP',
      'South Africa POPIA',
      'EU Cyber Resilience Act',
      'US CIRCIA',
      'EU AI Act',
    ]) {
      expect(regimes).toContain(regime);
    }
    expect(SHIPPED_RULES.filter((r) => r.verification === 'UNVERIFIED').every((r) => !r.enabledByDefault)).toBe(true);
    expect(new Set(SHIPPED_RULES.map((r) => r.id)).size).toBe(SHIPPED_RULES.length);
  });
});
