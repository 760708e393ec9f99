import type { AlertBatch, AlertFormat } from './alert';
import type { AlertLimits } from './alert-limits';
import { normalizeAlert, stableKey, type ReceivedAlert } from './normalize-alert';

export interface ReceivedBatch {
  format: AlertFormat;
  groupKey: string;
  alerts: ReceivedAlert[];
  /** What the sender already left out (Alertmanager's and Grafana's truncatedAlerts). */
  truncatedBySender: number;
}

/**
 * The batch in the shared shape: the first `maxAlerts` alerts kept, in the sender's order, as
 * Alertmanager's own max_alerts does; the rest counted, never silently lost.
 * @example buildBatch({ format: 'generic', groupKey: 'g', alerts: [], truncatedBySender: 0 }, limits, now).truncatedAlerts // 0
 */
export function buildBatch(received: ReceivedBatch, limits: AlertLimits, receivedAt: string): AlertBatch {
  const kept = received.alerts.slice(0, limits.maxAlerts);
  return {
    format: received.format,
    groupKey: stableKey(received.groupKey, limits.maxValueLength),
    alerts: kept.map((alert) => normalizeAlert(alert, limits, receivedAt)),
    truncatedAlerts: received.truncatedBySender + (received.alerts.length - kept.length),
    receivedAt,
  };
}
