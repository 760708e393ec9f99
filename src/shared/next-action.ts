import type { IncidentView } from './resolver-contract';

/** What the panel's header asks a responder to do next, and which section of the panel does it. */
export interface NextAction {
  text: string;
  section: 'triage' | 'overview' | 'sla' | 'legal' | 'response' | 'reports' | null;
}

type Viewed = Pick<IncidentView, 'incident' | 'sla' | 'legal' | 'postmortem' | 'canEdit'>;

/**
 * The one next thing to do, in the order the first hour asks for it (seed 004's triage first):
 * decide whether the event is an incident; give it a priority; acknowledge it while that clock
 * runs; decide legal notices that apply and are open; write the postmortem once it is due; else
 * keep the response going. People who cannot edit get what to watch instead.
 */
export function nextAction(view: Viewed): NextAction {
  const { incident } = view;
  if (!view.canEdit) return { text: 'You can follow this incident here; the incident team works it.', section: null };
  if (incident.triage.state === 'event') return { text: 'Decide whether this is an incident: confirm it, or dismiss it with a reason.', section: 'triage' };
  if (incident.triage.state === 'not-incident')
    return { text: 'Nothing to do: it was dismissed as not an incident. Reopen it if new facts come in.', section: 'triage' };
  if (!incident.priority) return { text: 'Give it a priority: set the impact and the urgency.', section: 'overview' };
  if (view.sla.clocks.some((c) => c.kind === 'acknowledge' && c.state === 'running'))
    return {
      text: "Acknowledge it: a triage decision or a classification here, or the issue's first status change in Jira, stops that clock.",
      section: 'sla',
    };
  const legal = view.legal.obligations.find((o) => o.applicability === 'applies' && o.state === 'open');
  if (legal) return { text: `Decide the legal notice: ${legal.regime}, ${legal.stage}.`, section: 'legal' };
  if (view.postmortem.state === 'due')
    return { text: `Write and publish the postmortem${view.postmortem.overdue ? ': it is overdue' : ''}.`, section: 'reports' };
  if (view.sla.clocks.some((c) => c.state === 'running'))
    return { text: 'Work the response: record the phase, roles and what was done as it happens.', section: 'response' };
  return { text: 'Nothing is due. The timeline and the reports stay here for review.', section: null };
}
