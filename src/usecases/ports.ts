/**
 * What the use cases need from the outside world. Implemented by src/platform; the use cases
 * themselves never import @forge/*.
 */
import type { IncidentIndex } from '../domain/incident/incident-index';
import type { IncidentRecord, JiraPriorityChange } from '../domain/incident/incident-record';

export type JiraPermissionKey = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER';

export interface IssueSnapshot {
  id: string;
  key: string;
  summary: string;
  status: string;
  priority: string | null;
  created: string;
  /** The incident-response issue property as Jira returned it: untrusted, anyone with edit rights can change it. */
  incidentProperty: unknown;
}

/** Jira, acting as the user who invoked the function (asUser), so Jira's own permissions apply. */
export interface JiraAsUser {
  permissions(keys: JiraPermissionKey[], issueKey?: string): Promise<Record<JiraPermissionKey, boolean>>;
  /** null when the issue does not exist or the user cannot see it (Jira answers 404 for both). */
  issue(issueKey: string): Promise<IssueSnapshot | null>;
  setIncidentIndex(issueKey: string, index: IncidentIndex): Promise<void>;
}

/** Jira as the app (asApp), for triggers and scheduled runs that have no user. */
export interface JiraAsApp {
  issueById(issueId: string): Promise<IssueSnapshot | null>;
  setIncidentIndex(issueKey: string, index: IncidentIndex): Promise<void>;
}

export interface IncidentStore {
  get(issueId: string): Promise<IncidentRecord | undefined>;
  put(record: IncidentRecord): Promise<void>;
  /** Creates the record only if none exists; returns false when one already did. */
  create(record: IncidentRecord): Promise<boolean>;
  /** Saves one Jira priority change under its own key; saving it again is harmless. */
  addPriorityChange(issueId: string, change: JiraPriorityChange): Promise<void>;
  priorityChanges(issueId: string): Promise<JiraPriorityChange[]>;
}

export interface SweepLedger {
  /** Claims a run window once; false when another run already claimed it. */
  claim(windowId: string, ranAt: string): Promise<boolean>;
  last(): Promise<{ window: string; ranAt: string } | null>;
}
