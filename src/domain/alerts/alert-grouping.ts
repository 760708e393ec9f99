/**
 * One incident per alert group (issue 31, "Alerts in"): repeats and new alerts of the group add to
 * its timeline, "resolved" is recorded, flapping within a window reopens the same incident.
 */
import type { AlertBatch, NormalizedAlert } from './alert';
import { isGroupResolved, latestPerFingerprint, unrecordedAlerts, type AlertGroupState } from './alert-group-state';

export interface AlertGroupingSettings {
  /**
   * Whether the group resolving also resolves an incident nobody confirmed. People disagree; the
   * default keeps a human in the loop. A confirmed incident is never resolved by its alerts.
   */
  resolveUnconfirmedOnResolved: boolean;
  /** Firing again within this many minutes of the group resolving is flapping: same incident. */
  flappingWindowMinutes: number;
}

export const DEFAULT_ALERT_GROUPING_SETTINGS: AlertGroupingSettings = { resolveUnconfirmedOnResolved: false, flappingWindowMinutes: 30 };

export type AlertGroupingDecision =
  /** No incident for the group (or the last one closed outside the flapping window): open one. */
  | { kind: 'create'; alerts: NormalizedAlert[] }
  /** New or changed alerts of an existing incident: timeline entries only. */
  | { kind: 'append'; alerts: NormalizedAlert[] }
  /** Every alert of the group is now resolved: record it; resolve the incident only when `resolveIncident`. */
  | { kind: 'resolved'; alerts: NormalizedAlert[]; resolveIncident: boolean }
  /** The group fires again within the flapping window after resolving: reopen the same incident. */
  | { kind: 'reopen'; alerts: NormalizedAlert[] }
  /** Nothing the app has not recorded already (a redelivery): answer 200, write nothing. */
  | { kind: 'duplicate' }
  /** Only resolved alerts for a group with no incident: nothing to open, nothing to record. */
  | { kind: 'ignored' };

const MINUTE_MS = 60_000;

function firesAgain(state: AlertGroupState, batch: AlertBatch, fresh: NormalizedAlert[], settings: AlertGroupingSettings, now: string): AlertGroupingDecision {
  const sinceResolved = Date.parse(now) - Date.parse(state.resolvedAt ?? now);
  if (sinceResolved <= settings.flappingWindowMinutes * MINUTE_MS) return { kind: 'reopen', alerts: fresh };
  // Past the window a still-open incident (people are on it) takes the alerts; a closed one is
  // history, and the new incident gets the whole batch, not only what the old one lacked.
  return state.open ? { kind: 'append', alerts: fresh } : { kind: 'create', alerts: latestPerFingerprint(batch.alerts) };
}

/**
 * What a batch does to its group's incident, given what is recorded for it (null: no incident).
 * @example decideAlertGrouping(null, firingBatch, DEFAULT_ALERT_GROUPING_SETTINGS, '2024-05-01T03:00:00.000Z') // { kind: 'create', alerts: [...] }
 */
export function decideAlertGrouping(state: AlertGroupState | null, batch: AlertBatch, settings: AlertGroupingSettings, now: string): AlertGroupingDecision {
  const fresh = unrecordedAlerts(batch.alerts, state?.recorded ?? {});
  if (fresh.length === 0) return state ? { kind: 'duplicate' } : { kind: 'ignored' };
  const firing = fresh.some((alert) => alert.status === 'firing');
  if (!state) return firing ? { kind: 'create', alerts: fresh } : { kind: 'ignored' };
  if (firing && state.resolvedAt !== null) return firesAgain(state, batch, fresh, settings, now);
  if (state.resolvedAt === null && isGroupResolved(state.recorded, fresh)) {
    return { kind: 'resolved', alerts: fresh, resolveIncident: !state.confirmed && settings.resolveUnconfirmedOnResolved };
  }
  return { kind: 'append', alerts: fresh };
}
