import type { ImpactLevel, IncidentCategoryId, UrgencyLevel } from '../../shared/vocabulary';

/** One change a person made to the incident's classification, kept for "why does it look like this". */
export interface IncidentChange {
  at: string;
  by: string | null;
  field: IncidentEditableField;
  from: string | null;
  to: string | null;
}

/**
 * A priority change that Jira reported through an issue event. Stored one per storage key (by
 * changelog id), so concurrent, repeated or reordered events never overwrite each other.
 */
export interface JiraPriorityChange {
  changelogId: string;
  at: string;
  from: string | null;
  to: string | null;
}

export type IncidentEditableField = 'category' | 'impact' | 'urgency' | 'exercise';

/**
 * The incident record: the source of truth, stored in Forge storage where only the app can write.
 * The issue property is a derived mirror of part of it (see incident-index.ts).
 */
export interface IncidentRecord {
  schemaVersion: 1;
  issueId: string;
  category: IncidentCategoryId | null;
  impact: ImpactLevel | null;
  urgency: UrgencyLevel | null;
  exercise: boolean;
  reportedAt: string;
  revision: number;
  updatedAt: string | null;
  history: IncidentChange[];
}

/** How many classification changes the record keeps; the full audit trail is the timeline's job. */
export const MAX_HISTORY_ENTRIES = 50;

/**
 * A fresh, untriaged record for an issue reported at `reportedAt`.
 * @example newIncidentRecord('10001', '2026-03-01T09:00:00.000Z').revision // 0
 */
export function newIncidentRecord(issueId: string, reportedAt: string): IncidentRecord {
  return {
    schemaVersion: 1,
    issueId,
    category: null,
    impact: null,
    urgency: null,
    exercise: false,
    reportedAt,
    revision: 0,
    updatedAt: null,
    history: [],
  };
}
