/**
 * An impact x urgency priority matrix (seed 004, shared/docs/incident-practice.md A.6): two axes,
 * each ordered from the lowest to the highest level, and one cell per pair naming a priority
 * level. It is data, not code, so admins can edit it (the Admin-settings issue); the presets in
 * src/domain/priority are only starting points. Shared with the panel, which draws the grid.
 */
export interface AxisLevel {
  id: string;
  label: string;
  /** What this level means, with examples, shown next to the selector. */
  description: string;
}

export interface PriorityLevel {
  id: string;
  label: string;
  description: string;
}

export interface MatrixCell {
  impact: string;
  urgency: string;
  /** The score the scheme computes for this cell (for example impact + urgency), shown in the grid. */
  score: number | null;
  level: string;
}

export interface PriorityMatrix {
  id: string;
  name: string;
  /** Help shown with the calculator: where the scheme comes from and how gaps were resolved. */
  help: string;
  /** Lowest first. */
  impact: AxisLevel[];
  /** Lowest first. */
  urgency: AxisLevel[];
  /** Most severe first: the order is what "higher priority" means. */
  levels: PriorityLevel[];
  cells: MatrixCell[];
}

/**
 * The cell for an impact and urgency, or undefined when either is unknown to the matrix.
 * @example cellFor(ISO_27001_MATRIX, 'high', 'high')?.level // 'Critical'
 */
export function cellFor(matrix: PriorityMatrix, impact: string | null, urgency: string | null): MatrixCell | undefined {
  if (impact === null || urgency === null) return undefined;
  return matrix.cells.find((c) => c.impact === impact && c.urgency === urgency);
}
