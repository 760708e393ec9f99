import type { IncidentRecord } from '../incident/incident-record';
import type { BusinessCalendar } from './business-calendar';
import { clockEvents } from './clock-events';
import { type EscalationStep, escalationStepKey, pendingSteps } from './escalation-steps';
import { evaluateClocks, type ClockReading } from './evaluate-clocks';
import { EMPTY_SLA_FACTS, type SlaFacts } from './sla-facts';
import { calendarOf, type SlaPolicy, type SlaSettings } from './sla-settings';

export type IncidentSla =
  | { kind: 'clocks'; level: string; policy: SlaPolicy; calendar: BusinessCalendar; readings: ClockReading[]; pending: EscalationStep[] }
  | { kind: 'none'; reason: 'no-priority' | 'no-policy' | 'no-calendar' };

export const slaFactsOf = (record: IncidentRecord): SlaFacts => record.sla ?? EMPTY_SLA_FACTS;

/** The incident's SLA clocks under the settings, as of `now`, with the escalation steps still to come. */
export function incidentSla(record: IncidentRecord, settings: SlaSettings, now: number): IncidentSla {
  if (record.priority === null) return { kind: 'none', reason: 'no-priority' };
  const policy = settings.policies[record.priority];
  if (!policy) return { kind: 'none', reason: 'no-policy' };
  const calendar = calendarOf(settings, policy);
  if (!calendar) return { kind: 'none', reason: 'no-calendar' };
  const facts = slaFactsOf(record);
  const events = clockEvents(record.reportedAt, facts, settings.statuses, record.triage.state === 'not-incident');
  const readings = evaluateClocks(events, policy, calendar, settings.warnAtPercent, now);
  const pending = pendingSteps(readings, new Set(facts.escalations.map((e) => e.step)));
  return { kind: 'clocks', level: record.priority, policy, calendar, readings, pending };
}

/** The SLA part of the indexed mirror: next deadline, next escalation check, breached. */
export interface SlaIndexFields {
  slaDue: string | null;
  slaNextCheck: string | null;
  slaBreached: 'true' | 'false';
}

export const NO_SLA_INDEX: SlaIndexFields = { slaDue: null, slaNextCheck: null, slaBreached: 'false' };

/**
 * Derived without reference to the current time, so the mirror written now is still right later:
 * a running clock becomes "breached" in the index when the sweep records its breach step.
 */
export function slaIndexFields(sla: IncidentSla, record: IncidentRecord): SlaIndexFields {
  if (sla.kind === 'none') return NO_SLA_INDEX;
  const done = new Set(slaFactsOf(record).escalations.map((e) => e.step));
  const running = sla.readings.filter((r) => r.state === 'running' && r.dueAt !== null);
  const due = running.map((r) => r.dueAt!);
  const breached = sla.readings.some((r) => r.state === 'missed') || running.some((r) => done.has(escalationStepKey(r.kind, 'breach', r.dueAt!)));
  return {
    slaDue: due.length > 0 ? new Date(Math.min(...due)).toISOString() : null,
    slaNextCheck: sla.pending.length > 0 ? new Date(sla.pending[0]!.at).toISOString() : null,
    slaBreached: breached ? 'true' : 'false',
  };
}
