import type { IncidentView } from '../../../../../src/shared/resolver-contract';

/**
 * Whether the panel and the glance show who is on call: for a confirmed incident that is not an
 * exercise, and for an event a monitor's alert opened (it pages before anyone confirms it, so the
 * person paged must find "I'm on it" there; its timeline starts with the alert). Any other event
 * still in triage keeps the panel at one invoke.
 */
export const pagesOnCall = (view: Pick<IncidentView, 'incident' | 'response'>): boolean =>
  !view.incident.exercise &&
  (view.incident.triage.state === 'incident' || (view.incident.triage.state === 'event' && view.response.timeline.entries.some((e) => e.kind === 'alert')));
