import { computePriority } from '../priority/compute-priority';
import type { PriorityMatrix } from '../priority/priority-matrix';
import { CIA_FLAGS, type CiaFlags, type IncidentChange, type IncidentRecord, MAX_HISTORY_ENTRIES } from './incident-record';

export interface IncidentEditRequest {
  expectedRevision: number;
  category?: string | null;
  impact?: string | null;
  urgency?: string | null;
  exercise?: boolean;
  cia?: Partial<CiaFlags>;
  /** A level set by a person instead of the matrix (with the required reason), or null to remove it. */
  override?: { level: string; reason: string } | null;
  /** Why: kept with every change this edit makes. */
  reason?: string;
}

export type EditOutcome =
  | { kind: 'applied'; record: IncidentRecord; changes: IncidentChange[]; priorityChanged: boolean }
  | { kind: 'unchanged'; record: IncidentRecord }
  | { kind: 'stale'; currentRevision: number };

const SIMPLE_FIELDS = ['category', 'impact', 'urgency', 'exercise'] as const;

/**
 * Applies a person's edit to the record and recomputes the priority from the matrix (or the
 * override). A stale `expectedRevision` is refused rather than merged, so two responders editing
 * at once never silently overwrite each other; an edit that changes nothing leaves the revision
 * alone, so saving twice is harmless. The edit's values must already be valid for the matrix
 * (validate-incident-edit.ts).
 *
 * @example
 * applyIncidentEdit(record, { expectedRevision: 0, impact: 'high' }, ISO_27001_MATRIX, 'acc-1', '2026-01-01T01:00:00Z')
 * // { kind: 'applied', record: { ...impact: 'high', priority: 'Critical', revision: 1 }, changes: [...], priorityChanged: true }
 */
export function applyIncidentEdit(record: IncidentRecord, edit: IncidentEditRequest, matrix: PriorityMatrix, actor: string | null, now: string): EditOutcome {
  if (edit.expectedRevision !== record.revision) return { kind: 'stale', currentRevision: record.revision };
  const reason = edit.reason?.trim() || null;
  const change = (field: string, from: string | boolean | null, to: string | boolean | null, why: string | null = reason): IncidentChange => ({
    at: now,
    by: actor,
    field,
    from: from === null ? null : String(from),
    to: to === null ? null : String(to),
    reason: why,
  });
  const changes: IncidentChange[] = [];
  const next: IncidentRecord = { ...record, cia: { ...record.cia } };

  for (const field of SIMPLE_FIELDS) {
    const value = edit[field];
    if (value === undefined || value === record[field]) continue;
    changes.push(change(field, record[field], value));
    (next as unknown as Record<string, unknown>)[field] = value;
  }
  for (const flag of CIA_FLAGS) {
    const value = edit.cia?.[flag];
    if (value === undefined || value === record.cia[flag]) continue;
    changes.push(change(`cia.${flag}`, record.cia[flag], value));
    next.cia[flag] = value;
  }
  if (edit.override !== undefined) {
    const wanted = edit.override;
    const same = wanted === null ? record.override === null : record.override?.level === wanted.level && record.override.reason === wanted.reason.trim();
    if (!same) {
      changes.push(change('override', record.override?.level ?? null, wanted?.level ?? null, wanted?.reason.trim() ?? reason));
      next.override = wanted === null ? null : { level: wanted.level, reason: wanted.reason.trim(), by: actor, at: now };
    }
  }
  // Values from another matrix (the admin switched presets) no longer mean anything: start again.
  if (record.matrixId !== matrix.id) next.matrixId = matrix.id;
  const priority = computePriority(matrix, next.impact, next.urgency, next.override).effective;
  const priorityChanged = priority !== record.priority;
  if (priorityChanged) changes.push(change('priority', record.priority, priority, next.override && edit.override ? next.override.reason : reason));
  next.priority = priority;

  if (changes.length === 0) return { kind: 'unchanged', record };
  return {
    kind: 'applied',
    record: { ...next, revision: record.revision + 1, updatedAt: now, history: [...record.history, ...changes].slice(-MAX_HISTORY_ENTRIES) },
    changes,
    priorityChanged,
  };
}
