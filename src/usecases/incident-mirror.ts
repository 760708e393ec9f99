import type { AppConfig } from '../domain/config/app-config';
import { type ClockIndexFields, type IncidentIndex, toIncidentIndex } from '../domain/incident/incident-index';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { incidentObligations, legalIndexFields } from '../domain/legal/incident-legal';
import { incidentSla, slaIndexFields } from '../domain/sla/incident-sla';
import { calendarOf } from '../domain/sla/sla-settings';
import { expectedFirstResponse, type FirstResponsePromise, firstResponsePromiseValues } from '../domain/triage/expected-first-response';
import { postmortemDutyUnder, postmortemIndexFields } from '../domain/postmortem/postmortem-policy';

/** The indexed issue property for a record under the current settings (SLA fields included), tagged with the installation's key. */
export function incidentMirror(record: IncidentRecord, config: AppConfig, now: string, mirrorKey: string): IncidentIndex {
  return toIncidentIndex(record, clockIndexFields(record, config, now), mirrorKey);
}

/** The SLA and legal fields of the mirror, read from the clocks as of `now`. */
export function clockIndexFields(record: IncidentRecord, config: AppConfig, now: string): ClockIndexFields {
  const at = Date.parse(now);
  return {
    ...slaIndexFields(incidentSla(record, config.sla, at), record),
    ...legalIndexFields(incidentObligations(record, config.legal, at), record, config.legal),
    ...postmortemIndexFields(postmortemDutyUnder(record, config)),
  };
}

/** What the reporter is told about the first response, from the acknowledge target of the record's level. */
export function firstResponsePromise(priority: string | null, config: AppConfig): string {
  const policy = priority !== null ? config.sla.policies[priority] : undefined;
  return expectedFirstResponse(policy, policy ? calendarOf(config.sla, policy) : undefined);
}

/** The same promise as values for the acknowledgement in the reporter's language. */
export function firstResponsePromiseOf(priority: string | null, config: AppConfig): FirstResponsePromise {
  const policy = priority !== null ? config.sla.policies[priority] : undefined;
  return firstResponsePromiseValues(policy, policy ? calendarOf(config.sla, policy) : undefined);
}
