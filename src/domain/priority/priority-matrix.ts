import type { PriorityMatrix } from '../../shared/priority-matrix';

export { cellFor } from '../../shared/priority-matrix';
export type { AxisLevel, MatrixCell, PriorityLevel, PriorityMatrix } from '../../shared/priority-matrix';

/** The level's rank: 0 is the most severe; -1 when the matrix does not know the level. */
export function levelRank(matrix: PriorityMatrix, levelId: string): number {
  return matrix.levels.findIndex((l) => l.id === levelId);
}

/** Ranks on an axis, lowest first; -1 when unknown. */
export const impactRank = (matrix: PriorityMatrix, id: string): number => matrix.impact.findIndex((l) => l.id === id);
export const urgencyRank = (matrix: PriorityMatrix, id: string): number => matrix.urgency.findIndex((l) => l.id === id);
