import fc from 'fast-check';
import { newIncidentRecord } from '../../../src/domain/incident/incident-record';
import { latestJiraPriority, recordJiraPriorityChange } from '../../../src/domain/incident/record-jira-priority-change';

const record = () => newIncidentRecord('10001', '2026-01-01T00:00:00.000Z');
const change = (id: string, at: string, from: string | null, to: string | null) => ({ changelogId: id, at, from, to });

describe('recordJiraPriorityChange', () => {
  it('keeps changes sorted by time whatever order they arrive in', () => {
    const late = change('31', '2026-01-02T10:00:00.000Z', 'Medium', 'High');
    const early = change('30', '2026-01-02T09:00:00.000Z', 'Low', 'Medium');
    const r = [late, early].reduce(recordJiraPriorityChange, record());
    expect(r.jiraPriorityHistory.map((c) => c.changelogId)).toEqual(['30', '31']);
    expect(latestJiraPriority(r)).toBe('High');
  });

  it('ignores a repeated delivery of the same change', () => {
    const c = change('30', '2026-01-02T09:00:00.000Z', 'Low', 'Medium');
    const once = recordJiraPriorityChange(record(), c);
    expect(recordJiraPriorityChange(once, c)).toBe(once);
  });

  it('has no latest priority before any change', () => {
    expect(latestJiraPriority(record())).toBeNull();
  });

  it('law: any order and any duplication of the same changes yields the same history', () => {
    const changes = fc.uniqueArray(
      fc.record({ changelogId: fc.integer({ min: 1, max: 10_000 }).map(String), at: fc.integer({ min: 0, max: 1e9 }).map((s) => new Date(1.7e12 + s * 1000).toISOString()), from: fc.constantFrom('Low', 'High', null), to: fc.constantFrom('Low', 'High', null) }),
      { selector: (c) => c.changelogId, maxLength: 12 },
    );
    fc.assert(
      fc.property(changes, fc.array(fc.nat(), { maxLength: 20 }), (unique, picks) => {
        const delivered = [...unique, ...picks.filter(() => unique.length > 0).map((p) => unique[p % unique.length]!)];
        const shuffled = [...delivered].reverse();
        const a = unique.reduce(recordJiraPriorityChange, record());
        const b = shuffled.reduce(recordJiraPriorityChange, record());
        expect(b.jiraPriorityHistory).toEqual(a.jiraPriorityHistory);
      }),
    );
  });
});
