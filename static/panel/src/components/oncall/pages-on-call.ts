import type { IncidentView } from '../../../../../src/shared/resolver-contract';

/**
 * Whether the panel and the glance show who is on call: for a confirmed incident that is not an
 * exercise, the only kind that pages. An event still in triage keeps the panel at one invoke.
 */
export const pagesOnCall = (view: Pick<IncidentView, 'incident'>): boolean => view.incident.triage.state === 'incident' && !view.incident.exercise;
