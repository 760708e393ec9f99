import type { IncidentStatsFacts, IssueStatsFacts } from '../domain/stats/incident-stats-facts';
import type { StatsIncidentRow } from '../shared/stats-contract';
import type { ShardCells } from '../domain/stats/stats-cells';
import type { WorkDay, WorklogFact } from '../domain/stats/work-summary';

/** What one incident adds to the statistics, stored per incident so a recomputation can take it back out. */
export interface StoredContribution {
  facts: IncidentStatsFacts | null;
  work: WorkDay[];
  cells: ShardCells;
}

export type StatsUpdateOutcome = 'changed' | 'unchanged' | 'busy';

/** The statistics in Forge storage: per-incident contributions and the shards they add up to. */
export interface StatsStore {
  /**
   * Replaces the incident's contribution with `next(old)` and applies the difference to the shards,
   * under short leases on the incident and on each shard it touches, in one transaction where it
   * fits; "busy" when a lease could not be had in time (the daily reconcile repairs it).
   */
  update(issueId: string, next: (old: StoredContribution | null) => StoredContribution | null): Promise<StatsUpdateOutcome>;
  /** The cells of the given shards (absent shards are empty), with the app's stored settings in the first batch (the gadget's one storage request). */
  shardsAndSettings(shardIds: string[]): Promise<{ shards: ShardCells; settings: unknown; mirrorKey: string }>;
  /** The incident a follow-up issue was created for, if it is one. */
  followUpOf(issueId: string): Promise<string | null>;
  followUpIds(incidentId: string): Promise<string[]>;
  /** The stored contributions of these incidents (absent ones are left out), in storage batches. */
  contributionsOf(issueIds: readonly string[]): Promise<Map<string, StoredContribution>>;
  /** Every stored contribution, a page at a time (for the reconcile). */
  contributions(cursor?: string): Promise<{ items: { issueId: string; value: StoredContribution }[]; cursor?: string }>;
  /** Every shard with its version and cells, a page at a time. */
  allShards(cursor?: string): Promise<{ items: { shardId: string; version: number; days: ShardCells[string] }[]; cursor?: string }>;
  /** Overwrites a shard with rebuilt cells if nobody changed it since `version`; false when someone did. */
  replaceShard(shardId: string, cells: ShardCells[string] | undefined, version: number): Promise<boolean>;
  saveReconcile(summary: StatsReconcileSummary): Promise<void>;
}

/** The Jira side of an incident's statistics, read as the app. */
export interface StatsSource {
  /** Project and components; null when the issue is gone. */
  issue(issueId: string): Promise<IssueStatsFacts | null>;
  worklogs(issueId: string): Promise<WorklogFact[]>;
  /** Issues changed since `sinceDays` days ago (ids), for the reconcile; at most `max`. */
  recentlyUpdated(sinceDays: number, max: number): Promise<string[]>;
}

export interface StatsReconcileSummary {
  at: string;
  refreshed: number;
  repairedShards: number;
  skippedShards: number;
  contributions: number;
}

/**
 * An incident as the viewer's search finds it: the mirror names its category only by the keyed tag
 * (domain/incident/mirror-tag.ts), which the use case turns back into the category.
 */
export type FoundStatsIncident = Omit<StatsIncidentRow, 'category'> & { categoryTag: string | null };

/** What the gadget reads from Jira as the viewer. */
export interface StatsViewerJira {
  /** Which of these project keys the viewer can browse. */
  visibleProjects(keys: string[]): Promise<string[]>;
  displayNames(accountIds: string[]): Promise<Record<string, string>>;
  incidents(jql: string, max: number): Promise<{ rows: FoundStatsIncident[]; more: boolean }>;
  /** The incidents of the export: a page of the search as the viewer, with ids and the mirror's report time. */
  exportPage(jql: string, pageToken: string | null): Promise<{ rows: (FoundStatsIncident & { id: string })[]; next: string | null }>;
  /** How many issues match, as the app sees them and as the viewer does (approximate counts, the same way for both). */
  countAsApp(jql: string): Promise<number>;
  countAsViewer(jql: string): Promise<number>;
  /** Whether the viewer may administer every one of these projects (or administers Jira). */
  administersProjects(keys: string[]): Promise<boolean>;
}
