import type { BusinessCalendar } from './business-calendar';

/**
 * The three SLA clocks (incident-practice.md: time to acknowledge, contain, resolve). Each starts
 * when the incident is reported and stops on an incident fact (see sla-facts.ts).
 */
export const SLA_CLOCKS = ['acknowledge', 'contain', 'resolve'] as const;
export type SlaClockKind = (typeof SLA_CLOCKS)[number];

/** Targets of one priority level, in minutes of working time on the level's calendar. */
export interface SlaPolicy {
  calendarId: string;
  targetMinutes: Record<SlaClockKind, number>;
}

/** Who is told when a clock nears or passes its target (seed 002: a defined escalation path). */
export interface EscalationRecipients {
  assignee: boolean;
  reporter: boolean;
  watchers: boolean;
  /** Jira account ids. */
  users: string[];
  /** Jira group names. */
  groups: string[];
}

export interface EscalationPath {
  warning: EscalationRecipients;
  breach: EscalationRecipients;
}

/** Jira statuses, by name, that pause or stop the clocks until the lifecycle phases arrive. */
export interface SlaStatusConditions {
  /** While the issue is in one of these, every running clock is paused (e.g. waiting for the reporter). */
  pause: string[];
  /** Entering one of these stops the contain clock. */
  contained: string[];
  /** Entering one of these stops the contain and resolve clocks; leaving it again resumes them. */
  resolved: string[];
}

export interface SlaSettings {
  calendars: BusinessCalendar[];
  /** Priority level id -> policy. A level without a policy has no SLA clocks. */
  policies: Record<string, SlaPolicy>;
  /** The warning comes when this share of a target has passed (1-99). */
  warnAtPercent: number;
  statuses: SlaStatusConditions;
  escalation: { default: EscalationPath; byLevel: Record<string, EscalationPath> };
}

export function escalationPathFor(settings: SlaSettings, level: string | null): EscalationPath {
  return (level !== null ? settings.escalation.byLevel[level] : undefined) ?? settings.escalation.default;
}

export function calendarOf(settings: SlaSettings, policy: SlaPolicy): BusinessCalendar | undefined {
  return settings.calendars.find((c) => c.id === policy.calendarId);
}
