import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import type { ChainLink, TimelineDraft } from '../domain/timeline/timeline-entry';
import type { IncidentView } from '../shared/resolver-contract';
import { incidentMirror } from './incident-mirror';
import { toIncidentView } from './incident-view';
import type { IncidentStore, IssueSnapshot, JiraAsUser, TimelineLog } from './ports';
import { appendThenPage } from './timeline-pages';

export interface PublishDeps {
  jira: JiraAsUser;
  timeline: TimelineLog;
  /** Runs after the change is stored (the statistics follow); must not throw. */
  afterChange?: (issueId: string) => Promise<void>;
}

/** What a use case that changes an incident record and publishes it needs (update, triage, legal, response). */
export interface IncidentChangeDeps extends PublishDeps {
  store: IncidentStore;
  now: () => string;
}

/**
 * After a responder's change is stored: the indexed mirror follows (as the user), the timeline
 * records what happened, and the panel gets the new view. One path for every record-changing use case.
 */
export async function publishIncidentChange(
  deps: PublishDeps,
  change: { issue: IssueSnapshot; saved: IncidentRecord; settings: AppConfig; notes: string[]; now: string; timelineHead: ChainLink | null; entries: readonly TimelineDraft[] },
): Promise<IncidentView> {
  const { issue, saved, settings, notes, now } = change;
  const index = incidentMirror(saved, settings, now);
  await deps.jira.setIncidentIndex(issue.key, index);
  const timeline = await appendThenPage(deps.timeline, issue.id, change.timelineHead, change.entries);
  await deps.afterChange?.(issue.id);
  return toIncidentView({ ...issue, incidentProperty: index }, saved, settings, true, notes, now, timeline);
}
