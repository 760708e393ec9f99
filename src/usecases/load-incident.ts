import type { IncidentView, TimelinePageView } from '../shared/resolver-contract';
import { currentRecord } from './current-record';
import { toIncidentView } from './incident-view';
import { requireIssue } from './require-issue';
import type { IncidentStore, JiraAsUser, TimelineLog } from './ports';
import { deferredPage, newestPage } from './timeline-pages';

export interface LoadIncidentDeps {
  jira: JiraAsUser;
  store: IncidentStore;
  timeline: TimelineLog;
  now: () => string;
}

/**
 * What the timeline part of the view holds: the newest block (read), nothing (the glance's status needs
 * the clocks, not the entries), or the newest block's place only, read when the panel's Response section
 * opens (`deferred`).
 */
export type TimelineRead = 'newest' | 'none' | 'deferred';

/**
 * What the incident panel shows when it opens. The user's permissions, the issue with its properties
 * and one storage batch (record, settings, intake progress, timeline head) in one round: the batch
 * needs only the issue's id and key, which the trusted context carries, so it runs beside the two
 * Jira requests. With the newest timeline block read, one storage query more, after the batch (it
 * needs the head); deferred, none, so the panel paints after one round (each costs about 120 ms on a
 * real site; bench/felt-speed.ts). An event still in triage reads its block anyway: an alert's event
 * pages on-call, and the panel knows it by the alert at the start of its timeline.
 * Nothing read is returned unless the user may see the issue; if the context's id is not the
 * issue's, the batch is read again for the real one.
 */
export async function loadIncident(
  deps: LoadIncidentDeps,
  issueKey: string,
  contextIssueId?: string,
  /** false: no timeline block (the glance's status); 'deferred': its place only (the panel's first paint). */
  timelineRead: boolean | TimelineRead = 'newest',
): Promise<IncidentView> {
  const early = contextIssueId ? deps.store.getWithSettings({ id: contextIssueId, key: issueKey }).catch(() => null) : null;
  const { issue, canEdit } = await requireIssue(deps.jira, issueKey);
  const stored = (early && issue.id === contextIssueId ? await early : null) ?? (await deps.store.getWithSettings(issue));
  const { record, config, intake, timelineHead } = stored;
  const current = currentRecord(issue, record, config.config);
  const read = timelineRead === true ? 'newest' : timelineRead === false ? 'none' : timelineRead;
  const view = (timeline: TimelinePageView, length?: number) =>
    toIncidentView(issue, current, config.config, canEdit, intake?.notes ?? [], deps.now(), timeline, config.mirrorKey, length);
  if (read === 'deferred' && current.triage.state !== 'event') return view(deferredPage(timelineHead), timelineHead?.seq ?? 0);
  return view(await newestPage(deps.timeline, issue.id, read === 'none' ? null : timelineHead));
}
