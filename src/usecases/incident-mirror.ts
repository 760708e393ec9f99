import type { AppConfig } from '../domain/config/app-config';
import { type IncidentIndex, toIncidentIndex } from '../domain/incident/incident-index';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { incidentSla, slaIndexFields } from '../domain/sla/incident-sla';
import { calendarOf } from '../domain/sla/sla-settings';
import { expectedFirstResponse } from '../domain/triage/expected-first-response';

/** The indexed issue property for a record under the current settings (SLA fields included). */
export function incidentMirror(record: IncidentRecord, config: AppConfig, now: string): IncidentIndex {
  return toIncidentIndex(record, slaIndexFields(incidentSla(record, config.sla, Date.parse(now)), record));
}

/** What the reporter is told about the first response, from the acknowledge target of the record's level. */
export function firstResponsePromise(priority: string | null, config: AppConfig): string {
  const policy = priority !== null ? config.sla.policies[priority] : undefined;
  return expectedFirstResponse(policy, policy ? calendarOf(config.sla, policy) : undefined);
}
