/**
 * The app's own front-end event between its issue-view modules: the panel says it saved a change,
 * and the expanded Incident glance on the same page reloads, rather than stay stale until a reload
 * (Jira's JIRA_ISSUE_CHANGED does not come for the viewer's own change, and the panel's saves may
 * touch only app storage). @forge/bridge events reach only the same app's extensions; the payload is
 * plain JSON (strings, numbers, booleans, null, objects, arrays), here only the issue's id
 * (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/events/).
 */
import { events } from '@forge/bridge';

/** Namespaced with the app's name: product events (JIRA_*) use capitals and underscores. */
export const INCIDENT_CHANGED = 'incident-response.incident-changed';

export interface IncidentChanged {
  issueId: string;
}

/** After a successful save; a lost event costs only a stale glance, so failures are ignored. */
export function announceIncidentChanged(change: IncidentChanged): void {
  void events.emit(INCIDENT_CHANGED, change).catch(() => undefined);
}

/** Calls `then` for each change the app announces; returns the unsubscribe for an effect's cleanup. */
export function followIncidentChanges(then: (change: IncidentChanged) => void): () => void {
  const subscription = events.on(INCIDENT_CHANGED, (payload?: unknown) => {
    const change = payload as Partial<IncidentChanged> | undefined;
    if (typeof change?.issueId === 'string') then({ issueId: change.issueId });
  });
  return () => void subscription.then((s) => s.unsubscribe());
}
