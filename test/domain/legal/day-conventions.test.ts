/**
 * Issue 30, class 6: how each rule counts days. "N days after the day of X" ends at the end of the
 * Nth day, not at X's time of day; some laws leave the first day out and move a last day on a
 * weekend or holiday forward; some make discovery a day. Pack-wide: every rule declares its
 * convention, the declaration fits its period, and day-based rules do not depend on the start's
 * time of day; then literal vectors from the primary texts.
 */
import { DateTime } from 'luxon';
import { legalCalendar } from '../../../src/domain/legal/legal-calendars';
import { addLegalPeriod } from '../../../src/domain/legal/legal-period';
import { DAY_CONVENTIONS, type LegalRule } from '../../../src/domain/legal/legal-rule';
import { UNSURE_PROFILE } from '../../../src/domain/legal/organisation-profile';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import { DAY_CONVENTION_OF } from '../../../src/domain/legal/rule-pack/day-conventions';
import { type Given, iso, obligationsFor } from './legal-fixtures';

const PROFILE = { ...UNSURE_PROFILE, memberStates: ['DE'], acquirerCountry: 'DE' };
const dueFrom = (rule: LegalRule, startMs: number) =>
  addLegalPeriod(startMs, rule.period!, rule.zone, rule.period!.calendar ? legalCalendar(rule.period!.calendar, PROFILE) : null, rule.dayConvention);

