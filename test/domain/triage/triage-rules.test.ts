import { validator } from '@atlaskit/adf-utils/validator';
import fc from 'fast-check';
import { defaultAppConfig, DEFAULT_CATEGORIES } from '../../../src/domain/config/default-config';
import { newIncidentRecord } from '../../../src/domain/incident/incident-record';
import { FIVE_BY_FIVE_MATRIX, ISO_27001_MATRIX } from '../../../src/domain/priority/matrix-presets';
import { acknowledgementComment, closedNotice } from '../../../src/domain/triage/acknowledgement';
import { defaultImpactUrgency, levelAt } from '../../../src/domain/triage/category-defaults';
import { decideTriage } from '../../../src/domain/triage/decide-triage';
import { expectedFirstResponse } from '../../../src/domain/triage/expected-first-response';
import { AROUND_THE_CLOCK } from '../../../src/domain/sla/business-calendar';
import { DEFAULT_OFFICE_CALENDAR } from '../../../src/domain/sla/default-sla';
import { intakeRecord } from '../../../src/domain/triage/intake-record';
import { en } from '../../i18n/backend-words';
import { planJiraPriority, planRestriction } from '../../../src/domain/triage/jira-field-plan';
import { parsePortalReport } from '../../../src/domain/triage/parse-portal-report';

const T0 = '2026-03-02T08:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';

describe('category defaults', () => {
  it.each([
    ['low', 3, 'low'],
    ['medium', 3, 'medium'],
    ['high', 3, 'high'],
    ['low', 5, '1'],
    ['medium', 5, '3'],
    ['high', 5, '5'],
  ] as const)('%s on a %i-level axis is %s', (relative, size, id) => {
    const axis = size === 3 ? ISO_27001_MATRIX.impact : FIVE_BY_FIVE_MATRIX.impact;
    expect(levelAt(axis, relative).id).toBe(id);
  });

  it.each([
    ['technical', 'medium', 'medium', 'Serious'],
    ['phishing', 'low', 'medium', 'Mild'],
    ['malware', 'medium', 'high', 'Critical'],
    ['physical-safety', 'high', 'high', 'Critical'],
    ['security-breach', 'high', 'high', 'Critical'],
    ['lost-device', 'medium', 'high', 'Critical'],
    ['data-exposure', 'high', 'medium', 'Critical'],
    ['denial-of-service', 'high', 'high', 'Critical'],
    ['other', 'low', 'low', 'Mild'],
  ])('a %s report starts at impact %s, urgency %s: %s', (category, impact, urgency, level) => {
    const config = defaultAppConfig();
    expect(
      defaultImpactUrgency(
        ISO_27001_MATRIX,
        DEFAULT_CATEGORIES.find((c) => c.id === category),
      ),
    ).toEqual({ impact, urgency });
    expect(intakeRecord('1', T0, { category, personalData: 'no', howBad: null, howUrgent: null }, config).priority).toBe(level);
  });
});

describe("parsePortalReport (untrusted: what the customer's browser wrote)", () => {
  it.each([
    [
      'a full report',
      { category: 'phishing', personalData: 'unsure', howBad: 'many', howUrgent: 'now' },
      { category: 'phishing', personalData: 'unsure', howBad: 'many', howUrgent: 'now' },
    ],
    [
      'unknown values dropped',
      { category: 'ransomware-party', personalData: 'maybe', howBad: 42, howUrgent: '<script>' },
      { category: null, personalData: null, howBad: null, howUrgent: null },
    ],
    ['extra keys ignored', { category: 'other', personalData: 'no', admin: true }, { category: 'other', personalData: 'no', howBad: null, howUrgent: null }],
    ['not an object', 'phishing', null],
    ['an array', ['phishing'], null],
    ['no property', undefined, null],
  ])('%s', (_name, property, expected) => {
    expect(parsePortalReport(property, DEFAULT_CATEGORIES)).toEqual(expected);
  });
});

describe('intakeRecord', () => {
  it('starts as an event, keeps what the reporter said and flags confidentiality when personal data may be involved', () => {
    const report = { category: 'data-exposure', personalData: 'unsure' as const, howBad: 'some', howUrgent: null };
    expect(intakeRecord('10042', T0, report, defaultAppConfig())).toEqual({
      ...newIncidentRecord('10042', T0, 'iso-27001'),
      category: 'data-exposure',
      impact: 'high',
      urgency: 'medium',
      priority: 'Critical',
      cia: { confidentiality: true, integrity: false, availability: false, authenticity: false },
      reporter: report,
    });
  });

  it('an issue filed in Jira (no portal answers) has no category and no priority yet', () => {
    expect(intakeRecord('10043', T0, null, defaultAppConfig())).toMatchObject({ category: null, impact: null, urgency: null, priority: null, reporter: null });
  });
});

