import type { IncidentChange, IncidentEditableField, IncidentRecord } from './incident-record';
import { MAX_HISTORY_ENTRIES } from './incident-record';

export interface IncidentEditRequest {
  expectedRevision: number;
  category?: IncidentRecord['category'];
  impact?: IncidentRecord['impact'];
  urgency?: IncidentRecord['urgency'];
  exercise?: boolean;
}

export type EditOutcome =
  | { kind: 'applied'; record: IncidentRecord; changes: IncidentChange[] }
  | { kind: 'unchanged'; record: IncidentRecord }
  | { kind: 'stale'; currentRevision: number };

const EDITABLE_FIELDS: readonly IncidentEditableField[] = ['category', 'impact', 'urgency', 'exercise'];

/**
 * Applies a person's edit to the record. A stale `expectedRevision` is refused rather than merged,
 * so two responders editing at once never silently overwrite each other; an edit that changes
 * nothing leaves the revision alone, so saving twice is harmless.
 *
 * @example
 * applyIncidentEdit(newIncidentRecord('1', '2026-01-01T00:00:00Z'),
 *   { expectedRevision: 0, category: 'phishing' }, 'acc-1', '2026-01-01T01:00:00Z')
 * // { kind: 'applied', record: { ...category: 'phishing', revision: 1 }, changes: [...] }
 */
export function applyIncidentEdit(
  record: IncidentRecord,
  edit: IncidentEditRequest,
  actorAccountId: string | null,
  now: string,
): EditOutcome {
  if (edit.expectedRevision !== record.revision) return { kind: 'stale', currentRevision: record.revision };
  const changes: IncidentChange[] = [];
  for (const field of EDITABLE_FIELDS) {
    const next = edit[field];
    if (next === undefined || next === record[field]) continue;
    changes.push({ at: now, by: actorAccountId, field, from: asText(record[field]), to: asText(next) });
  }
  if (changes.length === 0) return { kind: 'unchanged', record };
  const updated: IncidentRecord = {
    ...record,
    ...pickDefined(edit),
    revision: record.revision + 1,
    updatedAt: now,
    history: [...record.history, ...changes].slice(-MAX_HISTORY_ENTRIES),
  };
  return { kind: 'applied', record: updated, changes };
}

function asText(value: string | boolean | null): string | null {
  return value === null ? null : String(value);
}

function pickDefined(edit: IncidentEditRequest): Partial<IncidentRecord> {
  const picked: Partial<IncidentRecord> = {};
  if (edit.category !== undefined) picked.category = edit.category;
  if (edit.impact !== undefined) picked.impact = edit.impact;
  if (edit.urgency !== undefined) picked.urgency = edit.urgency;
  if (edit.exercise !== undefined) picked.exercise = edit.exercise;
  return picked;
}
