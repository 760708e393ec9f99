import fc from 'fast-check';
import { applyIncidentEdit, type IncidentEditRequest } from '../../../src/domain/incident/apply-incident-edit';
import { MAX_HISTORY_ENTRIES, newIncidentRecord, type IncidentRecord } from '../../../src/domain/incident/incident-record';
import { IMPACT_LEVEL_IDS, INCIDENT_CATEGORY_IDS, URGENCY_LEVEL_IDS } from '../../../src/shared/vocabulary';

const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-01T10:30:00.000Z';
const base = (): IncidentRecord => newIncidentRecord('10001', T0);

describe('applyIncidentEdit', () => {
  it.each<[string, IncidentEditRequest, { revision: number; fields: string[] }]>([
    ['sets one field', { expectedRevision: 0, category: 'phishing' }, { revision: 1, fields: ['category'] }],
    ['sets several fields in a fixed order', { expectedRevision: 0, urgency: 'high', impact: 'minor', category: 'malware' }, { revision: 1, fields: ['category', 'impact', 'urgency'] }],
    ['marks an exercise', { expectedRevision: 0, exercise: true }, { revision: 1, fields: ['exercise'] }],
  ])('%s', (_name, edit, expected) => {
    const outcome = applyIncidentEdit(base(), edit, 'acc-1', T1);
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.record.revision).toBe(expected.revision);
    expect(outcome.record.updatedAt).toBe(T1);
    expect(outcome.changes.map((c) => c.field)).toEqual(expected.fields);
  });

  it('records who changed what from what to what', () => {
    const outcome = applyIncidentEdit({ ...base(), category: 'phishing' }, { expectedRevision: 0, category: 'malware', exercise: true }, 'acc-riley', T1);
    expect(outcome).toMatchObject({
      kind: 'applied',
      changes: [
        { at: T1, by: 'acc-riley', field: 'category', from: 'phishing', to: 'malware' },
        { at: T1, by: 'acc-riley', field: 'exercise', from: 'false', to: 'true' },
      ],
    });
  });

  it('refuses a stale revision and reports the current one', () => {
    expect(applyIncidentEdit({ ...base(), revision: 3 }, { expectedRevision: 2, category: 'other' }, 'acc-1', T1)).toEqual({ kind: 'stale', currentRevision: 3 });
  });

  it('clears a field with null', () => {
    const outcome = applyIncidentEdit({ ...base(), impact: 'minor' }, { expectedRevision: 0, impact: null }, 'acc-1', T1);
    expect(outcome.kind === 'applied' && outcome.record.impact).toBeNull();
  });

  it('keeps at most MAX_HISTORY_ENTRIES changes, dropping the oldest', () => {
    const history = Array.from({ length: MAX_HISTORY_ENTRIES }, (_, i) => ({ at: T0, by: null, field: 'category' as const, from: null, to: `old-${i}` }));
    const outcome = applyIncidentEdit({ ...base(), history }, { expectedRevision: 0, category: 'other' }, 'acc-1', T1);
    if (outcome.kind !== 'applied') throw new Error('expected applied');
    expect(outcome.record.history).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(outcome.record.history[0]!.to).toBe('old-1');
    expect(outcome.record.history[MAX_HISTORY_ENTRIES - 1]!.to).toBe('other');
  });

  const editArb = fc.record(
    {
      category: fc.constantFrom(null, ...INCIDENT_CATEGORY_IDS),
      impact: fc.constantFrom(null, ...IMPACT_LEVEL_IDS),
      urgency: fc.constantFrom(null, ...URGENCY_LEVEL_IDS),
      exercise: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('law: saving the same edit twice changes nothing the second time (idempotent)', () => {
    fc.assert(
      fc.property(editArb, (fields) => {
        const first = applyIncidentEdit(base(), { expectedRevision: 0, ...fields }, 'acc-1', T1);
        const record = first.kind === 'applied' ? first.record : base();
        const second = applyIncidentEdit(record, { expectedRevision: record.revision, ...fields }, 'acc-1', T1);
        expect(second).toEqual({ kind: 'unchanged', record });
      }),
    );
  });

  it('law: the revision rises by exactly one per applied edit and never otherwise', () => {
    fc.assert(
      fc.property(editArb, (fields) => {
        const outcome = applyIncidentEdit(base(), { expectedRevision: 0, ...fields }, 'acc-1', T1);
        if (outcome.kind === 'applied') expect(outcome.record.revision).toBe(1);
        else expect(outcome.kind).toBe('unchanged');
      }),
    );
  });
});
