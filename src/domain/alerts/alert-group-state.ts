import type { AlertStatus, NormalizedAlert } from './alert';

/** What the app has recorded about one alert group's incident: the input to grouping decisions. */
export interface AlertGroupState {
  /** The latest status recorded per alert fingerprint. */
  recorded: Readonly<Record<string, AlertStatus>>;
  /** When every recorded alert of the group was last seen resolved (ISO 8601), or null while any fires. */
  resolvedAt: string | null;
  /** Whether a person confirmed the event as an incident (triage); then alerts never resolve it alone. */
  confirmed: boolean;
  /** Whether the incident is still open in Jira. */
  open: boolean;
}

/**
 * One alert per fingerprint, the last one the batch carries: a sender that reports an alert twice in
 * one batch means its latest state.
 * @example latestPerFingerprint([a1Firing, a1Resolved]) // [a1Resolved]
 */
export function latestPerFingerprint(alerts: ReadonlyArray<NormalizedAlert>): NormalizedAlert[] {
  return [...new Map(alerts.map((alert) => [alert.fingerprint, alert])).values()];
}

/**
 * Alerts whose status differs from what is recorded: a redelivered batch (a sender retrying after
 * a timeout) has none.
 * @example unrecordedAlerts([a1Firing], { a1: 'firing' }) // []
 */
export function unrecordedAlerts(alerts: ReadonlyArray<NormalizedAlert>, recorded: AlertGroupState['recorded']): NormalizedAlert[] {
  return latestPerFingerprint(alerts).filter((alert) => recorded[alert.fingerprint] !== alert.status);
}

/**
 * Whether every alert of the group is resolved once `alerts` are recorded on top of `recorded`.
 * @example isGroupResolved({ a1: 'firing' }, [a1Resolved]) // true
 */
export function isGroupResolved(recorded: AlertGroupState['recorded'], alerts: ReadonlyArray<NormalizedAlert>): boolean {
  const merged = { ...recorded, ...Object.fromEntries(alerts.map((alert) => [alert.fingerprint, alert.status])) };
  return Object.values(merged).every((status) => status === 'resolved');
}
