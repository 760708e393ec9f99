import type { IncidentRecord, JiraPriorityChange } from './incident-record';

/**
 * Records a priority change that Jira reported. Forge delivers events late, twice and out of
 * order, so the result depends only on the set of changes seen: duplicates (same changelog id)
 * are dropped and the history is kept sorted by time, then changelog id.
 *
 * @example
 * recordJiraPriorityChange(r, { changelogId: '7', at: '2026-01-02T00:00:00Z', from: 'Low', to: 'High' })
 */
export function recordJiraPriorityChange(record: IncidentRecord, change: JiraPriorityChange): IncidentRecord {
  if (record.jiraPriorityHistory.some((c) => c.changelogId === change.changelogId)) return record;
  const history = [...record.jiraPriorityHistory, change].sort(
    (a, b) => a.at.localeCompare(b.at) || a.changelogId.localeCompare(b.changelogId),
  );
  return { ...record, jiraPriorityHistory: history };
}

/** The Jira priority the issue has now according to the changes seen, or null when none were seen. */
export function latestJiraPriority(record: IncidentRecord): string | null {
  const last = record.jiraPriorityHistory[record.jiraPriorityHistory.length - 1];
  return last ? last.to : null;
}
