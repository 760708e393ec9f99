import type { StakeholderUpdateText, UpdateStatus, UpdateSubjectFacts } from './stakeholder-update-words';

/** One update sent, as the panel lists it (newest first). */
export interface StakeholderUpdateItemView {
  seq: number;
  at: string;
  /** Account id of the sender, for a name in the viewer's words. */
  by: string;
  status: UpdateStatus;
  known: string;
  doing: string;
  need: string;
  nextUpdateAt: string;
  /** Who received it, in words ("3 people and 1 group"). */
  recipients: string;
}

/** The panel's "Stakeholder updates" section. */
export interface StakeholderUpdatesView {
  /** Only a confirmed incident has stakeholders to update. */
  confirmed: boolean;
  /** Whether the viewer may send and snooze (they may edit the issue). */
  canSend: boolean;
  /** The level's cadence in minutes; null: this level has none. */
  cadenceMinutes: number | null;
  /** When the next update is due; null when none is (resolved, closed, or no cadence). */
  dueAt: string | null;
  /** When the commander is reminded (after a snooze); null when nothing is due. */
  reminderAt: string | null;
  /** The latest next-update time this level's cadence allows now; null: within a week. */
  latestNextUpdateAt: string | null;
  /** The zone the notification writes its times in (the incident's working-hours calendar). */
  messageTimeZone: string;
  /** What the notification's subject is made of. */
  subject: UpdateSubjectFacts;
  /** Who an update goes to now: people by account id (for names), groups by name. */
  recipients: { users: string[]; groups: string[] };
  /** A security level restricts the incident: only recipients who can see it receive updates. */
  restricted: boolean;
  /** The newest update's number (0: none yet); a send names it, so a repeated send goes once. */
  lastSeq: number;
  updates: StakeholderUpdateItemView[];
  /** The server's time when the view was made. */
  now: string;
}

/** Sending an update: what the commander wrote, and the newest update the form had seen. */
export interface StakeholderUpdateInput extends StakeholderUpdateText {
  basedOn: number;
}

export interface StakeholderSnoozeInput {
  minutes: 30 | 60 | 120;
}
