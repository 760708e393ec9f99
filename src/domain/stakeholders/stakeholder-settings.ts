import { z } from 'zod';

/**
 * Stakeholder updates on a cadence (issue 32, item 2): how often each priority level's stakeholders
 * hear how it is going, and who they are for which category and level. Not the stakeholder
 * *contacts* of the response settings: those are outside parties the team reaches by their own
 * channels (a regulator's mailbox, a phone tree); these are Jira users and groups the app notifies.
 */
export interface StakeholderAudience {
  /** What the admin calls them, e.g. "Executives"; never shown to recipients. */
  name: string;
  /** Category ids, or every category: an empty list reaches nobody (nothing ticked means nothing). */
  categories: 'every' | string[];
  /** Priority level ids, or every level. */
  levels: 'every' | string[];
  /** Account ids of people who work in Jira (never portal customers). */
  users: string[];
  /** Jira group names. */
  groups: string[];
}

export interface StakeholderUpdateSettings {
  /** Priority level id -> minutes between updates; null (or absent) for no cadence at that level. */
  cadenceMinutes: Record<string, number | null>;
  audiences: StakeholderAudience[];
}

/** Dispatch's practice scaled to the default matrix: Critical every half hour, Serious every two hours, Mild none. */
export const DEFAULT_STAKEHOLDER_SETTINGS: StakeholderUpdateSettings = {
  cadenceMinutes: { Critical: 30, Serious: 120, Mild: null },
  audiences: [],
};

/** Snoozing moves the reminder by one of these, never the cadence. */
export const SNOOZE_MINUTES = [30, 60, 120] as const;
export type SnoozeMinutes = (typeof SNOOZE_MINUTES)[number];

const idList = z.array(z.string().min(1).max(128)).max(50);

export const stakeholderAudienceSchema = z.object({
  name: z.string().trim().min(1, 'Name this group of stakeholders, e.g. "Executives".').max(80),
  categories: z.union([z.literal('every'), z.array(z.string().min(1).max(64)).max(50)]),
  levels: z.union([z.literal('every'), z.array(z.string().min(1).max(64)).max(20)]),
  users: idList,
  groups: z.array(z.string().trim().min(1).max(255)).max(20),
});

export const stakeholderSettingsSchema = z.object({
  cadenceMinutes: z.record(
    z.string().min(1).max(64),
    z
      .number()
      .int('Use whole minutes.')
      .min(10, 'Ask for updates at most every 10 minutes: the reminder runs every five.')
      .max(7 * 24 * 60, 'Ask for updates at least once a week, or choose no cadence.')
      .nullable(),
  ),
  audiences: z.array(stakeholderAudienceSchema).max(30),
});
