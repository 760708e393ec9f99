/**
 * Laws the legal deadline arithmetic keeps for any input (fast-check), and the reminder steps.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { legalCalendar } from '../../../src/domain/legal/legal-calendars';
import { addLegalPeriod } from '../../../src/domain/legal/legal-period';
import type { LegalPeriod } from '../../../src/domain/legal/legal-rule';
import { dueLegalSteps, pendingLegalSteps } from '../../../src/domain/legal/legal-escalation-steps';
import { UNSURE_PROFILE } from '../../../src/domain/legal/organisation-profile';
import { legalSettingsSchema } from '../../../src/domain/legal/legal-settings-schema';
import { DEFAULT_LEGAL_SETTINGS } from '../../../src/domain/legal/legal-settings';
import { newIncidentRecord } from '../../../src/domain/incident/incident-record';
import { incidentObligations } from '../../../src/domain/legal/incident-legal';
import { factsOf, obligationsFor } from './legal-fixtures';

const instant = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2029-12-31T00:00:00Z') });
const SEC = legalCalendar('US-federal', UNSURE_PROFILE)!;

describe('legal period laws', () => {
  it('business days land on a working day of the calendar, at the cut-off, after exactly `amount` working days', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20 }), (start, amount) => {
        const due = DateTime.fromMillis(addLegalPeriod(start, { amount, unit: 'business_days', calendar: 'US-federal', cutoff: '17:30' }, 'UTC', SEC), {
          zone: SEC.zone,
        });
        expect(SEC.isWorkingDay(due.toISODate()!)).toBe(true);
        expect(due.toFormat('HH:mm')).toBe('17:30');
        let working = 0;
        for (let d = DateTime.fromMillis(start, { zone: SEC.zone }).startOf('day').plus({ days: 1 }); d <= due; d = d.plus({ days: 1 }))
          if (SEC.isWorkingDay(d.toISODate()!)) working++;
        expect(working).toBe(amount);
      }),
      { numRuns: 300 },
    );
  });

  it('a calendar month keeps the local day, or the last day of a shorter month', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('UTC', 'Europe/Brussels', 'America/New_York'), (start, zone) => {
        const from = DateTime.fromMillis(start, { zone });
        const due = DateTime.fromMillis(addLegalPeriod(start, { amount: 1, unit: 'calendar_months' }, zone, null), { zone });
        expect(due.year * 12 + due.month - (from.year * 12 + from.month)).toBe(1);
        expect(due.day).toBe(Math.min(from.day, due.daysInMonth!));
      }),
      { numRuns: 300 },
    );
  });

  it('a later start never gives an earlier deadline, in hours, calendar days and business days', () => {
    const periods: LegalPeriod[] = [
      { amount: 72, unit: 'hours' },
      { amount: 30, unit: 'calendar_days' },
      { amount: 4, unit: 'business_days', calendar: 'US-federal', cutoff: '17:30' },
    ];
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 10 * 86_400_000 }), fc.constantFrom(...periods), (start, later, period) => {
        expect(addLegalPeriod(start + later, period, 'Europe/Brussels', SEC)).toBeGreaterThanOrEqual(addLegalPeriod(start, period, 'Europe/Brussels', SEC));
      }),
      { numRuns: 300 },
    );
  });

  it('calendar months are the exception: month-end clamping keeps the time of day, so a later start can be due earlier (the strict reading of §2.4)', () => {
    // fast-check found this: 28 Jan 18:00 and 30 Jan 15:00 both land on 28 Feb, at their own times.
    expect(new Date(addLegalPeriod(Date.parse('2027-01-28T18:00:00Z'), { amount: 1, unit: 'calendar_months' }, 'UTC', null)).toISOString()).toBe(
      '2027-02-28T18:00:00.000Z',
    );
    expect(new Date(addLegalPeriod(Date.parse('2027-01-30T15:00:00Z'), { amount: 1, unit: 'calendar_months' }, 'UTC', null)).toISOString()).toBe(
      '2027-02-28T15:00:00.000Z',
    );
  });
});

describe('legal reminders', () => {
  const given = {
    answers: { residences: ['EU' as const], residencesComplete: true },
    profile: { euEstablished: 'yes' as const },
    starts: { aware_at: '2026-03-02T09:00:00Z' },
    now: '2026-03-02T10:00:00Z',
  };
  const gdpr = () => obligationsFor(given).filter((o) => o.rule.id === 'eu.gdpr.33.sa');

  it('falls due at 50, 75 and 90 % of the window and at the deadline', () => {
    expect(pendingLegalSteps(gdpr(), [50, 75, 90], new Set()).map((s) => [s.percent, new Date(s.at).toISOString()])).toEqual([
      [50, '2026-03-03T21:00:00.000Z'],
      [75, '2026-03-04T15:00:00.000Z'],
      [90, '2026-03-05T01:48:00.000Z'],
      [100, '2026-03-05T09:00:00.000Z'],
    ]);
  });

  it('sends only the latest step that fell due, settling the earlier ones with it', () => {
    const { send, settles } = dueLegalSteps(gdpr(), [50, 75, 90], new Set(), Date.parse('2026-03-05T10:00:00Z'));
    expect(send.map((s) => s.percent)).toEqual([100]);
    expect(settles).toHaveLength(4);
    expect(pendingLegalSteps(gdpr(), [50, 75, 90], new Set(settles))).toEqual([]);
  });
});

describe('legal settings validation: a table of invalid settings, each with its message', () => {
  const valid = structuredClone(DEFAULT_LEGAL_SETTINGS);
  it.each([
    ['an unknown rule switched on', { ...valid, enabled: { 'eu.gdpr.99': true } }, 'No rule "eu.gdpr.99" exists.'],
    [
      'an override of a rule that does not exist',
      { ...valid, overrides: [{ ruleId: 'nope', jurisdiction: 'EU-FR', note: '' }] },
      'No rule "nope" exists to override.',
    ],
    [
      'business days without a calendar',
      { ...valid, overrides: [{ ruleId: 'br.anpd.communication', jurisdiction: 'BR', period: { amount: 6, unit: 'business_days' }, note: 'small agent' }] },
      'Business days need a calendar (e.g. "US-federal").',
    ],
    [
      'a non-positive period',
      { ...valid, overrides: [{ ruleId: 'eu.gdpr.33.sa', jurisdiction: 'EU', period: { amount: 0, unit: 'hours' }, note: '' }] },
      'The period must be positive.',
    ],
    [
      'a custom rule id outside the custom namespace',
      {
        ...valid,
        customRules: [
          {
            id: 'eu.gdpr.33.sa',
            regime: 'Contract',
            stage: 'Notice',
            recipient: 'ACME',
            trigger: 'aware_at',
            period: { amount: 48, unit: 'hours' },
            softWording: null,
            policyTargetHours: null,
            requiresPersonalData: true,
            residences: [],
            citation: 'MSA 12.3',
            lateRequiresReasons: false,
          },
        ],
      },
      'Custom rule ids start with "custom."',
    ],
    ['a reminder at 100 %', { ...valid, escalation: { ...valid.escalation, atPercent: [50, 100] } }, 'Reminders are at 1-99 % of the window.'],
    [
      'a member state that is not a country code',
      { ...valid, profile: { ...valid.profile, memberStates: ['Germany'] } },
      'Use a two-letter country code, e.g. "DE".',
    ],
  ])('%s', (_name, settings, message) => {
    const parsed = legalSettingsSchema.safeParse(settings);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message).join(' | ')).toContain(message);
  });

  it('accepts the defaults and a contractual deadline of your own', () => {
    expect(legalSettingsSchema.safeParse(valid).success).toBe(true);
    const custom = {
      ...valid,
      customRules: [
        {
          id: 'custom.acme-dpa',
          regime: 'Contract: ACME DPA',
          stage: 'Breach notice to ACME',
          recipient: 'ACME security desk',
          trigger: 'aware_at',
          period: { amount: 48, unit: 'hours' },
          softWording: null,
          policyTargetHours: null,
          requiresPersonalData: true,
          residences: [],
          citation: 'ACME DPA clause 9.2',
          lateRequiresReasons: true,
        },
      ],
    };
    expect(legalSettingsSchema.safeParse(custom).success).toBe(true);
    const obligation = obligationsFor({ settings: custom as never, starts: { aware_at: '2026-03-02T09:00:00Z' }, now: '2026-03-02T10:00:00Z' }).find(
      (o) => o.rule.id === 'custom.acme-dpa',
    );
    expect(obligation).toMatchObject({ applicability: 'yes', dueAt: Date.parse('2026-03-04T09:00:00Z') });
    expect(obligation!.rule.verification).toBe('custom');
  });
});

describe('legal clocks never pause', () => {
  it('ignore SLA pauses, resolution and priority: only the legal facts move them', () => {
    const record = {
      ...newIncidentRecord('1', '2026-03-01T09:00:00.000Z', 'iso-27001'),
      legal: factsOf({ answers: { residences: ['EU'], residencesComplete: true }, starts: { aware_at: '2026-03-02T09:00:00Z' }, now: '2026-03-02T10:00:00Z' }),
    };
    const statuses = fc.array(
      fc.record({ to: fc.constantFrom('Waiting for customer', 'Pending', 'Resolved', 'Closed', 'In Progress'), minutes: fc.integer({ min: 1, max: 10_000 }) }),
      { maxLength: 8 },
    );
    const settings = { ...DEFAULT_LEGAL_SETTINGS, profile: { ...UNSURE_PROFILE, euEstablished: 'yes' as const } };
    const now = Date.parse('2026-03-06T00:00:00Z');
    const baseline = incidentObligations(record, settings, now).map((o) => [o.rule.id, o.dueAt, o.state]);
    fc.assert(
      fc.property(statuses, fc.constantFrom('Critical', 'Mild', null), (changes, priority) => {
        const sla = {
          respondedAt: null,
          respondedBy: null,
          escalations: [],
          statusChanges: changes.map((c, i) => ({
            id: String(i),
            at: new Date(Date.parse('2026-03-02T09:00:00Z') + c.minutes * 60_000).toISOString(),
            from: null,
            to: c.to,
          })),
        };
        expect(incidentObligations({ ...record, sla, priority }, settings, now).map((o) => [o.rule.id, o.dueAt, o.state])).toEqual(baseline);
      }),
      { numRuns: 100 },
    );
    expect(baseline.find(([id]) => id === 'eu.gdpr.33.sa')).toEqual(['eu.gdpr.33.sa', Date.parse('2026-03-05T09:00:00Z'), 'open']);
  });
});
