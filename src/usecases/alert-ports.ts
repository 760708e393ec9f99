/** The ports alert intake works through: the group records, Jira's issue creation, and what a delivery is answered. */
import type { AlertGroupState } from '../domain/alerts/alert-group-state';
import type { AlertOutputKey } from '../domain/alerts/alert-outputs';
import type { IncidentRecord } from '../domain/incident/incident-record';

/** What the app has recorded of one alert group: its incident and what its alerts last said. */
export interface AlertGroupRecord {
  issueId: string;
  issueKey: string;
  state: AlertGroupState;
  /**
   * Set from the moment Jira created the issue until its intake is done: the record to create. A
   * delivery that failed in between leaves it, and the sender's retry finishes the opening instead
   * of opening a second issue or leaving this one without its record, priority and paging.
   */
  opening?: { record: IncidentRecord };
  /** When the group's timeline was last written: a repeat of alerts still firing is noted only 10 minutes or more after it. */
  lastRepeatAt: string | null;
}

/**
 * How many incidents one source opened in one hour, and the last one per security level (a storm
 * folds a new group only into an incident as restricted as its own would be; '' is unrestricted).
 */
export interface AlertOpenings {
  count: number;
  lastByRestriction: Record<string, { issueId: string; issueKey: string }>;
}

export interface AlertGroupStore {
  get(sourceId: string, groupKey: string): Promise<AlertGroupRecord | undefined>;
  put(sourceId: string, groupKey: string, record: AlertGroupRecord): Promise<void>;
  /** One delivery per group at a time; false when the group stayed busy (the sender is told to retry). */
  lock(sourceId: string, groupKey: string): Promise<boolean>;
  unlock(sourceId: string, groupKey: string): Promise<void>;
  openings(sourceId: string, hour: string): Promise<AlertOpenings | undefined>;
  setOpenings(sourceId: string, hour: string, openings: AlertOpenings): Promise<void>;
  lockOpenings(sourceId: string): Promise<boolean>;
  unlockOpenings(sourceId: string): Promise<void>;
}

export interface NewAlertIssue {
  projectKey: string;
  issueTypeId: string;
  summary: string;
  description: object;
  /** The category's security level by name, set at creation; null: open like the project's other issues. */
  securityLevelName: string | null;
}

/** Jira refused to create the issue (not busy): a setting to fix, said to the sender as "jira-refused". */
export class AlertIssueRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlertIssueRefused';
  }
}

export interface AlertJira {
  /** Throws AlertIssueRefused when Jira refuses, or when a restricted category's level is not on the site (never created open). */
  createIssue(fields: NewAlertIssue): Promise<{ id: string; key: string; restricted: boolean }>;
}

export interface IngestOutcome {
  output: AlertOutputKey;
  /** For the log: the parser's reason, the incident touched. Never the secret or the body. */
  detail?: string;
  issueKey?: string;
}
