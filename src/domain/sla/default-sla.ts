import { AROUND_THE_CLOCK, officeHours } from './business-calendar';
import type { EscalationRecipients, SlaPolicy, SlaSettings } from './sla-settings';

const HOUR = 60;
const BUSINESS_DAY = 8 * HOUR;

/**
 * The office calendar the app starts with: Monday to Friday 09:00-17:00 UTC without holidays,
 * because the app cannot know where the team sits; the admin picks the zone and the holiday
 * region (e.g. Europe/Berlin with DE-BE) on the settings page.
 */
export const DEFAULT_OFFICE_CALENDAR = officeHours('office', 'Office hours (Mon-Fri 09:00-17:00)', 'UTC', null);

const policy = (calendarId: string, acknowledge: number, contain: number, resolve: number): SlaPolicy => ({
  calendarId,
  targetMinutes: { acknowledge, contain, resolve },
});

/**
 * Default targets per level of every shipped matrix preset. The most severe level runs around the
 * clock (seed 001 M2: out-of-hours response when confidence is high; seed 000: "some need to be
 * fixed on Saturday at 3 AM"), the others in office hours ("some can wait till Monday").
 */
export const DEFAULT_SLA_POLICIES: Record<string, SlaPolicy> = {
  // ISO 27001 (seed 004)
  Critical: policy('24x7', 1 * HOUR, 4 * HOUR, 24 * HOUR),
  Serious: policy('office', 4 * HOUR, BUSINESS_DAY, 5 * BUSINESS_DAY),
  Mild: policy('office', BUSINESS_DAY, 3 * BUSINESS_DAY, 10 * BUSINESS_DAY),
  // ITIL 3x3 and 5x5 (P1-P5)
  P1: policy('24x7', 30, 4 * HOUR, 24 * HOUR),
  P2: policy('24x7', 1 * HOUR, 8 * HOUR, 3 * 24 * HOUR),
  P3: policy('office', 4 * HOUR, 2 * BUSINESS_DAY, 5 * BUSINESS_DAY),
  P4: policy('office', BUSINESS_DAY, 5 * BUSINESS_DAY, 10 * BUSINESS_DAY),
  P5: policy('office', 2 * BUSINESS_DAY, 10 * BUSINESS_DAY, 20 * BUSINESS_DAY),
};

const only = (partial: Partial<EscalationRecipients>): EscalationRecipients => ({
  assignee: false,
  reporter: false,
  watchers: false,
  users: [],
  groups: [],
  ...partial,
});

export function defaultSlaSettings(): SlaSettings {
  return {
    calendars: [structuredClone(AROUND_THE_CLOCK), structuredClone(DEFAULT_OFFICE_CALENDAR)],
    policies: structuredClone(DEFAULT_SLA_POLICIES),
    warnAtPercent: 75,
    statuses: {
      pause: ['Waiting for reporter', 'Waiting for customer', 'Pending'],
      contained: ['Contained'],
      resolved: ['Resolved', 'Closed', 'Done', 'Canceled', 'Cancelled'],
    },
    // The warning goes to whoever works the incident; a breach also reaches everyone watching it.
    escalation: { default: { warning: only({ assignee: true }), breach: only({ assignee: true, watchers: true }) }, byLevel: {} },
  };
}
