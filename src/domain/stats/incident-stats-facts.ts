import type { AppConfig } from '../config/app-config';
import type { IncidentRecord, TriageState } from '../incident/incident-record';
import { incidentObligations, legalFactsOf } from '../legal/incident-legal';
import { postmortemDutyUnder, type PostmortemState } from '../postmortem/postmortem-policy';
import { type CadenceKept, cadenceKept } from '../stakeholders/cadence-kept';
import { cadenceOf } from '../stakeholders/next-update-due';
import { phaseClockStops } from '../response/lifecycle-phases';
import { clockEvents } from '../sla/clock-events';
import { escalationStepKey } from '../sla/escalation-steps';
import { incidentSla, slaFactsOf } from '../sla/incident-sla';
import type { SlaClockKind } from '../sla/sla-settings';
import { utcDay } from './stats-days';

/** CIA(A) flags by their short names in the statistics. */
export const CIA_SHORT = { confidentiality: 'c', integrity: 'i', availability: 'a', authenticity: 'au' } as const;

/**
 * What one incident contributes to the statistics, read from its record and its Jira issue alone
 * (no "now"): the same state always gives the same facts, so a repeated, late or out-of-order
 * event that leads to a recomputation changes nothing.
 */
export interface IncidentStatsFacts {
  project: string;
  /** The UTC day it was reported. */
  day: string;
  exercise: boolean;
  triage: TriageState;
  category: string | null;
  priority: string | null;
  cia: string[];
  components: string[];
  /** Not yet resolved (by the SLA resolve rule: a resolved status or the post-incident phase). */
  open: boolean;
  /** Wall-clock time from the report to the first responder action, containment and resolution. */
  times: Record<SlaClockKind, number | null>;
  /** Each SLA clock's final outcome: met or missed once stopped, missed once its breach escalated. */
  sla: Partial<Record<SlaClockKind, 'met' | 'missed'>>;
  /** Legal notices sent on time or late, and deadlines passed unsent (the sweep recorded "overdue"). */
  legal: { met: number; late: number; missed: number };
  postmortem: { state: PostmortemState; dueDay: string | null };
  /**
   * A confirmed incident whose level has a stakeholder update cadence: its updates and how many
   * came on time (cadence-kept.ts); null otherwise. Absent in facts stored before it was counted.
   */
  cadence?: CadenceKept | null;
}

/** The issue's side: its project and the components (affected systems) set in Jira. */
export interface IssueStatsFacts {
  projectKey: string;
  components: string[];
}

/**
 * `updateTimes`: when each of the incident's stakeholder updates was sent (the stakeholder store's,
 * kept apart from the record). The cadence is the one of the incident's level now.
 */
export function incidentStatsFacts(record: IncidentRecord, issue: IssueStatsFacts, config: AppConfig, updateTimes: readonly string[] = []): IncidentStatsFacts {
  const events = clockEvents(
    record.reportedAt,
    slaFactsOf(record),
    config.sla.statuses,
    record.triage.state === 'not-incident',
    phaseClockStops(record.response?.phases ?? []),
  );
  const since = (at: number | null) => (at === null ? null : Math.max(0, at - events.startedAt));
  const duty = postmortemDutyUnder(record, config);
  return {
    project: issue.projectKey,
    day: utcDay(record.reportedAt),
    exercise: record.exercise,
    triage: record.triage.state,
    category: record.category,
    priority: record.priority,
    cia: (Object.keys(CIA_SHORT) as (keyof typeof CIA_SHORT)[]).filter((flag) => record.cia[flag]).map((flag) => CIA_SHORT[flag]),
    components: [...new Set(issue.components)].sort(),
    open: events.resolvedAt === null && record.triage.state !== 'not-incident',
    times: { acknowledge: since(events.acknowledgedAt), contain: since(events.containedAt), resolve: since(events.resolvedAt) },
    sla: slaOutcomes(record, config),
    legal: legalOutcomes(record, config),
    postmortem: { state: duty.state, dueDay: duty.state === 'due' && duty.dueAt ? utcDay(duty.dueAt) : null },
    cadence:
      record.triage.state === 'incident'
        ? cadenceKept(record.triage.at ?? record.reportedAt, updateTimes, cadenceOf(config.stakeholders, record.priority))
        : null,
  };
}

function slaOutcomes(record: IncidentRecord, config: AppConfig): IncidentStatsFacts['sla'] {
  // `now` only moves running clocks' countdowns; their outcome here comes from recorded breaches.
  const sla = incidentSla(record, config.sla, Date.parse(record.reportedAt));
  if (sla.kind === 'none') return {};
  const breached = new Set(slaFactsOf(record).escalations.map((e) => e.step));
  const out: IncidentStatsFacts['sla'] = {};
  for (const r of sla.readings) {
    if (r.state === 'met' || r.state === 'missed') out[r.kind] = r.state;
    else if (r.dueAt !== null && breached.has(escalationStepKey(r.kind, 'breach', r.dueAt))) out[r.kind] = 'missed';
  }
  return out;
}

function legalOutcomes(record: IncidentRecord, config: AppConfig): IncidentStatsFacts['legal'] {
  const facts = legalFactsOf(record);
  const latest = [record.reportedAt, ...facts.starts.map((s) => s.at), ...facts.sent.map((s) => s.sentAt)].reduce((a, b) =>
    Date.parse(b) > Date.parse(a) ? b : a,
  );
  // Overdue steps are keyed legal:<ruleId>:overdue:<deadline> (legal-escalation-steps.ts).
  const overdue = new Set(facts.escalations.map((e) => /^legal:(.+):overdue:/.exec(e.step)?.[1]).filter((id) => id !== undefined));
  const out = { met: 0, late: 0, missed: 0 };
  for (const o of incidentObligations(record, config.legal, Date.parse(latest))) {
    if (o.applicability !== 'yes' || o.dueAt === null) continue;
    const first = o.sendings[0];
    if (o.state === 'sent' && first) out[Date.parse(first.sentAt) <= o.dueAt ? 'met' : 'late'] += 1;
    else if (o.state === 'open' && overdue.has(o.rule.id)) out.missed += 1;
  }
  return out;
}
