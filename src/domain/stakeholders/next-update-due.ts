import type { TriageState } from '../incident/incident-record';
import type { UpdateStatus } from '../../shared/stakeholder-update-words';
import type { StakeholderUpdateSettings } from './stakeholder-settings';

/** What the next update's due time follows from: the incident as it is now, and its newest update. */
export interface CadenceFacts {
  /** The current priority level: a level change takes effect at once. */
  level: string | null;
  triage: TriageState;
  /** When the incident was confirmed (triage decided), else when it was reported. */
  confirmedAt: string;
  /** Resolved or closed in Jira (status category "done"): nobody waits for an update then. */
  closed: boolean;
  /** The newest update delivered, with the next update time it promised and where it said things stand. */
  lastUpdate: { at: string; nextUpdateAt: string; status?: UpdateStatus } | null;
}

const MINUTE = 60_000;

/**
 * The level's cadence in minutes, or null when the level has none.
 * @example cadenceOf({ cadenceMinutes: { Critical: 30, Mild: null }, audiences: [] }, 'Critical') // 30
 * @example cadenceOf({ cadenceMinutes: { Critical: 30, Mild: null }, audiences: [] }, 'Mild') // null
 */
export function cadenceOf(settings: StakeholderUpdateSettings, level: string | null): number | null {
  if (level === null) return null;
  return settings.cadenceMinutes[level] ?? null;
}

/**
 * When the next stakeholder update is due: one cadence after the newest update (or after the
 * confirmation, before the first), sooner when the newest update promised sooner. Null when none
 * is due: not a confirmed incident, resolved or closed, a level without a cadence, or the newest
 * update told stakeholders it is resolved ("the last update unless something changes").
 * @example nextUpdateDue({ level: 'Critical', triage: 'incident', confirmedAt: '2026-12-07T09:00:00.000Z', closed: false, lastUpdate: null }, 30)
 *   // '2026-12-07T09:30:00.000Z'
 */
export function nextUpdateDue(facts: CadenceFacts, cadenceMinutes: number | null): string | null {
  if (facts.triage !== 'incident' || facts.closed || cadenceMinutes === null || facts.lastUpdate?.status === 'resolved') return null;
  const since = Math.max(Date.parse(facts.confirmedAt), facts.lastUpdate ? Date.parse(facts.lastUpdate.at) : -Infinity);
  const byCadence = since + cadenceMinutes * MINUTE;
  const promised = facts.lastUpdate ? Date.parse(facts.lastUpdate.nextUpdateAt) : Infinity;
  return new Date(Math.min(byCadence, promised)).toISOString();
}
