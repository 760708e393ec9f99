/**
 * What stakeholder updates need from the outside world (implemented in
 * src/platform/storage/stakeholder-store.ts and src/platform/stakeholder-wiring.ts).
 */
import type { SentStakeholderUpdate } from '../domain/stakeholders/stakeholder-update';
import type { ReminderSnooze } from '../domain/stakeholders/update-reminder';
import type { UpdateRecipients } from '../domain/stakeholders/update-recipients';

/** The sweep's index entry of one incident with a cadence: its newest update and its snooze. */
export interface StakeholderCadence {
  issueId: string;
  issueKey: string;
  lastUpdate: { seq: number; at: string; nextUpdateAt: string } | null;
  snooze: ReminderSnooze | null;
}

export interface StakeholderStore {
  get(issueId: string): Promise<StakeholderCadence | undefined>;
  /** Adds the incident to the sweep's index unless it is there (a repeated confirmation changes nothing). */
  track(issueId: string, issueKey: string): Promise<void>;
  untrack(issueId: string): Promise<void>;
  /** Changes (or makes) the entry under a short lease; `change` returns null to leave it as it is. */
  update(issueId: string, issueKey: string, change: (current: StakeholderCadence) => StakeholderCadence | null): Promise<StakeholderCadence>;
  /** Incidents in the index, at most `limit` (one storage query page). */
  tracked(limit: number): Promise<StakeholderCadence[]>;
  /** Stores one update as number `update.seq`, create-only: false when another sender took that number. */
  addUpdate(issueId: string, update: SentStakeholderUpdate): Promise<boolean>;
  /** Every update of the incident, oldest first. */
  updates(issueId: string): Promise<SentStakeholderUpdate[]>;
}

/** Jira notifications for stakeholder updates and reminders (POST /rest/api/3/issue/{issueIdOrKey}/notify). */
export interface StakeholderNotifier {
  /** To these people and groups only, never watchers or the reporter, and only to those who can browse the issue. */
  notify(issueKey: string, message: { subject: string; textBody: string }, to: UpdateRecipients): Promise<void>;
}

/** What the sweep needs from Jira as the app besides the issue: the assignee, who is reminded when no commander is named. */
export interface StakeholderJiraAsApp extends StakeholderNotifier {
  assignee(issueKey: string): Promise<string | null>;
}
