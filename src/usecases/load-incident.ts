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
 * The storage batch needs only the issue's id and key, which the trusted context carries, so it runs
 * beside the two Jira requests: three round trips before the panel can paint instead of four (each
 * costs about 120 ms on a real site; bench/felt-speed.ts). Nothing read is returned unless the user
 * may see the issue; if the context's id is not the issue's, the batch is read again for the real one.
 */
export async function loadIncident(
  deps: LoadIncidentDeps,
  issueKey: string,
  contextIssueId?: string,
  /** false: no timeline block (the glance's status needs the clocks, not the entries; one storage query fewer). */
  withTimeline = true,
): Promise<IncidentView> {
  const early = contextIssueId ? deps.store.getWithSettings({ id: contextIssueId, key: issueKey }).catch(() => null) : null;
  const { issue, canEdit } = await requireIssue(deps.jira, issueKey);
  const stored = (early && issue.id === contextIssueId ? await early : null) ?? (await deps.store.getWithSettings(issue));
  const { record, config, intake, timelineHead } = stored;
  const current = currentRecord(issue, record, config.config);
  const timeline = await newestPage(deps.timeline, issue.id, withTimeline ? timelineHead : null);
  return toIncidentView(issue, current, config.config, canEdit, intake?.notes ?? [], deps.now(), timeline, config.mirrorKey);
}
