import { ISO_27001_MATRIX } from '../../../src/domain/priority/matrix-presets';
import type { PriorityMatrix } from '../../../src/domain/priority/priority-matrix';
import { validateMatrix } from '../../../src/domain/priority/validate-matrix';

const withCells = (cells: PriorityMatrix['cells']): PriorityMatrix => ({ ...ISO_27001_MATRIX, cells });
const iso = ISO_27001_MATRIX.cells;

describe('validateMatrix', () => {
  it("refuses the seed's own grid, where a score of 3 maps to no level", () => {
    const seedGrid = withCells(iso.filter((c) => c.score !== 3));
    expect(validateMatrix(seedGrid)).toEqual([
      { path: 'cells.low.medium', message: 'Impact "Low" with urgency "Medium" has no priority level; every combination needs exactly one.' },
      { path: 'cells.medium.low', message: 'Impact "Medium" with urgency "Low" has no priority level; every combination needs exactly one.' },
    ]);
  });

  it('refuses a pair with two cells', () => {
    expect(validateMatrix(withCells([...iso, { impact: 'low', urgency: 'low', score: 2, level: 'Serious' }]))).toEqual([
      { path: 'cells.low.low', message: 'Impact "Low" with urgency "Low" has 2 cells; keep exactly one.' },
    ]);
  });

  it('refuses a cell naming an unknown level or axis value', () => {
    const cells = iso.map((c) => (c.impact === 'high' && c.urgency === 'high' ? { ...c, level: 'Apocalyptic' } : c));
    expect(validateMatrix(withCells([...cells, { impact: 'huge', urgency: 'low', score: null, level: 'Mild' }]))).toEqual([
      { path: 'cells.high.high', message: 'Cell names unknown priority level "Apocalyptic".' },
      { path: 'cells.huge.low', message: 'Cell refers to unknown impact "huge".' },
    ]);
  });

  it('refuses a grid where more impact means a lower priority', () => {
    const cells = iso.map((c) => (c.impact === 'high' && c.urgency === 'medium' ? { ...c, level: 'Mild' } : c));
    expect(validateMatrix(withCells(cells))).toEqual([
      { path: 'cells.medium.medium', message: 'Raising impact from "Medium" to "High" lowers the priority; higher impact must never mean lower priority.' },
      { path: 'cells.high.low', message: 'Raising urgency from "Low" to "Medium" lowers the priority; higher urgency must never mean lower priority.' },
    ]);
  });

  it('refuses duplicate and empty level lists', () => {
    const problems = validateMatrix({ ...ISO_27001_MATRIX, levels: [], urgency: [...ISO_27001_MATRIX.urgency, ISO_27001_MATRIX.urgency[0]!] });
    expect(problems.slice(0, 2)).toEqual([
      { path: 'urgency', message: '"low" appears twice in urgency; ids must be unique.' },
      { path: 'levels', message: 'Add at least one priority level.' },
    ]);
  });
});
