import type { IncidentRecord } from '../incident/incident-record';
import type { BusinessCalendar } from './business-calendar';
import { clockEvents } from './clock-events';
import { phaseClockStops } from '../response/lifecycle-phases';
import { escalationStepKey, pendingSteps } from './escalation-steps';
import { evaluateClocks, type ClockReading } from './evaluate-clocks';
import { EMPTY_SLA_FACTS, type SlaFacts, withResponse } from './sla-facts';
import { calendarOf, type SlaPolicy, type SlaSettings } from './sla-settings';

export type IncidentSla =
  | { kind: 'clocks'; level: string; policy: SlaPolicy; calendar: BusinessCalendar; readings: ClockReading[] }
  | { kind: 'none'; reason: 'no-priority' | 'no-policy' | 'no-calendar' };

export const slaFactsOf = (record: IncidentRecord): SlaFacts => record.sla ?? EMPTY_SLA_FACTS;

/** The record after a responder acted on it (a triage decision or a classification): acknowledge stops. */
export function markResponded(record: IncidentRecord, by: string, at: string): IncidentRecord {
  return { ...record, sla: withResponse(slaFactsOf(record), by, at) };
}

/** The incident's SLA clocks under the settings, as of `now`. */
export function incidentSla(record: IncidentRecord, settings: SlaSettings, now: number): IncidentSla {
  if (record.priority === null) return { kind: 'none', reason: 'no-priority' };
  const policy = settings.policies[record.priority];
  if (!policy) return { kind: 'none', reason: 'no-policy' };
  const calendar = calendarOf(settings, policy);
  if (!calendar) return { kind: 'none', reason: 'no-calendar' };
  const events = clockEvents(
    record.reportedAt,
    slaFactsOf(record),
    settings.statuses,
    record.triage.state === 'not-incident',
    phaseClockStops(record.response?.phases ?? []),
  );
  const readings = evaluateClocks(events, policy, calendar, settings.warnAtPercent, now);
  return { kind: 'clocks', level: record.priority, policy, calendar, readings };
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
 * a running clock becomes "breached" in the index when the sweep records its breach step. The
 * steps done are read from `record`, which may carry escalations recorded after `sla` was read.
 */
export function slaIndexFields(sla: IncidentSla, record: IncidentRecord): SlaIndexFields {
  if (sla.kind === 'none') return NO_SLA_INDEX;
  const done = new Set(slaFactsOf(record).escalations.map((e) => e.step));
  const running = sla.readings.filter((r) => r.state === 'running' && r.dueAt !== null);
  const due = running.map((r) => r.dueAt!);
  const breached = sla.readings.some((r) => r.state === 'missed') || running.some((r) => done.has(escalationStepKey(r.kind, 'breach', r.dueAt!)));
  const next = pendingSteps(sla.readings, done)[0];
  return {
    slaDue: due.length > 0 ? new Date(Math.min(...due)).toISOString() : null,
    slaNextCheck: next ? new Date(next.at).toISOString() : null,
    slaBreached: breached ? 'true' : 'false',
  };
}
