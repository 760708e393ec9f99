import fc from 'fast-check';
import { computePriority } from '../../../src/domain/priority/compute-priority';
import { FIVE_BY_FIVE_MATRIX, ISO_27001_MATRIX, ITIL_3X3_MATRIX, MATRIX_PRESETS } from '../../../src/domain/priority/matrix-presets';
import { cellFor, levelRank, type PriorityMatrix } from '../../../src/domain/priority/priority-matrix';
import { validateMatrix } from '../../../src/domain/priority/validate-matrix';

// Every cell of every preset, written out by hand from the schemes' sources.
describe('ISO 27001 preset (seed 004: Critical 5-6, Serious 4, Mild up to 3)', () => {
  it.each([
    ['low', 'low', 2, 'Mild'],
    ['low', 'medium', 3, 'Mild'],
    ['low', 'high', 4, 'Serious'],
    ['medium', 'low', 3, 'Mild'],
    ['medium', 'medium', 4, 'Serious'],
    ['medium', 'high', 5, 'Critical'],
    ['high', 'low', 4, 'Serious'],
    ['high', 'medium', 5, 'Critical'],
    ['high', 'high', 6, 'Critical'],
  ])('impact %s x urgency %s -> score %i, %s', (impact, urgency, score, level) => {
    expect(cellFor(ISO_27001_MATRIX, impact, urgency)).toEqual({ impact, urgency, score, level });
  });

  it("says in its help how the seed's unassigned score 3 is resolved", () => {
    expect(ISO_27001_MATRIX.help).toContain('leaves a score of 3 unassigned; this app counts it as Mild');
  });
});

describe('ITIL 3 x 3 preset', () => {
  it.each([
    ['high', 'high', 'P1'],
    ['high', 'medium', 'P2'],
    ['high', 'low', 'P3'],
    ['medium', 'high', 'P2'],
    ['medium', 'medium', 'P3'],
    ['medium', 'low', 'P4'],
    ['low', 'high', 'P3'],
    ['low', 'medium', 'P4'],
    ['low', 'low', 'P5'],
  ])('impact %s x urgency %s -> %s', (impact, urgency, level) => {
    expect(cellFor(ITIL_3X3_MATRIX, impact, urgency)?.level).toBe(level);
  });
});

describe('5 x 5 preset', () => {
  // Rows: impact 5 (top) to 1; columns: urgency 1 to 5.
  const GRID = [
    ['P3', 'P2', 'P2', 'P1', 'P1'],
    ['P3', 'P3', 'P2', 'P2', 'P1'],
    ['P4', 'P3', 'P3', 'P2', 'P2'],
    ['P4', 'P4', 'P3', 'P3', 'P2'],
    ['P5', 'P4', 'P4', 'P3', 'P3'],
  ];
  const cases = GRID.flatMap((row, r) => row.map((level, u) => [String(5 - r), String(u + 1), level] as const));
  it.each(cases)('impact %s x urgency %s -> %s', (impact, urgency, level) => {
    expect(cellFor(FIVE_BY_FIVE_MATRIX, impact, urgency)?.level).toBe(level);
  });
});

describe.each(MATRIX_PRESETS.map((m) => [m.id, m] as const))('preset %s', (_id, matrix: PriorityMatrix) => {
  const impactArb = fc.integer({ min: 0, max: matrix.impact.length - 1 });
  const urgencyArb = fc.integer({ min: 0, max: matrix.urgency.length - 1 });
  const rankAt = (i: number, u: number) => levelRank(matrix, cellFor(matrix, matrix.impact[i]!.id, matrix.urgency[u]!.id)!.level);

  it('validates with no problems', () => {
    expect(validateMatrix(matrix)).toEqual([]);
  });

  it('law: every cell maps to exactly one known level', () => {
    fc.assert(
      fc.property(impactArb, urgencyArb, (i, u) => {
        const matches = matrix.cells.filter((c) => c.impact === matrix.impact[i]!.id && c.urgency === matrix.urgency[u]!.id);
        expect(matches).toHaveLength(1);
        expect(levelRank(matrix, matches[0]!.level)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('law: raising impact or urgency never lowers the priority', () => {
    fc.assert(
      fc.property(impactArb, urgencyArb, impactArb, urgencyArb, (i1, u1, i2, u2) => {
        fc.pre(i2 >= i1 && u2 >= u1);
        // Rank 0 is the most severe, so "not lower" means a rank no greater.
        expect(rankAt(i2, u2)).toBeLessThanOrEqual(rankAt(i1, u1));
      }),
    );
  });

  it('law: an override always wins, and without one the matrix decides', () => {
    fc.assert(
      fc.property(impactArb, urgencyArb, fc.constantFrom(...matrix.levels.map((l) => l.id)), (i, u, level) => {
        const impact = matrix.impact[i]!.id;
        const urgency = matrix.urgency[u]!.id;
        const cell = cellFor(matrix, impact, urgency)!;
        expect(computePriority(matrix, impact, urgency, null)).toEqual({ computed: cell.level, effective: cell.level, score: cell.score });
        expect(computePriority(matrix, impact, urgency, { level, reason: 'r', by: null, at: '2026-01-01T00:00:00Z' }).effective).toBe(level);
      }),
    );
  });
});
