/**
 * Issue 30, class 5: a public holiday that falls on a weekend and is observed on a weekday is a
 * holiday on the observed day too, wherever the law's calendar says so, so business-day deadlines
 * do not come out a day early. Pack-wide: every business-day calendar any shipped rule counts in
 * (periods and rolls) closes every observed day of 2026-2028; then literal vectors from the texts.
 */
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { legalCalendar } from '../../../src/domain/legal/legal-calendars';
import type { LegalCalendarId } from '../../../src/domain/legal/legal-rule';
import { UNSURE_PROFILE } from '../../../src/domain/legal/organisation-profile';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import { iso, obligationsFor } from './legal-fixtures';

const YEARS = [2026, 2027, 2028];
const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];
/** Acquirer countries the Visa rules may name: every Member State plus the largest card markets outside the EU. */
const ACQUIRER_COUNTRIES = [...EU_MEMBER_STATES, 'GB', 'US', 'CA', 'AU', 'JP', 'BR', 'SG', 'IN', 'CH', 'ZA'];
/**
 * Observed days the dataset marks that are not holidays in law, so stay working days: Ireland's
 * substitute St Stephen's Day (type 'bank': the Organisation of Working Time Act 1997 makes no
 * substitute public holiday; the employee gets a day in lieu instead, s 21).
 */
const NOT_HOLIDAYS_IN_LAW = new Set(['IE']);

/** The calendars the pack's rules count business days or roll deadlines in, for every country a profile can name. */
function calendarsInUse(): { rule: string; country: string; calendar: NonNullable<ReturnType<typeof legalCalendar>> }[] {
  const out: { rule: string; country: string; calendar: NonNullable<ReturnType<typeof legalCalendar>> }[] = [];
  for (const rule of SHIPPED_RULES) {
    const ids = new Set<LegalCalendarId>();
    if (rule.period?.calendar) ids.add(rule.period.calendar);
    for (const limb of rule.limbs ?? []) if (limb.period.calendar) ids.add(limb.period.calendar);
    if (rule.roll) ids.add(rule.roll.calendar);
    for (const id of ids) {
      const countries = id === 'EU-member-state' ? EU_MEMBER_STATES : id === 'acquirer-country' ? ACQUIRER_COUNTRIES : [countryOf(id)];
      for (const country of countries) {
        const calendar = legalCalendar(id, { ...UNSURE_PROFILE, memberStates: [country], acquirerCountry: country });
        if (calendar) out.push({ rule: rule.id, country, calendar });
      }
    }
  }
  return out;
}

function countryOf(id: LegalCalendarId): string {
  return { 'US-federal': 'US', 'US-VT': 'US-VT', 'US-ME': 'US-ME', 'BR-national': 'BR', 'JP-government': 'JP', 'AU-national': 'AU' }[id as string] ?? '??';
}

/** Weekdays on which date-holidays says a weekend holiday is observed (its "substitute" days). */
function observedWeekdays(country: string): { date: string; name: string; type: string }[] {
  const [code, state] = country.split('-') as [string, string | undefined];
  const dataset = state ? new Holidays(code, state) : new Holidays(code);
  return YEARS.flatMap((year) => dataset.getHolidays(year) || [])
    .filter((h) => h.substitute === true && (h.type === 'public' || h.type === 'bank'))
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name, type: h.type }))
    .filter((h) => DateTime.fromISO(h.date).weekday <= 5);
}

