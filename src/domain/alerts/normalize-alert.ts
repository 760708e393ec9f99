import { createHash } from 'node:crypto';
import type { AlertStatus, NormalizedAlert } from './alert';
import type { AlertLimits } from './alert-limits';
import { toUtcIso } from './alert-time';
import { capRecord, capText } from './cap-values';

export interface ReceivedAlert {
  fingerprint: string;
  status: AlertStatus;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string | undefined;
  endsAt: string | undefined;
  /** The generic format names its own summary and severity; the others derive them. */
  summary?: string | undefined;
  severity?: string | undefined;
}

/**
 * An identifier kept whole when short, else replaced by its SHA-256: cutting it could merge two
 * groups (or two alerts) that differ only at the end, a hash keeps them apart and stable across
 * deliveries. Alertmanager itself hashes group keys the same way for its notification log.
 * @example stableKey('{}:{alertname="X"}', 1000) // '{}:{alertname="X"}'
 */
export function stableKey(key: string, maxLength: number): string {
  return key.length <= maxLength ? key : `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/**
 * One alert in the shared shape, with values capped to the limits.
 * @example normalizeAlert({ fingerprint: 'f', status: 'firing', labels: { alertname: 'X' }, annotations: {}, startsAt: undefined, endsAt: undefined }, limits, '2024-05-01T03:00:00.000Z').summary // 'X'
 */
export function normalizeAlert(alert: ReceivedAlert, limits: AlertLimits, receivedAt: string): NormalizedAlert {
  const labels = capRecord(alert.labels, limits.maxValueLength, limits.maxEntries);
  const annotations = capRecord(alert.annotations, limits.maxValueLength, limits.maxEntries);
  const summary = alert.summary ?? alert.annotations.summary ?? alert.annotations.title ?? alert.labels.alertname ?? null;
  const severity = alert.severity ?? alert.labels.severity ?? null;
  // A resolved alert without an end time ended by the time its sender told us.
  const endsAt = alert.status === 'firing' ? null : ((alert.endsAt && toUtcIso(alert.endsAt)) ?? receivedAt);
  return {
    fingerprint: stableKey(alert.fingerprint, limits.maxValueLength),
    status: alert.status,
    labels,
    annotations,
    startsAt: (alert.startsAt && toUtcIso(alert.startsAt)) ?? receivedAt,
    endsAt,
    summary: summary === null ? null : capText(summary, limits.maxValueLength),
    severity: severity === null ? null : capText(severity, limits.maxValueLength),
  };
}
