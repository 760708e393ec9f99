import type { ChainLink } from '../timeline/timeline-entry';
import type { IncidentRecord } from './incident-record';

/** What the app keeps of a deleted incident: enough to show it existed and what its evidence was, no free text. */
export interface IncidentTombstone {
  issueId: string;
  issueKey: string;
  deletedAt: string;
  /** Who deleted the issue (the event's account); null when Jira did not say. */
  deletedBy: string | null;
  reportedAt: string;
  category: string | null;
  priority: string | null;
  triage: IncidentRecord['triage']['state'];
  /** The timeline's last entry number and hash: a copy of the chain exported earlier can be checked against it. */
  chain: ChainLink;
  /** The evidence register's hashes (what was collected, by hash; the descriptions stay deleted). */
  evidence: { id: string; sha256: string; collectedAt: string }[];
  retainedUntil: string;
}

/** Settings' bounds for how long tombstones are kept; Forge storage's TTL is at most one year. */
export const TOMBSTONE_RETENTION_DAYS = { min: 1, max: 365, default: 365 } as const;

/**
 * The tombstone of a deleted incident. Deleting a Jira issue takes the app's data with it (data
 * minimisation), but an incident's deletion must not erase that it existed: an attacker or a
 * careless admin with delete rights would otherwise remove the evidence trail.
 * @example incidentTombstone(record, { seq: 12, hash: 'ab…' }, { issueKey: 'SEC-7', at: '2026-12-01T10:00:00.000Z', by: 'acc-1' }, 30).retainedUntil // '2026-12-31T10:00:00.000Z'
 */
export function incidentTombstone(
  record: IncidentRecord,
  chain: ChainLink,
  deletion: { issueKey: string; at: string; by: string | null },
  retentionDays: number,
): IncidentTombstone {
  return {
    issueId: record.issueId,
    issueKey: deletion.issueKey,
    deletedAt: deletion.at,
    deletedBy: deletion.by,
    reportedAt: record.reportedAt,
    category: record.category,
    priority: record.priority,
    triage: record.triage.state,
    chain: { seq: chain.seq, hash: chain.hash },
    evidence: (record.response?.evidence ?? []).map((e) => ({ id: e.id, sha256: e.sha256, collectedAt: e.collectedAt })),
    retainedUntil: new Date(Date.parse(deletion.at) + retentionDays * 86_400_000).toISOString(),
  };
}