describe('observed holidays in legal business-day calendars (issue 30, class 5)', () => {
  const inUse = calendarsInUse();
  const observed = new Map<string, ReturnType<typeof observedWeekdays>>();
  const observedIn = (country: string) => observed.get(country) ?? observed.set(country, observedWeekdays(country)).get(country)!;

  it('walks every rule that counts business days or rolls a deadline', () => {
    const rules = new Set(inUse.map((u) => u.rule));
    // SEC 8-K and 8-K/A, Vermont AG, Brazil x3, Visa x2, Japan x2, DORA x3, Australia's assessment, California H&S 1280.15 x2.
    expect(rules.size).toBeGreaterThanOrEqual(15);
    expect(observedIn('US').length).toBeGreaterThanOrEqual(6);
  });

  it('for each business-day calendar, every observed holiday in 2026-2028 is a non-working day', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { rule, country, calendar } of inUse) {
      const code = country.split('-')[0]!;
      for (const h of observedIn(country)) {
        if (h.type === 'bank' && NOT_HOLIDAYS_IN_LAW.has(code)) continue;
        checked++;
        if (calendar.isWorkingDay(h.date)) wrong.push(`${rule} (${calendar.name}): ${h.date} ${h.name} [${h.type}]`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(70);
  });

  it("keeps Ireland's substitute St Stephen's Day a working day: no substitute public holiday in law", () => {
    const ireland = legalCalendar('EU-member-state', { ...UNSURE_PROFILE, memberStates: ['IE'] })!;
    // Organisation of Working Time Act 1997 s 21 and Sch. 2: https://www.irishstatutebook.ie/eli/1997/act/20/section/21/enacted/en/html
    expect(ireland.isWorkingDay('2027-12-27')).toBe(true);
    expect(ireland.isWorkingDay('2026-12-25')).toBe(false);
  });

  /**
   * The federal holidays as OPM publishes them, observed dates included (5 U.S.C. 6103(a)-(b);
   * Executive Order 11582): https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/
   */
  const OPM_FEDERAL_HOLIDAYS: Record<number, string[]> = {
    2026: [
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ],
    2027: [
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-06-18',
      '2027-07-05',
      '2027-09-06',
      '2027-10-11',
      '2027-11-11',
      '2027-11-25',
      '2027-12-24',
      '2027-12-31',
    ],
    2028: ['2028-01-17', '2028-02-21', '2028-05-29', '2028-06-19', '2028-07-04', '2028-09-04', '2028-10-09', '2028-11-10', '2028-11-23', '2028-12-25'],
  };

  it.each(YEARS)('US-federal (SEC, EDGAR): every federal holiday OPM lists for %i, observed dates included, is closed', (year) => {
    const federal = legalCalendar('US-federal', UNSURE_PROFILE)!;
    expect(OPM_FEDERAL_HOLIDAYS[year]!.filter((d) => federal.isWorkingDay(d))).toEqual([]);
  });

  const SEC = { secRegistrant: 'yes' as const };
  const URL_8K = 'https://www.sec.gov/files/form8-k.pdf';
  it.each([
    {
      name: 'Independence Day 2027 falls on a Sunday and is observed Monday 5 July: due Friday 9 July, not Thursday 8',
      cite: `Form 8-K General Instruction B.1; 5 U.S.C. 6103(b)(2); ${URL_8K}`,
      determined: '2027-07-02T20:00:00Z',
      due: '2027-07-09T21:30:00.000Z',
    },
    {
      name: 'Christmas 2027 falls on a Saturday and is observed Friday 24 December: due Tuesday 28 December',
      cite: `Form 8-K General Instruction B.1; Executive Order 11582; ${URL_8K}`,
      determined: '2027-12-21T15:00:00Z',
      due: '2027-12-28T22:30:00.000Z',
    },
    {
      name: "New Year's Day 2028 falls on a Saturday and is observed Friday 31 December 2027: due Wednesday 5 January",
      cite: `Form 8-K General Instruction B.1; Executive Order 11582; ${URL_8K}`,
      determined: '2027-12-29T15:00:00Z',
      due: '2028-01-05T22:30:00.000Z',
    },
    {
      name: 'Veterans Day 2028 falls on a Saturday and is observed Friday 10 November (dataset type "bank"): due Tuesday 14 November',
      cite: `Form 8-K General Instruction B.1; 5 U.S.C. 6103(b)(1); ${URL_8K}`,
      determined: '2028-11-07T15:00:00Z',
      due: '2028-11-14T22:30:00.000Z',
    },
    {
      name: 'a determination on the observed Independence Day (Friday 3 July 2026) starts the count on Monday 6 July: due Thursday 9 July',
      cite: `Form 8-K General Instruction B.1 ("begin to run on, and include, the first business day thereafter"); ${URL_8K}`,
      determined: '2026-07-03T15:00:00Z',
      due: '2026-07-09T21:30:00.000Z',
    },
  ])('SEC Form 8-K Item 1.05: $name ($cite)', ({ determined, due }) => {
    const filing = obligationsFor({ profile: SEC, starts: { materiality_determined_at: determined }, now: determined }).find(
      (o) => o.rule.id === 'us.sec.8k.filing',
    );
    expect(iso(filing?.dueAt)).toBe(due);
  });

  it('DORA roll in Germany, which observes no substitute days: a final report due on Saturday 25 December 2027 rolls to Monday 27 December, noon (RTS 2025/301 Art 5(4), https://eur-lex.europa.eu/eli/reg_del/2025/301/oj)', () => {
    const final = obligationsFor({
      profile: { dora: 'other-financial-entity', nis2: 'none', memberStates: ['DE'] },
      starts: { classified_major_at: '2027-11-20T08:00:00Z' },
      sent: [
        ['eu.dora.initial', '2027-11-20T10:00:00Z'],
        ['eu.dora.intermediate', '2027-11-25T09:00:00Z'],
      ],
      now: '2027-11-26T00:00:00Z',
    }).find((o) => o.rule.id === 'eu.dora.final');
    // +1 month = Sat 25 Dec 2027 10:00 CET; Sun 26 Dec, then Mon 27 Dec (no German substitute day): Monday is a working day.
    expect(iso(final?.dueAt)).toBe('2027-12-27T11:00:00.000Z');
  });
});
