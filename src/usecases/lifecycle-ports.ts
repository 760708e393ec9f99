/** What the app keeps when an issue is deleted, and what it removes: the ports of the data lifecycle. */
import type { IncidentTombstone } from '../domain/incident/tombstone';

/** Deleted incidents' tombstones. */
export interface TombstoneStore {
  put(tombstone: IncidentTombstone, retentionDays: number): Promise<void>;
  /** The most recently deleted first (of the first 100 kept). */
  newest(limit: number): Promise<IncidentTombstone[]>;
}

/** Removes every key the app keeps for one issue (a follow-up's entry in its incident's list too). */
export interface IncidentPurge {
  purge(issueId: string, incidentOfFollowUp: string | null): Promise<number>;
}
