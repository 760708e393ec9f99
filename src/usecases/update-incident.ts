import { applyIncidentEdit, type IncidentEditRequest } from '../domain/incident/apply-incident-edit';
import { toIncidentIndex } from '../domain/incident/incident-index';
import { newIncidentRecord } from '../domain/incident/incident-record';
import type { IncidentView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { toIncidentView } from './incident-view';
import type { IncidentStore, JiraAsUser } from './ports';

export interface UpdateIncidentDeps {
  jira: JiraAsUser;
  store: IncidentStore;
  now: () => string;
}

/**
 * A responder edits the incident's classification. The record in storage is written first (it is
 * the truth); the indexed property is then re-derived from it as the user, so Jira's edit
 * permission applies and the change is attributed to them.
 */
export async function updateIncident(
  deps: UpdateIncidentDeps,
  issueKey: string,
  accountId: string,
  edit: IncidentEditRequest,
): Promise<IncidentView> {
  const [permissions, issue] = await Promise.all([
    deps.jira.permissions(['BROWSE_PROJECTS', 'EDIT_ISSUES'], issueKey),
    deps.jira.issue(issueKey),
  ]);
  if (!permissions.BROWSE_PROJECTS || !issue) throw new AppError('NOT_FOUND', 'This issue does not exist or you cannot see it.');
  if (!permissions.EDIT_ISSUES) throw new AppError('FORBIDDEN', 'You need permission to edit this issue to change the incident.');
  const current = (await deps.store.get(issue.id)) ?? newIncidentRecord(issue.id, issue.created);
  const outcome = applyIncidentEdit(current, edit, accountId, deps.now());
  if (outcome.kind === 'stale') {
    throw new AppError('CONFLICT', `Someone changed this incident meanwhile (now revision ${outcome.currentRevision}). Reload to see their change.`);
  }
  if (outcome.kind === 'applied') {
    await deps.store.put(outcome.record);
    await deps.jira.setIncidentIndex(issue.key, toIncidentIndex(outcome.record));
  }
  const property = outcome.kind === 'applied' ? toIncidentIndex(outcome.record) : issue.incidentProperty;
  return toIncidentView({ ...issue, incidentProperty: property }, outcome.record, true);
}