describe('day conventions (issue 30, class 6)', () => {
  it('every shipped rule declares a day convention, and every declaration names a shipped rule', () => {
    const undeclared = SHIPPED_RULES.filter((r) => !DAY_CONVENTION_OF[r.id]).map((r) => r.id);
    const stale = Object.keys(DAY_CONVENTION_OF).filter((id) => !SHIPPED_RULES.some((r) => r.id === id));
    expect(undeclared).toEqual([]);
    expect(stale).toEqual([]);
    expect(SHIPPED_RULES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(SHIPPED_RULES.map((r) => [r.id, r] as const))('%s carries its declared convention, which fits its period', (_id, rule) => {
    const declared = DAY_CONVENTION_OF[rule.id]!;
    expect(DAY_CONVENTIONS).toContain(rule.dayConvention);
    expect(rule.dayConvention).toBe(declared.convention);
    expect(declared.basis.length).toBeGreaterThan(20);
    const periods = [rule.period, ...(rule.limbs ?? []).map((l) => l.period)].filter((p) => p !== null);
    // Hours run from the instant; a rule without a period only has an hours target.
    if (periods.length === 0 || periods.every((p) => p.unit === 'hours')) expect(rule.dayConvention).toBe('elapsed');
    // Business days are whole days: the count cannot keep a time of day.
    if (periods.some((p) => p.unit === 'business_days')) expect(rule.dayConvention).not.toBe('elapsed');
    if (periods.some((p) => p.dayOneIsStart)) expect(rule.dayConvention).toBe('start-day-is-day-one');
    if (rule.dayConvention === 'exclude-first-day-roll-forward') expect(rule.roll).toMatchObject({ at: 'end-of-day' });
    // A day-based convention is read from the text: it cites the article and an official URL.
    if (rule.dayConvention !== 'elapsed') expect(declared.basis).toMatch(/https:\/\/\S+/);
  });

  it('a day-based rule gives the same deadline for a start at 00:30 and at 23:30 local time; an elapsed one keeps the time', () => {
    const walked: string[] = [];
    for (const rule of SHIPPED_RULES) {
      if (!rule.period || rule.period.unit === 'hours') continue;
      const zone = rule.period.calendar ? legalCalendar(rule.period.calendar, PROFILE)!.zone : rule.zone;
      // A Wednesday in June: no holiday in any pack calendar, and no DST change within the day.
      const early = DateTime.fromISO('2027-06-09T00:30', { zone }).toMillis();
      const late = DateTime.fromISO('2027-06-09T23:30', { zone }).toMillis();
      if (rule.dayConvention === 'elapsed') expect(dueFrom(rule, late) - dueFrom(rule, early)).toBe(23 * 3_600_000);
      else {
        expect(dueFrom(rule, late)).toBe(dueFrom(rule, early));
        const due = DateTime.fromMillis(dueFrom(rule, early), { zone });
        expect(due.toFormat('HH:mm')).toBe(rule.period.cutoff ?? '23:59');
      }
      walked.push(rule.id);
    }
    expect(walked.length).toBeGreaterThanOrEqual(45);
  });

  interface Vector {
    name: string;
    cite: string;
    rule: string;
    given: Given;
    due: string;
  }
  const SG = { residences: ['SG' as const], residencesComplete: true, risk: 'high' as const };
  const HIPAA = { hipaa: 'covered-entity' as const };
  const health = { dataTypes: { health: 'yes' as const } };
  const AU = { profile: { auAppEntity: 'yes' as const }, answers: { residences: ['AU' as const], residencesComplete: true } };
  const VECTORS: Vector[] = [
    {
      name: 'Singapore: an assessment at 23:50 on Friday 20 November: the PDPC may be told until the end of Monday 23 November',
      cite: 'PDPA s 26D(1) "no later than 3 calendar days after the day the organisation makes that assessment"; https://sso.agc.gov.sg/Act/PDPA2012?ProvIds=P16A-',
      rule: 'sg.pdpa.pdpc',
      given: { answers: SG, starts: { assessment_completed_at: '2026-11-20T15:50:00Z' }, now: '2026-11-20T16:00:00Z' },
      due: '2026-11-23T15:59:59.999Z',
    },
    {
      name: 'Singapore: an assessment at 00:10 the same day gives the same last day (not 00:10 on Monday)',
      cite: 'PDPA s 26D(1); https://sso.agc.gov.sg/Act/PDPA2012?ProvIds=P16A-',
      rule: 'sg.pdpa.pdpc',
      given: { answers: SG, starts: { assessment_completed_at: '2026-11-19T16:10:00Z' }, now: '2026-11-19T17:00:00Z' },
      due: '2026-11-23T15:59:59.999Z',
    },
    {
      name: 'HIPAA: a breach first known at 00:05 ET on 4 January 2027: 60 days after that day is 5 March, to midnight ET',
      cite: '45 CFR 164.404(a)(2) "treated as discovered ... as of the first day on which such breach is known", (b) "60 calendar days after discovery"; https://www.ecfr.gov/current/title-45/section-164.404',
      rule: 'us.hipaa.404.individuals',
      given: { profile: HIPAA, answers: health, starts: { discovered_at: '2027-01-04T05:05:00Z' }, now: '2027-01-04T06:00:00Z' },
      due: '2027-03-06T04:59:59.999Z',
    },
    {
      name: 'HIPAA: first known at 23:55 ET the same day: the same deadline (discovery is the day, not the minute)',
      cite: '45 CFR 164.404(a)(2); https://www.ecfr.gov/current/title-45/section-164.404',
      rule: 'us.hipaa.404.individuals',
      given: { profile: HIPAA, answers: health, starts: { discovered_at: '2027-01-05T04:55:00Z' }, now: '2027-01-05T05:00:00Z' },
      due: '2027-03-06T04:59:59.999Z',
    },
    {
      name: 'HIPAA business associate: discovered on Tuesday 1 June 2027: the covered entity is told by the end of Saturday 31 July',
      cite: '45 CFR 164.410(a)(2), (b); https://www.ecfr.gov/current/title-45/section-164.410',
      rule: 'us.hipaa.410.ba',
      given: { profile: { hipaa: 'business-associate' }, answers: health, starts: { discovered_at: '2027-06-01T13:00:00Z' }, now: '2027-06-01T14:00:00Z' },
      due: '2027-08-01T03:59:59.999Z',
    },
    {
      name: 'Australia: grounds to suspect on 25 November 2026: day 30 is Christmas Day, then the weekend and the Boxing Day substitute, so Tuesday 29 December',
      cite: 'Privacy Act 1988 s 26WH(2); Acts Interpretation Act 1901 s 36(1) item 6, s 36(2); https://www.legislation.gov.au/C1901A00002/latest/text',
      rule: 'au.ndb.assessment',
      given: { ...AU, starts: { reasonable_grounds_suspect_at: '2026-11-24T23:00:00Z' }, now: '2026-11-25T00:00:00Z' },
      due: '2026-12-29T12:59:59.999Z',
    },
    {
      name: 'Australia: day 30 on Saturday 3 October 2026 moves to the end of Monday 5 October (a state Labour Day does not lengthen it)',
      cite: 'Acts Interpretation Act 1901 s 36(2); https://www.legislation.gov.au/C1901A00002/latest/text',
      rule: 'au.ndb.assessment',
      given: { ...AU, starts: { reasonable_grounds_suspect_at: '2026-09-03T02:00:00Z' }, now: '2026-09-03T03:00:00Z' },
      due: '2026-10-05T12:59:59.999Z',
    },
    {
      name: 'Texas: a breach determined at 23:30 CT on 1 September 2026: individuals by the end of 31 October',
      cite: 'Tex. Bus. & Com. Code 521.053(b) "not later than the 60th day after the date on which the person determines that the breach occurred"; https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm',
      rule: 'us-tx.individuals',
      given: {
        answers: { residences: ['US-TX'], residencesComplete: true, dataTypes: { sensitive: 'yes' } },
        starts: { breach_determined_at: '2026-09-02T04:30:00Z' },
        now: '2026-09-02T05:00:00Z',
      },
      due: '2026-11-01T04:59:59.999Z',
    },
    {
      name: 'GDPR stays elapsed: 72 hours from 23:30 Brussels time end at 23:30 three days later',
      cite: 'GDPR Art 33(1) "not later than 72 hours after having become aware of it"; https://eur-lex.europa.eu/eli/reg/2016/679/oj',
      rule: 'eu.gdpr.33.sa',
      given: { answers: { residences: ['EU'], residencesComplete: true }, starts: { aware_at: '2027-06-09T21:30:00Z' }, now: '2027-06-09T22:00:00Z' },
      due: '2027-06-12T21:30:00.000Z',
    },
  ];

  it.each(VECTORS)('$name ($cite)', ({ rule, given, due }) => {
    const obligation = obligationsFor(given).find((o) => o.rule.id === rule);
    expect(obligation).toBeDefined();
    expect(iso(obligation!.dueAt)).toBe(due);
  });
});
