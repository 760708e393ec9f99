/**
 * Budgets for one webhook request. A monitor in a storm must not make the app read, hold or write
 * without bound; Alertmanager's `max_alerts` and `truncatedAlerts` are the model for cutting a batch
 * rather than refusing it, so the alerts that fit still open the incident.
 */
export interface AlertLimits {
  /** Bytes of body (UTF-8); more is refused with 413. Forge web trigger payloads are small anyway. */
  maxBodyBytes: number;
  /** Alerts kept per batch; the rest are counted in truncatedAlerts. */
  maxAlerts: number;
  /** Characters kept per label or annotation value (and per summary); longer ones end in "…". */
  maxValueLength: number;
  /** Labels or annotations kept per alert; a monitor that sends hundreds is not describing an incident. */
  maxEntries: number;
}

export const DEFAULT_ALERT_LIMITS: AlertLimits = {
  maxBodyBytes: 1_000_000,
  maxAlerts: 100,
  maxValueLength: 1_000,
  maxEntries: 64,
};
