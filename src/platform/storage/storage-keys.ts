/**
 * Every Forge storage key the app uses is built here, in one place, so prefixes never collide and
 * prefix queries stay correct. Keys must match /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/ and be at most 500
 * characters (Forge KVS limits).
 */
export const storageKeys = {
  incident: (issueId: string) => `incident:${issueId}`,
  /** One key per Jira priority change: append-only, so concurrent event handlers never collide. */
  priorityChange: (issueId: string, changelogId: string) => `jira-priority:${issueId}:${changelogId.replace(/[^a-zA-Z0-9:._-]/g, '-')}`,
  priorityChangesOf: (issueId: string) => `jira-priority:${issueId}:`,
  sweepRun: (windowId: string) => `sweep:run:${windowId.replace(/[^a-zA-Z0-9:._-]/g, '-')}`,
  sweepLast: () => 'sweep:last',
} as const;
