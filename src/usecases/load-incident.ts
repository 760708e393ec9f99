import type { IncidentView } from '../shared/resolver-contract';
import { currentRecord } from './current-record';
import { toIncidentView } from './incident-view';
import { requireIssue } from './require-issue';
import type { IncidentStore, JiraAsUser, TimelineLog } from './ports';
import { newestPage } from './timeline-pages';

export interface LoadIncidentDeps {
  jira: JiraAsUser;
  store: IncidentStore;
  timeline: TimelineLog;
  now: () => string;
}

/**
 * What the incident panel shows when it opens. Four platform requests in all (the panel budget):
 * the user's permissions, the issue with its properties, one storage batch (record, settings,
 * intake progress, timeline head) and one storage query (the newest block of the timeline).
 */
export async function loadIncident(deps: LoadIncidentDeps, issueKey: string): Promise<IncidentView> {
  const { issue, canEdit } = await requireIssue(deps.jira, issueKey);
  const { record, config, intake, timelineHead } = await deps.store.getWithSettings(issue);
  const current = currentRecord(issue, record, config.config);
  const timeline = await newestPage(deps.timeline, issue.id, timelineHead);
  return toIncidentView(issue, current, config.config, canEdit, intake?.notes ?? [], deps.now(), timeline);
}
