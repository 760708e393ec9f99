import type { RelativeLevel, ReportCategory } from '../config/app-config';
import type { AxisLevel, PriorityMatrix } from '../priority/priority-matrix';

/**
 * The axis level a relative default points at: low is the lowest level, high the highest and
 * medium the middle (rounded down), so a category's defaults carry over to any matrix size.
 * @example levelAt(ISO_27001_MATRIX.impact, 'medium').id // 'medium'
 */
export function levelAt(axis: AxisLevel[], relative: RelativeLevel): AxisLevel {
  const index = relative === 'low' ? 0 : relative === 'high' ? axis.length - 1 : Math.floor((axis.length - 1) / 2);
  return axis[index]!;
}

/** Where triage starts for a category: its default impact and urgency on the active matrix. */
export function defaultImpactUrgency(matrix: PriorityMatrix, category: ReportCategory | undefined): { impact: string | null; urgency: string | null } {
  if (!category) return { impact: null, urgency: null };
  return { impact: levelAt(matrix.impact, category.defaultImpact).id, urgency: levelAt(matrix.urgency, category.defaultUrgency).id };
}
