/**
 * Every Forge storage key the app uses is built here, in one place, so prefixes never collide and
 * prefix queries stay correct. Keys must match /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/ and be at most 500
 * characters (Forge KVS limits).
 */
export const storageKeys = {
  incident: (issueId: string) => `incident:${issueId}`,
  sweepRun: (windowId: string) => `sweep:run:${windowId.replace(/[^a-zA-Z0-9:._-]/g, '-')}`,
  sweepLast: () => 'sweep:last',
} as const;
