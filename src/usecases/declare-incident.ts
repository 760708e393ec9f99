import { markResponded } from '../domain/sla/incident-sla';
import { decideTriage } from '../domain/triage/decide-triage';
import { intakeRecord } from '../domain/triage/intake-record';
import type { IncidentView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { NOT_SET_UP_MESSAGE } from './current-record';
import { type IncidentChangeDeps, publishIncidentChange } from './publish-incident-change';
import { requireIssue } from './require-issue';

export const ALREADY_AN_INCIDENT = 'This issue is already an incident: its record is in the Incident response panel.';

/**
 * Someone who can edit an issue declares it an incident, whatever the incident scope says (a
 * security finding filed as a bug, an outage reported on the help desk): the app keeps a record for
 * it from now on, as for a report taken in, confirmed by them with their reason, and the timeline
 * says who declared it and why. Its clocks start at the declaration. A site that is not set up
 * declares nothing; an issue that has a record already is left as it is (create-only, so two
 * people declaring at once make one record).
 */
export async function declareIncident(deps: IncidentChangeDeps, issueKey: string, accountId: string, input: { reason: string }): Promise<IncidentView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to declare it an incident.');
  const { record, config, timelineHead } = await deps.store.getWithSettings(issue);
  if (!config.config.scope.setUp) throw new AppError('NOT_FOUND', NOT_SET_UP_MESSAGE);
  if (record) throw new AppError('CONFLICT', ALREADY_AN_INCIDENT);
  const reason = input.reason.trim();
  if (!reason)
    throw new AppError('VALIDATION_FAILED', 'Say why this is an incident, so the decision can be reviewed later. Nothing was saved.', {
      reason: 'A reason is required.',
    });
  const now = deps.now();
  const fresh = intakeRecord(issue.id, now, null, config.config);
  const outcome = decideTriage(fresh, 'confirm', reason, fresh.revision, accountId, now);
  const declared = markResponded(outcome.kind === 'applied' ? outcome.record : fresh, accountId, now);
  if (!(await deps.store.create(declared))) throw new AppError('CONFLICT', ALREADY_AN_INCIDENT);
  const entries = [
    {
      kind: 'decision' as const,
      text: `Declared an incident (${reason})`,
      by: accountId,
      happenedAt: now,
      recordedAt: now,
      corrects: null,
      data: { triage: 'incident' },
    },
  ];
  return publishIncidentChange(deps, {
    issue,
    saved: declared,
    settings: config.config,
    mirrorKey: config.mirrorKey,
    notes: [],
    now,
    timelineHead,
    entries,
    priorityChanged: true,
  });
}
