import fc from 'fast-check';
import { JastBuilder } from '@atlassianlabs/jql-ast';
import { newIncidentRecord, type IncidentRecord } from '../../../src/domain/incident/incident-record';
import { isPostmortemOverdue, postmortemDuty, postmortemIndexFields, requiredLevels } from '../../../src/domain/postmortem/postmortem-policy';
import { jqlString, similarIncidentsJql } from '../../../src/domain/postmortem/similar-incidents-query';
import { defaultSlaSettings } from '../../../src/domain/sla/default-sla';

const STATUSES = defaultSlaSettings().statuses;
const LEVELS = ['Critical', 'Serious', 'Mild'];
const POLICY = { requiredLevels: null, dueDays: 14 };

function incident(priority: string | null, extra: Partial<IncidentRecord> = {}, resolvedAt: string | null = '2026-03-01T10:00:00.000Z'): IncidentRecord {
  return {
    ...newIncidentRecord('10001', '2026-02-28T09:00:00.000Z', 'iso-27001'),
    priority,
    triage: { state: 'incident', by: 'u', at: '2026-02-28T09:10:00.000Z', reason: null },
    sla: {
      respondedAt: null,
      respondedBy: null,
      escalations: [],
      statusChanges: resolvedAt ? [{ id: '1', at: resolvedAt, from: 'In Progress', to: 'Done' }] : [],
    },
    ...extra,
  };
}

describe('postmortem policy (seed 000: high and critical incidents, within two weeks)', () => {
  it.each([
    ['Critical, resolved', incident('Critical'), { state: 'due', resolvedAt: '2026-03-01T10:00:00.000Z', dueAt: '2026-03-15T10:00:00.000Z' }],
    ['Serious, resolved', incident('Serious'), { state: 'due', resolvedAt: '2026-03-01T10:00:00.000Z', dueAt: '2026-03-15T10:00:00.000Z' }],
    ['Mild, resolved', incident('Mild'), { state: 'not-required', resolvedAt: '2026-03-01T10:00:00.000Z', dueAt: null }],
    ['Critical, still open', incident('Critical', {}, null), { state: 'pending', resolvedAt: null, dueAt: null }],
    ['Critical, an exercise', incident('Critical', { exercise: true }), { state: 'not-required', resolvedAt: '2026-03-01T10:00:00.000Z', dueAt: null }],
    [
      'Critical, dismissed as not an incident',
      incident('Critical', { triage: { state: 'not-incident', by: 'u', at: '2026-02-28T09:10:00.000Z', reason: 'spam' } }),
      { state: 'not-required', resolvedAt: '2026-03-01T10:00:00.000Z', dueAt: null },
    ],
    [
      'Critical, published',
      incident('Critical', { postmortem: { publishedAt: '2026-03-05T10:00:00.000Z', publishedBy: 'u', url: null } }),
      { state: 'published', resolvedAt: '2026-03-01T10:00:00.000Z', dueAt: '2026-03-15T10:00:00.000Z' },
    ],
    [
      'Critical, resolved by the post-incident phase',
      incident(
        'Critical',
        {
          response: {
            roles: {},
            phases: [{ phase: 'post-incident', at: '2026-03-02T08:00:00.000Z', recordedAt: '2026-03-02T08:00:00.000Z', by: 'u', reason: null }],
            ticks: {},
            evidence: [],
            exerciseOf: null,
          },
        },
        null,
      ),
      { state: 'due', resolvedAt: '2026-03-02T08:00:00.000Z', dueAt: '2026-03-16T08:00:00.000Z' },
    ],
    ['no priority yet', incident(null), { state: 'not-required', resolvedAt: '2026-03-01T10:00:00.000Z', dueAt: null }],
  ])('%s', (_name, record, expected) => {
    expect(postmortemDuty(record, STATUSES, POLICY, LEVELS)).toEqual(expected);
  });

  it('configured levels and days replace the defaults', () => {
    expect(requiredLevels({ requiredLevels: ['Mild'] }, LEVELS)).toEqual(['Mild']);
    expect(postmortemDuty(incident('Mild'), STATUSES, { requiredLevels: ['Mild'], dueDays: 3 }, LEVELS).dueAt).toBe('2026-03-04T10:00:00.000Z');
    expect(requiredLevels({ requiredLevels: null }, ['P1', 'P2', 'P3', 'P4', 'P5'])).toEqual(['P1', 'P2']);
  });

  it.each([
    ['the day before it is due', '2026-03-15T09:59:59.000Z', false],
    ['just after it fell due', '2026-03-15T10:00:01.000Z', true],
  ])('overdue %s: %s', (_name, now, expected) => {
    expect(isPostmortemOverdue(postmortemDuty(incident('Critical'), STATUSES, POLICY, LEVELS), Date.parse(now))).toBe(expected);
  });

  it('the index carries the due date only while it is due', () => {
    expect(postmortemIndexFields(postmortemDuty(incident('Critical'), STATUSES, POLICY, LEVELS))).toEqual({
      postmortem: 'due',
      postmortemDue: '2026-03-15T10:00:00.000Z',
    });
    expect(postmortemIndexFields(postmortemDuty(incident('Critical', {}, null), STATUSES, POLICY, LEVELS))).toEqual({
      postmortem: 'pending',
      postmortemDue: null,
    });
  });
});

describe('similar incidents by JQL: no injection', () => {
  it('quotes the category and the key', () => {
    expect(similarIncidentsJql('SEC-9', '3f2a9c0d1e5b7a8c9d0e')).toBe(
      'incidentCategoryTag = "3f2a9c0d1e5b7a8c9d0e" AND incidentExercise = "false" AND incidentTriage != "not-incident" AND key != "SEC-9" ORDER BY created DESC',
    );
    expect(similarIncidentsJql('SEC-9', null)).toBeNull();
    expect(jqlString('a" OR project = X')).toBe('"a\\" OR project = X"');
    // A C1 control (U+0080) is not valid inside a JQL string (the property below found it).
    expect(jqlString('phish\u0080ing')).toBe('"phishing"');
  });

  it('law: any value stays one string operand of one clause', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const jast = new JastBuilder().build(`incidentCategory = ${jqlString(value)}`);
        expect(jast.errors).toEqual([]);
        const where = (jast.query as unknown as { where: { clauseType: string; operand: { value: string } } }).where;
        expect(where.clauseType).toBe('terminal');

        expect(where.operand.value).toBe(value.replace(/[\u0000-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g, ''));
      }),
      { numRuns: 500 },
    );
    // The seed that found U+0080, kept so the case stays covered whatever the run's seed.
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        (value) => new JastBuilder().build(`incidentCategory = ${jqlString(value)}`).errors.length === 0,
      ),
      { seed: -112219655, numRuns: 500 },
    );
  });
});
