import fc from 'fast-check';
import { latestJiraPriority, priorityHistory } from '../../../src/domain/incident/priority-history';

const change = (id: string, at: string, from: string | null, to: string | null) => ({ changelogId: id, at, from, to });

describe('priorityHistory', () => {
  it('sorts changes by time whatever order they arrive in', () => {
    const late = change('31', '2026-01-02T10:00:00.000Z', 'Medium', 'High');
    const early = change('30', '2026-01-02T09:00:00.000Z', 'Low', 'Medium');
    expect(priorityHistory([late, early]).map((c) => c.changelogId)).toEqual(['30', '31']);
    expect(latestJiraPriority([late, early])).toBe('High');
  });

  it('counts a repeated delivery of the same change once', () => {
    const c = change('30', '2026-01-02T09:00:00.000Z', 'Low', 'Medium');
    expect(priorityHistory([c, c, c])).toEqual([c]);
  });

  it('breaks a tie in time by changelog id', () => {
    const at = '2026-01-02T09:00:00.000Z';
    expect(priorityHistory([change('9', at, 'A', 'B'), change('10', at, 'B', 'C')]).map((c) => c.changelogId)).toEqual(['10', '9']);
  });

  it('has no latest priority before any change', () => {
    expect(latestJiraPriority([])).toBeNull();
  });

  it('law: any order and any duplication of the same changes yields the same history', () => {
    const changes = fc.uniqueArray(
      fc.record({
        changelogId: fc.integer({ min: 1, max: 10_000 }).map(String),
        at: fc.integer({ min: 0, max: 1e9 }).map((s) => new Date(1.7e12 + s * 1000).toISOString()),
        from: fc.constantFrom('Low', 'High', null),
        to: fc.constantFrom('Low', 'High', null),
      }),
      { selector: (c) => c.changelogId, maxLength: 12 },
    );
    fc.assert(
      fc.property(changes, fc.array(fc.nat(), { maxLength: 20 }), (unique, picks) => {
        const delivered = [...unique, ...picks.filter(() => unique.length > 0).map((p) => unique[p % unique.length]!)];
        expect(priorityHistory([...delivered].reverse())).toEqual(priorityHistory(unique));
      }),
    );
  });
});
