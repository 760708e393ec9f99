import type { IncidentView } from '../shared/resolver-contract';
import { currentRecord } from './current-record';
import { toIncidentView } from './incident-view';
import { requireIssue } from './require-issue';
import type { IncidentStore, JiraAsUser } from './ports';

export interface LoadIncidentDeps {
  jira: JiraAsUser;
  store: IncidentStore;
  now: () => string;
}

/**
 * What the incident panel shows when it opens. Three platform requests in all (the panel budget):
 * the user's permissions, the issue with its properties, and one storage batch (record, settings,
 * intake progress).
 */
export async function loadIncident(deps: LoadIncidentDeps, issueKey: string): Promise<IncidentView> {
  const { issue, canEdit } = await requireIssue(deps.jira, issueKey);
  const { record, config, intake } = await deps.store.getWithSettings(issue.id);
  const current = currentRecord(issue, record, config.config);
  return toIncidentView(issue, current, config.config, canEdit, intake?.notes ?? [], deps.now());
}
