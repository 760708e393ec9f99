import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { intakeRecord } from '../domain/triage/intake-record';
import { parsePortalReport } from '../domain/triage/parse-portal-report';
import { isInScope } from '../domain/config/incident-scope';
import { projectKeyOf } from '../domain/config/project-overrides';
import { AppError } from './app-error';
import type { IssueSnapshot } from './ports';

export const OUT_OF_SCOPE_MESSAGE = 'This issue is not an incident: its project or issue type is outside the incident scope set in the app settings.';
export const NOT_SET_UP_MESSAGE =
  'Incident response is not set up on this site yet, so the app does nothing here. A Jira administrator sets it up in Jira settings > Apps > Incident response settings.';

export const issueInScope = (issue: IssueSnapshot, config: AppConfig): boolean =>
  isInScope(config.scope, { projectKey: projectKeyOf(issue.key), issueTypeId: issue.issueTypeId });

/**
 * The stored record, or, when the created-event has not arrived yet (it can be minutes late), the
 * record intake will create: so a responder who is quicker than the event still starts from what
 * the reporter said, and nothing the reporter said is lost.
 */
export function currentRecord(issue: IssueSnapshot, stored: IncidentRecord | undefined, config: AppConfig): IncidentRecord {
  // A record made before the scope changed stays an incident; a new issue outside it never becomes one.
  if (!stored && !issueInScope(issue, config)) throw new AppError('NOT_FOUND', config.scope.setUp ? OUT_OF_SCOPE_MESSAGE : NOT_SET_UP_MESSAGE);
  return stored ?? intakeRecord(issue.id, issue.created, parsePortalReport(issue.portalReport, config.taxonomy.categories), config);
}
