import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { holderOf } from '../domain/response/evidence-register';
import { ROLE_KEYS, ROLE_LABELS } from '../domain/response/incident-roles';
import { currentPhase, PHASE_LABELS, PHASES, phasesInOrder } from '../domain/response/lifecycle-phases';
import { EMPTY_RESPONSE_FACTS, type ResponseFacts } from '../domain/response/response-facts';
import { runbookFor, tickKey } from '../domain/response/runbooks';
import { contactsToInvolve } from '../domain/response/stakeholder-contacts';
import type { ResponseView, TimelinePageView } from '../shared/resolver-contract';
import type { IssueSnapshot } from './ports';

export const responseFactsOf = (record: IncidentRecord): ResponseFacts => record.response ?? EMPTY_RESPONSE_FACTS;

/** Resolved for the workspace: the issue is done in Jira, or the response reached post-incident activity. */
export const isResolved = (issue: IssueSnapshot, record: IncidentRecord): boolean =>
  issue.statusCategory === 'done' || responseFactsOf(record).phases.some((p) => p.phase === 'post-incident');

/** The response workspace as the panel shows it, with the newest block of the timeline. */
/**
 * `responder`: the viewer may edit the incident. Stakeholder contacts (emergency numbers, the police
 * contact) are admin settings and go only to responders, like the settings page that holds them.
 */
export function toResponseView(
  record: IncidentRecord,
  config: AppConfig,
  timeline: TimelinePageView,
  resolved: boolean,
  responder: boolean,
  /** The head's sequence number, where the timeline's entries were not read (a deferred page). */
  timelineLength?: number,
): ResponseView {
  const facts = responseFactsOf(record);
  const runbook = runbookFor(config.response.runbooks, record.category);
  const since = record.triage.state === 'incident' && record.triage.at ? record.triage.at : record.reportedAt;
  return {
    roles: ROLE_KEYS.map((role) => {
      const held = facts.roles[role];
      return { role, label: ROLE_LABELS[role], accountId: held?.accountId ?? null, by: held?.by ?? null, at: held?.at ?? null };
    }),
    phase: currentPhase(facts.phases),
    phases: PHASES.map((phase) => ({ phase, label: PHASE_LABELS[phase] })),
    phaseHistory: phasesInOrder(facts.phases).map((f) => ({ ...f })),
    runbook: runbook && {
      id: runbook.id,
      title: runbook.title,
      steps: runbook.steps.map((s) => {
        const tick = facts.ticks[tickKey(runbook.id, s.id)];
        return { id: s.id, text: s.text, phase: s.phase, done: tick?.done ?? false, by: tick?.by ?? null, at: tick?.at ?? null };
      }),
    },
    evidence: facts.evidence.map((e) => ({
      id: e.id,
      item: e.item,
      sha256: e.sha256,
      hashSource: e.hashSource,
      source: e.source,
      collectedBy: e.collectedBy,
      collectedAt: e.collectedAt,
      recordedBy: e.recordedBy,
      holder: holderOf(e),
      custody: e.custody.map(({ recordedAt: _r, ...c }) => c),
    })),
    contacts: (responder ? contactsToInvolve(config.response.contacts, record.category, record.priority, since) : []).map(({ contact, tellBy }) => ({
      id: contact.id,
      name: contact.name,
      role: contact.role,
      channel: contact.channel,
      emergency: contact.emergency,
      tellBy,
    })),
    contactsHidden: !responder,
    contactsConfigured: responder && config.response.contacts.length > 0,
    timeline,
    timelineLength: timelineLength ?? timeline.entries.at(-1)?.seq ?? 0,
    exerciseOf: facts.exerciseOf,
    canStartExercise: !record.exercise && resolved,
  };
}
