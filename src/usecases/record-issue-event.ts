import { toIncidentIndex } from '../domain/incident/incident-index';
import { newIncidentRecord } from '../domain/incident/incident-record';
import type { IncidentStore, JiraAsApp } from './ports';

export interface IssueEventFacts {
  issueId: string;
  issueKey: string;
  /** When Jira says the issue was created; the incident's "reported" fact. */
  created: string;
  priorityChanges: { changelogId: string; at: string; from: string | null; to: string | null }[];
}

export interface RecordIssueEventDeps {
  jira: JiraAsApp;
  store: IncidentStore;
}

export type RecordIssueEventResult = 'created' | 'updated';

/**
 * Keeps the incident's facts in step with what Jira reports. Safe under Forge's delivery: the
 * record is created at most once (create-only write) and never rewritten here, and each priority
 * change is its own append-only key, so late, repeated, reordered or concurrent events end in the
 * same state.
 */
export async function recordIssueEvent(deps: RecordIssueEventDeps, facts: IssueEventFacts): Promise<RecordIssueEventResult> {
  const record = newIncidentRecord(facts.issueId, facts.created);
  const created = await deps.store.create(record);
  await Promise.all(facts.priorityChanges.map((change) => deps.store.addPriorityChange(facts.issueId, change)));
  if (created) await deps.jira.setIncidentIndex(facts.issueKey, toIncidentIndex(record));
  return created ? 'created' : 'updated';
}
