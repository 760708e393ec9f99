import type { IncidentView } from '../../../../../src/shared/resolver-contract';

/**
 * Whether the panel and the glance show who is on call: for a confirmed incident that is not an
 * exercise, and for an event no person reported (a monitor's alert pages before anyone confirms
 * it, so the person paged must find "I'm on it" there). A report from the portal still in triage
 * keeps the panel at one invoke.
 */
export const pagesOnCall = (view: Pick<IncidentView, 'incident'>): boolean =>
  !view.incident.exercise && (view.incident.triage.state === 'incident' || (view.incident.triage.state === 'event' && view.incident.reporter === null));
