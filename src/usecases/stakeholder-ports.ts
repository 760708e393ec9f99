/**
 * What stakeholder updates need from the outside world (implemented in
 * src/platform/storage/stakeholder-store.ts and src/platform/stakeholder-wiring.ts).
 */
import type { SentStakeholderUpdate } from '../domain/stakeholders/stakeholder-update';
import type { ReminderSnooze } from '../domain/stakeholders/update-reminder';
import type { UpdateRecipients } from '../domain/stakeholders/update-recipients';
import type { UpdateStatus } from '../shared/stakeholder-update-words';

/** The newest update delivered, as the next due time follows from it. */
export interface LastStakeholderUpdate {
  seq: number;
  at: string;
  nextUpdateAt: string;
  /** Absent in entries written before it was kept; "resolved" ends the reminders. */
  status?: UpdateStatus;
}

/**
 * The sweep's index entry of one incident with a cadence: its snooze, and its newest update as a
 * hint only (the due time is taken from the newest delivered update in the store).
 */
export interface StakeholderCadence {
  issueId: string;
  issueKey: string;
  lastUpdate: LastStakeholderUpdate | null;
  snooze: ReminderSnooze | null;
}

export interface StakeholderStore {
  get(issueId: string): Promise<StakeholderCadence | undefined>;
  /** Adds the incident to the sweep's index unless it is there (a repeated confirmation changes nothing). */
  track(issueId: string, issueKey: string): Promise<void>;
  untrack(issueId: string): Promise<void>;
  /** Changes (or makes) the entry under a short lease; `change` returns null to leave it as it is. */
  update(issueId: string, issueKey: string, change: (current: StakeholderCadence) => StakeholderCadence | null): Promise<StakeholderCadence>;
  /** One page of the index (a storage query page), from `cursor`; `next` is null after the last. */
  tracked(cursor: string | null): Promise<{ items: StakeholderCadence[]; next: string | null }>;
  /**
   * Claims number `update.seq` for an update about to be sent, create-only: false when another
   * sender holds it (delivered, or being sent now). A claim left by a sender that stopped midway
   * is taken over once it is older than a few minutes. A claimed update is not listed until delivered.
   */
  claimUpdate(issueId: string, update: SentStakeholderUpdate): Promise<boolean>;
  /** The claimed update went out: it is stored as sent, and listed from now on. */
  markDelivered(issueId: string, update: SentStakeholderUpdate): Promise<void>;
  /** The claimed update did not go out: the number is free again (a delivered update stays). */
  dropClaim(issueId: string, seq: number): Promise<void>;
  /** Every delivered update of the incident, oldest first (claims being sent are left out). */
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
