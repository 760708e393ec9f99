import type { JiraPriorityChange } from './incident-record';

/**
 * The priority history from the changes seen. Forge delivers events late, twice and out of order,
 * so the result depends only on the set of changes: duplicates (same changelog id) count once and
 * the history is sorted by time, then changelog id.
 *
 * @example
 * priorityHistory([{ changelogId: '31', at: '2026-01-02T10:00:00Z', from: 'Medium', to: 'High' },
 *                  { changelogId: '30', at: '2026-01-02T09:00:00Z', from: 'Low', to: 'Medium' }])
 * // [the '30' change, the '31' change]
 */
export function priorityHistory(changes: readonly JiraPriorityChange[]): JiraPriorityChange[] {
  const unique = new Map(changes.map((c) => [c.changelogId, c]));
  return [...unique.values()].sort((a, b) => a.at.localeCompare(b.at) || a.changelogId.localeCompare(b.changelogId));
}

/** The Jira priority the issue has now according to the changes seen, or null when none were seen. */
export function latestJiraPriority(changes: readonly JiraPriorityChange[]): string | null {
  const history = priorityHistory(changes);
  return history.length > 0 ? history[history.length - 1]!.to : null;
}
