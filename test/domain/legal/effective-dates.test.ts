/**
 * Issue 30, class 7: a rule's "applies from" date is the start of that day where the law applies
 * (the rule's zone), not midnight UTC. Pack-wide: for every rule with an effective date, a clock
 * starting at 00:30 local time on the first day is governed and one at 23:30 the evening before is
 * not; then literal vectors from the texts through the panel's own path.
 */
import { DateTime } from 'luxon';
import { effectiveFromMs, isInEffectAt } from '../../../src/domain/legal/legal-period';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import { type Given, iso, obligationsFor } from './legal-fixtures';

const dated = SHIPPED_RULES.filter((r) => r.effectiveFrom !== null);

describe('effective dates in the rule zone (issue 30, class 7)', () => {
  it('walks every rule with an effective date', () => {
    // CRA x4, AI Act x3, California, FTC Safeguards, Reg S-P, Australia CSA, Swiss ISA, India DPDP x3.
    expect(dated.length).toBeGreaterThanOrEqual(16);
  });

  it.each(dated.map((r) => [r.id, r.effectiveFrom, r.zone, r] as const))(
    '%s: %s begins at 00:00 in %s; a clock at 00:30 local on that day gets it, one at 23:30 the evening before does not',
    (_id, date, zone, rule) => {
      const start = DateTime.fromMillis(effectiveFromMs(date!, zone), { zone });
      expect(start.toISODate()).toBe(date);
      expect(start.toFormat('HH:mm:ss.SSS')).toBe('00:00:00.000');
      const firstDay = DateTime.fromISO(`${date}T00:30`, { zone }).toMillis();
      const eveningBefore = DateTime.fromISO(`${date}T00:00`, { zone }).minus({ minutes: 30 }).toMillis();
      expect(isInEffectAt(rule, firstDay)).toBe(true);
      expect(isInEffectAt(rule, eveningBefore)).toBe(false);
    },
  );

  interface Vector {
    name: string;
    cite: string;
    rule: string;
    given: (at: string) => Given;
    /** 00:30 local on the first day, and what is then due. */
    firstDay: string;
    due: string;
    /** 23:30 local the evening before: the rule does not govern it. */
    eveningBefore: string;
  }
  const VECTORS: Vector[] = [
    {
      name: 'Cyber Resilience Act early warning: 00:30 Brussels time on 11 September 2026',
      cite: 'CRA (Reg. 2024/2847) Art 71(2), Art 14(2)(a); https://eur-lex.europa.eu/eli/reg/2024/2847/oj',
      rule: 'eu.cra.early_warning',
      given: (at) => ({ profile: { craManufacturer: 'yes' }, starts: { aware_at: at }, now: at }),
      firstDay: '2026-09-10T22:30:00Z',
      due: '2026-09-11T22:30:00.000Z',
      eveningBefore: '2026-09-10T21:30:00Z',
    },
    {
      name: 'California 30-day notice: 00:30 Pacific time on 1 January 2026 (a clock at 23:30 on 31 December, already 2026 in UTC, is not governed)',
      cite: 'Cal. Civ. Code 1798.82(a) as amended by SB 446 (2025); Cal. Const. art IV s 8(c); https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82',
      rule: 'us-ca.individuals',
      given: (at) => ({ answers: { residences: ['US-CA'], residencesComplete: true }, starts: { discovered_at: at }, now: at }),
      firstDay: '2026-01-01T08:30:00Z',
      due: '2026-01-31T08:30:00.000Z',
      eveningBefore: '2026-01-01T07:30:00Z',
    },
    {
      name: 'India DPDP Rules detailed report: 00:30 India time on 13 May 2027',
      cite: "DPDP Rules 2025 r 7(2)(b), from the pack's start date (the date itself is checked under issue 30's verification work); https://dpdpa.co.in/rule-7",
      rule: 'in.dpdp.detailed',
      given: (at) => ({ answers: { residences: ['IN'], residencesComplete: true }, starts: { aware_at: at }, now: at }),
      firstDay: '2027-05-12T19:00:00Z',
      due: '2027-05-15T19:00:00.000Z',
      eveningBefore: '2027-05-12T18:00:00Z',
    },
  ];

  it.each(VECTORS)('$name ($cite)', ({ rule, given, firstDay, due, eveningBefore }) => {
    const governed = obligationsFor(given(firstDay)).find((o) => o.rule.id === rule);
    expect(iso(governed?.dueAt)).toBe(due);
    expect(obligationsFor(given(eveningBefore)).find((o) => o.rule.id === rule)).toBeUndefined();
  });
});
