import { slaFactsOf } from '../domain/sla/incident-sla';
import { type StatusChangeFact, withStatusChanges } from '../domain/sla/sla-facts';
import { incidentMirror } from './incident-mirror';
import type { IncidentStore, JiraAsApp } from './ports';

export interface RecordStatusChangesDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  now: () => string;
}

export type StatusChangeResult = 'none' | 'recorded' | 'already-known' | 'no-record';

/**
 * Records status changes from an issue event as SLA facts (pauses, containment, resolution) and
 * refreshes the mirror's SLA fields. Keyed by changelog id and kept in time order, so a repeated
 * or overtaken event changes nothing.
 */
export async function recordStatusChanges(deps: RecordStatusChangesDeps, issue: { id: string; key: string }, changes: StatusChangeFact[]): Promise<StatusChangeResult> {
  if (changes.length === 0) return 'none';
  const { record, config } = await deps.store.getWithSettings(issue.id);
  if (!record) return 'no-record';
  const before = slaFactsOf(record);
  const facts = withStatusChanges(before, changes);
  if (facts === before) return 'already-known';
  const updated = { ...record, sla: facts };
  await deps.store.put(updated);
  await deps.jira.setIncidentIndex(issue.key, incidentMirror(updated, config.config, deps.now()));
  return 'recorded';
}
