import type { IncidentRecord } from './incident-record';

/**
 * The shape of the indexed issue property `incident-response` (see jira:entityProperty in the
 * manifest). Values are strings or ISO dates because entity-property indexing has no boolean type.
 */
export interface IncidentIndex {
  category: string | null;
  impact: string | null;
  urgency: string | null;
  exercise: 'true' | 'false';
  reportedAt: string;
  revision: number;
}

/**
 * Derives the issue-property mirror from the record. The mirror is for JQL and other tools only;
 * the app re-derives it and never reads it back as truth.
 * @example toIncidentIndex(newIncidentRecord('1', '2026-01-01T00:00:00Z')).exercise // 'false'
 */
export function toIncidentIndex(record: IncidentRecord): IncidentIndex {
  return {
    category: record.category,
    impact: record.impact,
    urgency: record.urgency,
    exercise: record.exercise ? 'true' : 'false',
    reportedAt: record.reportedAt,
    revision: record.revision,
  };
}

/** Whether a property value read back from Jira still equals what the record says it should be. */
export function isIndexInSync(record: IncidentRecord, property: unknown): boolean {
  return JSON.stringify(toIncidentIndex(record)) === JSON.stringify(normalise(property));
}

function normalise(property: unknown): unknown {
  if (typeof property !== 'object' || property === null) return property;
  const p = property as Record<string, unknown>;
  return {
    category: p.category,
    impact: p.impact,
    urgency: p.urgency,
    exercise: p.exercise,
    reportedAt: p.reportedAt,
    revision: p.revision,
  };
}
