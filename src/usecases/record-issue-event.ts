import { toIncidentIndex } from '../domain/incident/incident-index';
import { newIncidentRecord } from '../domain/incident/incident-record';
import { recordJiraPriorityChange } from '../domain/incident/record-jira-priority-change';
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

export type RecordIssueEventResult = 'created' | 'updated' | 'unchanged';

/**
 * Keeps the incident record in step with what Jira reports. Safe under Forge's delivery: the
 * record is created at most once (create-only write), and priority changes are merged by
 * changelog id, so a late, repeated or reordered event leaves the same record.
 */
export async function recordIssueEvent(deps: RecordIssueEventDeps, facts: IssueEventFacts): Promise<RecordIssueEventResult> {
  const fresh = newIncidentRecord(facts.issueId, facts.created);
  const created = await deps.store.create(fresh);
  const current = created ? fresh : ((await deps.store.get(facts.issueId)) ?? fresh);
  const merged = facts.priorityChanges.reduce(recordJiraPriorityChange, current);
  if (merged !== current) await deps.store.put(merged);
  if (created) await deps.jira.setIncidentIndex(facts.issueKey, toIncidentIndex(merged));
  if (created) return 'created';
  return merged !== current ? 'updated' : 'unchanged';
}
