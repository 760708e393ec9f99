import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { intakeRecord } from '../domain/triage/intake-record';
import { parsePortalReport } from '../domain/triage/parse-portal-report';
import type { IssueSnapshot } from './ports';

/**
 * The stored record, or, when the created-event has not arrived yet (it can be minutes late), the
 * record intake will create: so a responder who is quicker than the event still starts from what
 * the reporter said, and nothing the reporter said is lost.
 */
export function currentRecord(issue: IssueSnapshot, stored: IncidentRecord | undefined, config: AppConfig): IncidentRecord {
  return stored ?? intakeRecord(issue.id, issue.created, parsePortalReport(issue.portalReport, config.taxonomy.categories), config);
}
