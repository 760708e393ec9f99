import { cellFor, type PriorityMatrix } from './priority-matrix';

export interface PriorityOverride {
  level: string;
  reason: string;
  by: string | null;
  at: string;
}

export interface ComputedPriority {
  /** What the matrix says, or null while impact or urgency is unset. */
  computed: string | null;
  /** What applies: the override when there is one, else the computed level. */
  effective: string | null;
  score: number | null;
}

/**
 * The priority of an incident: the matrix cell for its impact and urgency, unless a person
 * overrode it with a reason.
 * @example computePriority(ISO_27001_MATRIX, 'medium', 'medium', null) // { computed: 'Serious', effective: 'Serious', score: 4 }
 */
export function computePriority(matrix: PriorityMatrix, impact: string | null, urgency: string | null, override: PriorityOverride | null): ComputedPriority {
  const cell = cellFor(matrix, impact, urgency);
  const computed = cell?.level ?? null;
  return { computed, effective: override?.level ?? computed, score: cell?.score ?? null };
}
