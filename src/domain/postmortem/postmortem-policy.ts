import type { AppConfig } from '../config/app-config';
import type { IncidentRecord } from '../incident/incident-record';
import { phaseClockStops } from '../response/lifecycle-phases';
import { clockEvents } from '../sla/clock-events';
import { slaFactsOf } from '../sla/incident-sla';
import type { SlaStatusConditions } from '../sla/sla-settings';
import type { PostmortemSettings } from './postmortem-settings';

/**
 * not-required: the level does not call for one (or an exercise, or dismissed); pending: required
 * once the incident is resolved; due: resolved and not yet published; published: done.
 */
export type PostmortemState = 'not-required' | 'pending' | 'due' | 'published';

export interface PostmortemDuty {
  state: PostmortemState;
  resolvedAt: string | null;
  dueAt: string | null;
}

const DAY_MS = 86_400_000;

/**
 * The levels that require a postmortem: as configured, or the two highest of the matrix.
 * @example requiredLevels({ requiredLevels: null, ... }, ['Critical', 'Serious', 'Mild']) // ['Critical', 'Serious']
 */
export function requiredLevels(settings: Pick<PostmortemSettings, 'requiredLevels'>, levelsHighestFirst: readonly string[]): string[] {
  return settings.requiredLevels ?? levelsHighestFirst.slice(0, 2);
}

/**
 * When the incident was resolved, by the same rule as the SLA resolve clock: a "resolved" status
 * or the post-incident phase, whichever came first; null while it is not resolved.
 */
export function resolvedAtOf(record: IncidentRecord, statuses: SlaStatusConditions): string | null {
  const events = clockEvents(
    record.reportedAt,
    slaFactsOf(record),
    statuses,
    record.triage.state === 'not-incident',
    phaseClockStops(record.response?.phases ?? []),
  );
  return events.resolvedAt === null ? null : new Date(events.resolvedAt).toISOString();
}

/**
 * Whether the incident owes a postmortem, and by when: `dueDays` calendar days after it was
 * resolved. Derived from the record alone, so the mirror written now stays right later.
 * @example a Critical incident resolved 2026-03-01T10:00Z with the defaults // { state: 'due', dueAt: '2026-03-15T10:00:00.000Z', ... }
 */
export function postmortemDuty(
  record: IncidentRecord,
  statuses: SlaStatusConditions,
  settings: Pick<PostmortemSettings, 'requiredLevels' | 'dueDays'>,
  levelsHighestFirst: readonly string[],
): PostmortemDuty {
  const resolvedAt = resolvedAtOf(record, statuses);
  const applies =
    record.priority !== null &&
    !record.exercise &&
    record.triage.state !== 'not-incident' &&
    requiredLevels(settings, levelsHighestFirst).includes(record.priority);
  if (!applies) return { state: 'not-required', resolvedAt, dueAt: null };
  const dueAt = resolvedAt === null ? null : new Date(Date.parse(resolvedAt) + settings.dueDays * DAY_MS).toISOString();
  if (record.postmortem) return { state: 'published', resolvedAt, dueAt };
  return { state: resolvedAt === null ? 'pending' : 'due', resolvedAt, dueAt };
}

/** Whether a postmortem is overdue at `now` (ms since the epoch). */
export const isPostmortemOverdue = (duty: PostmortemDuty, now: number): boolean => duty.state === 'due' && duty.dueAt !== null && Date.parse(duty.dueAt) < now;

/** The postmortem part of the indexed mirror: incidentPostmortem = "due" AND incidentPostmortemDue < now() finds the overdue. */
export interface PostmortemIndexFields {
  postmortem: PostmortemState;
  postmortemDue: string | null;
}

export const NO_POSTMORTEM_INDEX: PostmortemIndexFields = { postmortem: 'not-required', postmortemDue: null };

export const postmortemIndexFields = (duty: PostmortemDuty): PostmortemIndexFields => ({
  postmortem: duty.state,
  postmortemDue: duty.state === 'due' ? duty.dueAt : null,
});

/** The duty under the app's settings (its matrix's levels, its "resolved" statuses, its policy). */
export const postmortemDutyUnder = (record: IncidentRecord, config: AppConfig): PostmortemDuty =>
  postmortemDuty(
    record,
    config.sla.statuses,
    config.postmortem,
    config.priority.matrix.levels.map((l) => l.id),
  );
