import fc from 'fast-check';
import { applyIncidentEdit, type IncidentEditRequest } from '../../../src/domain/incident/apply-incident-edit';
import { MAX_HISTORY_ENTRIES, newIncidentRecord, type IncidentRecord } from '../../../src/domain/incident/incident-record';
import { DEFAULT_CATEGORIES } from '../../../src/domain/config/default-config';
import { ISO_27001_MATRIX, ITIL_3X3_MATRIX } from '../../../src/domain/priority/matrix-presets';

const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-01T10:30:00.000Z';
const M = ISO_27001_MATRIX;
const base = (): IncidentRecord => newIncidentRecord('10001', T0, M.id);

describe('applyIncidentEdit', () => {
  it.each<[string, IncidentEditRequest, { revision: number; fields: string[]; priority: string | null }]>([
    ['sets one field', { expectedRevision: 0, category: 'phishing' }, { revision: 1, fields: ['category'], priority: null }],
    ['impact alone gives no priority yet', { expectedRevision: 0, impact: 'high' }, { revision: 1, fields: ['impact'], priority: null }],
    [
      'impact and urgency give the matrix level',
      { expectedRevision: 0, urgency: 'medium', impact: 'medium', category: 'malware' },
      { revision: 1, fields: ['category', 'impact', 'urgency', 'priority'], priority: 'Serious' },
    ],
    ['marks an exercise', { expectedRevision: 0, exercise: true }, { revision: 1, fields: ['exercise'], priority: null }],
    ['flags confidentiality', { expectedRevision: 0, cia: { confidentiality: true } }, { revision: 1, fields: ['cia.confidentiality'], priority: null }],
    [
      'an override sets the level without the matrix',
      { expectedRevision: 0, override: { level: 'Critical', reason: 'CEO mailbox' } },
      { revision: 1, fields: ['override', 'priority'], priority: 'Critical' },
    ],
  ])('%s', (_name, edit, expected) => {
    const outcome = applyIncidentEdit(base(), edit, M, 'acc-1', T1);
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.record.revision).toBe(expected.revision);
    expect(outcome.record.updatedAt).toBe(T1);
    expect(outcome.changes.map((c) => c.field)).toEqual(expected.fields);
    expect(outcome.record.priority).toBe(expected.priority);
  });

  it('records who changed what from what to what, and why', () => {
    const start = { ...base(), impact: 'low', urgency: 'medium', priority: 'Mild' };
    const outcome = applyIncidentEdit(start, { expectedRevision: 0, impact: 'medium', reason: 'Three people clicked the link' }, M, 'acc-riley', T1);
    expect(outcome).toMatchObject({
      kind: 'applied',
      priorityChanged: true,
      changes: [
        { at: T1, by: 'acc-riley', field: 'impact', from: 'low', to: 'medium', reason: 'Three people clicked the link' },
        { at: T1, by: 'acc-riley', field: 'priority', from: 'Mild', to: 'Serious', reason: 'Three people clicked the link' },
      ],
    });
  });

  it('keeps the override with who, when and why; removing it returns to the matrix', () => {
    const start = { ...base(), impact: 'low', urgency: 'low', priority: 'Mild' };
    const overridden = applyIncidentEdit(start, { expectedRevision: 0, override: { level: 'Critical', reason: ' Board member affected ' } }, M, 'acc-sam', T1);
    if (overridden.kind !== 'applied') throw new Error('expected applied');
    expect(overridden.record.override).toEqual({ level: 'Critical', reason: 'Board member affected', by: 'acc-sam', at: T1 });
    expect(overridden.changes.find((c) => c.field === 'priority')).toMatchObject({ from: 'Mild', to: 'Critical', reason: 'Board member affected' });
    const cleared = applyIncidentEdit(overridden.record, { expectedRevision: 1, override: null }, M, 'acc-sam', T1);
    expect(cleared).toMatchObject({ kind: 'applied', record: { override: null, priority: 'Mild' } });
  });

  it('refuses a stale revision and reports the current one', () => {
    expect(applyIncidentEdit({ ...base(), revision: 3 }, { expectedRevision: 2, category: 'other' }, M, 'acc-1', T1)).toEqual({
      kind: 'stale',
      currentRevision: 3,
    });
  });

  it('clears a field with null, and the priority with it', () => {
    const outcome = applyIncidentEdit({ ...base(), impact: 'low', urgency: 'low', priority: 'Mild' }, { expectedRevision: 0, impact: null }, M, 'acc-1', T1);
    expect(outcome).toMatchObject({ kind: 'applied', record: { impact: null, priority: null } });
  });

  it('moves a record to the current matrix when the admin switched presets', () => {
    const outcome = applyIncidentEdit(
      { ...base(), impact: 'high', urgency: 'high', priority: 'Critical' },
      { expectedRevision: 0, reason: 're-triage' },
      ITIL_3X3_MATRIX,
      'acc-1',
      T1,
    );
    expect(outcome).toMatchObject({ kind: 'applied', record: { matrixId: 'itil-3x3', priority: 'P1' } });
  });

  it('keeps at most MAX_HISTORY_ENTRIES changes, dropping the oldest', () => {
    const history = Array.from({ length: MAX_HISTORY_ENTRIES }, (_, i) => ({ at: T0, by: null, field: 'category', from: null, to: `old-${i}`, reason: null }));
    const outcome = applyIncidentEdit({ ...base(), history }, { expectedRevision: 0, category: 'other' }, M, 'acc-1', T1);
    if (outcome.kind !== 'applied') throw new Error('expected applied');
    expect(outcome.record.history).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(outcome.record.history[0]!.to).toBe('old-1');
    expect(outcome.record.history[MAX_HISTORY_ENTRIES - 1]!.to).toBe('other');
  });

  const editArb = fc.record(
    {
      category: fc.constantFrom(null, ...DEFAULT_CATEGORIES.map((c) => c.id)),
      impact: fc.constantFrom(null, ...M.impact.map((l) => l.id)),
      urgency: fc.constantFrom(null, ...M.urgency.map((l) => l.id)),
      exercise: fc.boolean(),
      cia: fc.record({ confidentiality: fc.boolean(), integrity: fc.boolean(), availability: fc.boolean(), authenticity: fc.boolean() }, { requiredKeys: [] }),
      override: fc.option(fc.record({ level: fc.constantFrom(...M.levels.map((l) => l.id)), reason: fc.constantFrom('Regulator asked', 'Board member') }), {
        nil: null,
      }),
    },
    { requiredKeys: [] },
  );

  it('law: saving the same edit twice changes nothing the second time (idempotent)', () => {
    fc.assert(
      fc.property(editArb, (fields) => {
        const first = applyIncidentEdit(base(), { expectedRevision: 0, ...fields }, M, 'acc-1', T1);
        const record = first.kind === 'applied' ? first.record : base();
        const second = applyIncidentEdit(record, { expectedRevision: record.revision, ...fields }, M, 'acc-1', T1);
        expect(second).toEqual({ kind: 'unchanged', record });
      }),
    );
  });

  it('law: the stored priority is always the override or the matrix cell', () => {
    fc.assert(
      fc.property(editArb, (fields) => {
        const outcome = applyIncidentEdit(base(), { expectedRevision: 0, ...fields }, M, 'acc-1', T1);
        const r = outcome.kind === 'applied' ? outcome.record : base();
        const cell = M.cells.find((c) => c.impact === r.impact && c.urgency === r.urgency);
        expect(r.priority).toBe(r.override?.level ?? cell?.level ?? null);
      }),
    );
  });
});
