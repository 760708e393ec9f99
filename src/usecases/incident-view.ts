import { isIndexInSync } from '../domain/incident/incident-index';
import type { IncidentRecord } from '../domain/incident/incident-record';
import type { IncidentView } from '../shared/resolver-contract';
import type { IssueSnapshot } from './ports';

/** Builds what the panel shows from the issue and the stored record. */
export function toIncidentView(
  issue: IssueSnapshot,
  record: IncidentRecord,
  canEdit: boolean,
): IncidentView {
  return {
    issue: { id: issue.id, key: issue.key, summary: issue.summary, status: issue.status, priority: issue.priority },
    incident: {
      category: record.category,
      impact: record.impact,
      urgency: record.urgency,
      exercise: record.exercise,
      reportedAt: record.reportedAt,
      revision: record.revision,
      updatedAt: record.updatedAt,
      history: record.history.map((h) => ({ ...h })),
    },
    indexInSync: isIndexInSync(record, issue.incidentProperty),
    canEdit,
  };
}
