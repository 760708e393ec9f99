import type { IncidentView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { currentRecord } from './current-record';
import { toIncidentView } from './incident-view';
import type { IncidentStore, JiraAsUser } from './ports';

export interface LoadIncidentDeps {
  jira: JiraAsUser;
  store: IncidentStore;
}

/**
 * What the incident panel shows when it opens. Three platform requests in all (the panel budget):
 * the user's permissions, the issue with its properties, and one storage batch (record, settings,
 * intake progress).
 */
export async function loadIncident(deps: LoadIncidentDeps, issueKey: string): Promise<IncidentView> {
  const [permissions, issue] = await Promise.all([
    deps.jira.permissions(['BROWSE_PROJECTS', 'EDIT_ISSUES'], issueKey),
    deps.jira.issue(issueKey),
  ]);
  if (!permissions.BROWSE_PROJECTS || !issue) throw new AppError('NOT_FOUND', 'This issue does not exist or you cannot see it.');
  const { record, config, intake } = await deps.store.getWithSettings(issue.id);
  const current = currentRecord(issue, record, config.config);
  return toIncidentView(issue, current, config.config, permissions.EDIT_ISSUES, intake?.notes ?? []);
}