describe('decideTriage', () => {
  const event = newIncidentRecord('1', T0, 'iso-27001');
  it.each([
    ['confirm', null, 'incident'],
    ['dismiss', 'Marketing newsletter, not phishing', 'not-incident'],
  ] as const)('%s -> %s', (action, reason, state) => {
    expect(decideTriage(event, action, reason, 0, 'acc-riley', T1)).toEqual({
      kind: 'applied',
      record: {
        ...event,
        triage: { state, by: 'acc-riley', at: T1, reason },
        revision: 1,
        updatedAt: T1,
        history: [{ at: T1, by: 'acc-riley', field: 'triage', from: 'event', to: state, reason }],
      },
    });
  });

  it('needs a reason to dismiss or reopen', () => {
    expect(decideTriage(event, 'dismiss', '   ', 0, 'acc-1', T1)).toEqual({ kind: 'reason-required' });
    expect(decideTriage({ ...event, triage: { state: 'incident', by: null, at: null, reason: null } }, 'reopen', null, 0, 'acc-1', T1)).toEqual({
      kind: 'reason-required',
    });
  });

  it('refuses a stale revision; deciding the same twice changes nothing', () => {
    expect(decideTriage(event, 'confirm', null, 3, 'acc-1', T1)).toEqual({ kind: 'stale', currentRevision: 0 });
    const confirmed = decideTriage(event, 'confirm', null, 0, 'acc-1', T1);
    if (confirmed.kind !== 'applied') throw new Error('expected applied');
    expect(decideTriage(confirmed.record, 'confirm', null, 1, 'acc-1', T1)).toEqual({ kind: 'unchanged', record: confirmed.record });
  });
});

describe('expectedFirstResponse', () => {
  it.each([
    [60, AROUND_THE_CLOCK, 'within 1 hour'],
    [30, AROUND_THE_CLOCK, 'within 30 minutes'],
    [240, DEFAULT_OFFICE_CALENDAR, 'within 4 business hours'],
    [90, DEFAULT_OFFICE_CALENDAR, 'within 90 business minutes'],
    [480, DEFAULT_OFFICE_CALENDAR, 'by the next business day'],
    [undefined, undefined, 'by the next business day'],
  ] as const)('acknowledge in %j minutes on %#', (minutes, calendar, text) => {
    const policy = minutes === undefined ? undefined : { calendarId: calendar!.id, targetMinutes: { acknowledge: minutes, contain: 600, resolve: 6000 } };
    expect(expectedFirstResponse(policy, calendar)).toBe(text);
  });
});

describe('Jira field plans', () => {
  const PRIORITIES = [
    { id: '1', name: 'Highest' },
    { id: '2', name: 'High' },
    { id: '3', name: 'Medium' },
  ];
  const MAP = { Critical: 'Highest', Serious: 'High', Mild: 'Medium', Odd: 'Blocker' };
  it.each([
    ['Critical', 'Medium', { kind: 'set', id: '1', name: 'Highest' }],
    ['Serious', 'High', { kind: 'keep' }],
    [null, 'Medium', { kind: 'keep' }],
    ['Unmapped', 'Medium', { kind: 'cannot', note: "No Jira priority is mapped to Unmapped; an admin can add it in the app's settings." }],
    [
      'Odd',
      'Medium',
      {
        kind: 'cannot',
        note: "Jira's priority could not be set to Blocker: this project's priority scheme does not offer it. Check the mapping in the app's settings.",
      },
    ],
  ])('level %s with Jira priority %s', (level, current, plan) => {
    expect(planJiraPriority(level, MAP, PRIORITIES, current)).toEqual(plan);
  });

  it('cannot set a priority the caller may not edit', () => {
    expect(planJiraPriority('Critical', MAP, null, 'Medium')).toMatchObject({ kind: 'cannot' });
  });

  it.each([
    ['Restricted', [{ id: '10100', name: 'Restricted' }], null, { kind: 'set', id: '10100', name: 'Restricted' }],
    ['Restricted', [{ id: '10100', name: 'Restricted' }], 'Board only', { kind: 'keep' }],
    [null, [{ id: '10100', name: 'Restricted' }], null, { kind: 'keep' }],
    [
      'Restricted',
      null,
      null,
      {
        kind: 'cannot',
        note: 'This report could not be restricted to the security level "Restricted": the project does not offer it to the app. Restrict it by hand, and check the security scheme.',
      },
    ],
  ])('restrict to %s (offered %j, current %s)', (restrictTo, choices, current, plan) => {
    expect(planRestriction(restrictTo, choices, current)).toEqual(plan);
  });
});

describe('messages to the reporter', () => {
  it("the acknowledgement validates against Atlassian's ADF schema and names the expected response", () => {
    const adf = acknowledgementComment(en, { promise: 'businessHours', amount: 4 });
    const errors: string[] = [];
    validator()(adf, (entity, error) => {
      errors.push(`${error.code}: ${error.message}`);
      return entity;
    });
    expect(errors).toEqual([]);
    expect(JSON.stringify(adf)).toContain('will get back to you within 4 business hours');
  });

  it('the close notice names the request by its key (never a summary responders may have edited) and never blames', () => {
    expect(closedNotice(en, 'SEC-7')).toEqual({
      subject: '[SEC-7] Your report is closed',
      textBody:
        'Your report SEC-7 is now closed. Thank you for reporting it. If it happens again, or you notice anything else that seems off, report it the same way.',
    });
  });

  it('law: parsing never invents a category the taxonomy does not have', () => {
    fc.assert(
      fc.property(fc.anything(), (property) => {
        const parsed = parsePortalReport(property, DEFAULT_CATEGORIES);
        if (parsed?.category != null) expect(DEFAULT_CATEGORIES.map((c) => c.id)).toContain(parsed.category);
      }),
    );
  });
});
