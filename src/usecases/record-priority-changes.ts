import type { IncidentStore } from './ports';

export interface PriorityChangeFact {
  changelogId: string;
  at: string;
  from: string | null;
  to: string | null;
}

/**
 * Keeps Jira's priority changes as facts, one append-only key per change, so late, repeated,
 * reordered or concurrent events end in the same state.
 */
export async function recordPriorityChanges(store: IncidentStore, issueId: string, changes: PriorityChangeFact[]): Promise<void> {
  await Promise.all(changes.map((change) => store.addPriorityChange(issueId, change)));
}
