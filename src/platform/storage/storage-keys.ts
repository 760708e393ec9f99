/**
 * Every Forge storage key the app uses is built here, in one place, so prefixes never collide and
 * prefix queries stay correct. Keys must match /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/ and be at most 500
 * characters (Forge KVS limits).
 */
const safe = (part: string) => part.replace(/[^a-zA-Z0-9:._-]/g, '-');

export const storageKeys = {
  incident: (issueId: string) => `incident:${issueId}`,
  /** One key per Jira priority change: append-only, so concurrent event handlers never collide. */
  priorityChange: (issueId: string, changelogId: string) => `jira-priority:${issueId}:${safe(changelogId)}`,
  priorityChangesOf: (issueId: string) => `jira-priority:${issueId}:`,
  /** One key per status change: the SLA facts survive concurrent event handlers that each rewrite the record. */
  statusChange: (issueId: string, changelogId: string) => `status-change:${issueId}:${safe(changelogId)}`,
  statusChangesOf: (issueId: string) => `status-change:${issueId}:`,
  /** The app's settings, one value (well under the 240 KiB limit). */
  config: () => 'config:app',
  /** Intake progress of one report: acknowledgement, priority and restriction done or not. */
  intake: (issueId: string) => `intake:${issueId}`,
  /** Claimed once per closing (when the issue entered "done"), so the reporter is told once even when events repeat. */
  closedNotice: (issueId: string, closedAt: string) => `notice:closed:${issueId}:${safe(closedAt)}`,
  /** One escalation step (clock, stage, due time) of one incident, claimed before it is sent. */
  escalationStep: (issueId: string, step: string) => `escalation:${issueId}:${safe(step)}`,
  sweepRun: (windowId: string) => `sweep:run:${safe(windowId)}`,
  sweepLast: () => 'sweep:last',
} as const;
