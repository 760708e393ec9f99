import { type LegalIndexFields, NO_LEGAL_INDEX } from '../legal/incident-legal';
import { NO_SLA_INDEX, type SlaIndexFields } from '../sla/incident-sla';
import type { IncidentRecord } from './incident-record';
import { currentPhase } from '../response/lifecycle-phases';
import { NO_POSTMORTEM_INDEX, type PostmortemIndexFields } from '../postmortem/postmortem-policy';
import { mirrorTag } from './mirror-tag';

/**
 * The shape of the indexed issue property `incident-response` (see jira:entityProperty in the
 * manifest). Values are strings or ISO dates because entity-property indexing has no boolean type.
 *
 * Jira returns issue properties to everyone who may browse the issue, and a portal reporter may browse
 * their own request (Atlassian: "never store ... sensitive data ... using entity properties",
 * https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/). So the mirror holds
 * only what the reporter may read, and each field says why it may:
 * - `priority` is the level (`incidentPriority = "Critical"`): the app sets Jira's own Priority field
 *   to it, which Jira returns to the same people;
 * - `slaDue`, `slaBreached`, `postmortem`, `postmortemDue` follow from the level and the settings and
 *   tell no more than it;
 * - `triage` and `phase` say where handling stands (the portal tells the reporter received, confirmed
 *   or not an incident); `exercise`, `reportedAt`, `revision` describe the record, not the event;
 * - `nextCheck` is when the app looks again (an SLA step or a legal reminder, not which);
 * - `categoryTag` is the responders' category as a keyed tag (mirror-tag.ts): the app searches by
 *   it, a reader learns nothing from it.
 * The responders' assessment (category, impact, urgency, the CIA(A) flags) and the legal deadlines
 * are not in it: they stay in Forge storage, shown through the app's own permission checks.
 */
export interface IncidentIndex {
  priority: string | null;
  categoryTag: string | null;
  triage: string;
  exercise: 'true' | 'false';
  /** The NIST lifecycle phase (incidentPhase = "containment"). */
  phase: string;
  reportedAt: string;
  revision: number;
  /** The earliest due time of a running SLA clock (incidentSlaDue < now() finds the overdue). */
  slaDue: string | null;
  slaBreached: 'true' | 'false';
  /** When the sweep must next look at this incident: the earlier of an SLA step and a legal reminder. */
  nextCheck: string | null;
  /** not-required | pending | due | published (incidentPostmortem = "due"). */
  postmortem: string;
  /** When the postmortem is due, while it is (incidentPostmortemDue < now() finds the overdue). */
  postmortemDue: string | null;
}

/** The clocks' part of the mirror (SLA, legal, postmortem), derived rather than copied from the record. */
export type ClockIndexFields = SlaIndexFields & LegalIndexFields & PostmortemIndexFields;
export const NO_CLOCK_INDEX: ClockIndexFields = { ...NO_SLA_INDEX, ...NO_LEGAL_INDEX, ...NO_POSTMORTEM_INDEX };

const KEYS: readonly (keyof IncidentIndex)[] = [
  'priority',
  'categoryTag',
  'triage',
  'exercise',
  'phase',
  'reportedAt',
  'revision',
  'slaDue',
  'slaBreached',
  'nextCheck',
  'postmortem',
  'postmortemDue',
];
const flag = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

/**
 * Derives the issue-property mirror from the record. The mirror is for JQL and other tools only;
 * the app re-derives it and never reads it back as truth. `mirrorKey` is the installation's tag key.
 * @example toIncidentIndex(newIncidentRecord('1', '2026-01-01T00:00:00Z', 'iso-27001'), NO_CLOCK_INDEX, '00'.repeat(32)).triage // 'event'
 */
export function toIncidentIndex(record: IncidentRecord, clocks: ClockIndexFields, mirrorKey: string): IncidentIndex {
  return {
    priority: record.priority,
    categoryTag: record.category === null ? null : mirrorTag(mirrorKey, record.category),
    triage: record.triage.state,
    exercise: flag(record.exercise),
    phase: currentPhase(record.response?.phases ?? []),
    reportedAt: record.reportedAt,
    revision: record.revision,
    slaDue: clocks.slaDue,
    slaBreached: clocks.slaBreached,
    nextCheck: nextCheckOf(clocks),
    postmortem: clocks.postmortem,
    postmortemDue: clocks.postmortemDue,
  };
}

/**
 * Whether a property value read back from Jira still equals what the record says it should be. A
 * mirror that carries any other field (one written before the assessment left the mirror, or one
 * edited by hand) is out of sync, so the app rewrites it and no reader keeps the old fields.
 */
export function isIndexInSync(record: IncidentRecord, clocks: ClockIndexFields, property: unknown, mirrorKey: string): boolean {
  if (typeof property !== 'object' || property === null) return false;
  const expected = toIncidentIndex(record, clocks, mirrorKey);
  const actual = property as Record<string, unknown>;
  return KEYS.every((k) => actual[k] === expected[k]) && Object.keys(actual).every((k) => (KEYS as readonly string[]).includes(k));
}

/** When the sweep must next look at the incident: the earlier of its SLA and legal next checks. */
export const nextCheckOf = (clocks: Pick<ClockIndexFields, 'slaNextCheck' | 'legalNextCheck'>): string | null =>
  [clocks.slaNextCheck, clocks.legalNextCheck].filter((t): t is string => t !== null).sort()[0] ?? null;
