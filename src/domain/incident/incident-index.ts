import { type LegalIndexFields, NO_LEGAL_INDEX } from '../legal/incident-legal';
import { NO_SLA_INDEX, type SlaIndexFields } from '../sla/incident-sla';
import type { IncidentRecord } from './incident-record';
import { currentPhase } from '../response/lifecycle-phases';
import { NO_POSTMORTEM_INDEX, type PostmortemIndexFields } from '../postmortem/postmortem-policy';

/**
 * The shape of the indexed issue property `incident-response` (see jira:entityProperty in the
 * manifest). Values are strings or ISO dates because entity-property indexing has no boolean type.
 * `priority` is the level id (e.g. "Critical"), so `incidentPriority = "Critical"` works in JQL.
 */
export interface IncidentIndex {
  category: string | null;
  impact: string | null;
  urgency: string | null;
  priority: string | null;
  triage: string;
  confidentiality: 'true' | 'false';
  integrity: 'true' | 'false';
  availability: 'true' | 'false';
  authenticity: 'true' | 'false';
  exercise: 'true' | 'false';
  /** The NIST lifecycle phase (incidentPhase = "containment"). */
  phase: string;
  reportedAt: string;
  revision: number;
  /** The earliest due time of a running SLA clock (incidentSlaDue < now() finds the overdue). */
  slaDue: string | null;
  /** When the sweep must next look at this incident (a warning or a breach falls due). */
  slaNextCheck: string | null;
  slaBreached: 'true' | 'false';
  /** The earliest legal deadline still owed (incidentLegalDue < now() finds the overdue). */
  legalDue: string | null;
  /** When the sweep must next remind about a legal deadline. */
  legalNextCheck: string | null;
  /** not-required | pending | due | published (incidentPostmortem = "due"). */
  postmortem: string;
  /** When the postmortem is due, while it is (incidentPostmortemDue < now() finds the overdue). */
  postmortemDue: string | null;
}

/** The mirror's fields derived from the clocks (SLA, legal, postmortem due) rather than copied from the record. */
export type ClockIndexFields = SlaIndexFields & LegalIndexFields & PostmortemIndexFields;
export const NO_CLOCK_INDEX: ClockIndexFields = { ...NO_SLA_INDEX, ...NO_LEGAL_INDEX, ...NO_POSTMORTEM_INDEX };

const KEYS: readonly (keyof IncidentIndex)[] = [
  'category',
  'impact',
  'urgency',
  'priority',
  'triage',
  'confidentiality',
  'integrity',
  'availability',
  'authenticity',
  'exercise',
  'phase',
  'reportedAt',
  'revision',
  'slaDue',
  'slaNextCheck',
  'slaBreached',
  'legalDue',
  'legalNextCheck',
  'postmortem',
  'postmortemDue',
];
const flag = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

/**
 * Derives the issue-property mirror from the record. The mirror is for JQL and other tools only;
 * the app re-derives it and never reads it back as truth.
 * @example toIncidentIndex(newIncidentRecord('1', '2026-01-01T00:00:00Z', 'iso-27001'), NO_CLOCK_INDEX).triage // 'event'
 */
export function toIncidentIndex(record: IncidentRecord, clocks: ClockIndexFields): IncidentIndex {
  return {
    category: record.category,
    impact: record.impact,
    urgency: record.urgency,
    priority: record.priority,
    triage: record.triage.state,
    confidentiality: flag(record.cia.confidentiality),
    integrity: flag(record.cia.integrity),
    availability: flag(record.cia.availability),
    authenticity: flag(record.cia.authenticity),
    exercise: flag(record.exercise),
    phase: currentPhase(record.response?.phases ?? []),
    reportedAt: record.reportedAt,
    revision: record.revision,
    ...clocks,
  };
}

/** Whether a property value read back from Jira still equals what the record says it should be. */
export function isIndexInSync(record: IncidentRecord, clocks: ClockIndexFields, property: unknown): boolean {
  if (typeof property !== 'object' || property === null) return false;
  const expected = toIncidentIndex(record, clocks);
  const actual = property as Record<string, unknown>;
  return KEYS.every((k) => actual[k] === expected[k]);
}

/** When the sweep must next look at the incident: the earlier of its SLA and legal next checks. */
export const nextCheckOf = (index: Pick<IncidentIndex, 'slaNextCheck' | 'legalNextCheck'>): string | null =>
  [index.slaNextCheck, index.legalNextCheck].filter((t): t is string => t !== null).sort()[0] ?? null;
