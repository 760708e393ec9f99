/**
 * One shape for every alert source, so grouping, timelines and priorities never ask which monitor
 * spoke. Parsers (parse-alertmanager.ts, parse-grafana.ts, parse-generic.ts) produce it; nothing here
 * is stored as received.
 */
export type AlertFormat = 'alertmanager' | 'grafana' | 'generic';

export type AlertStatus = 'firing' | 'resolved';

export interface NormalizedAlert {
  /** Stable per alert within its source: Alertmanager's and Grafana's label fingerprint, the generic `id`. */
  fingerprint: string;
  status: AlertStatus;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** ISO 8601, UTC. */
  startsAt: string;
  /** ISO 8601, UTC, or null while firing: a firing alert's endsAt is the sender's guess at a timeout, not an end. */
  endsAt: string | null;
  /** What a person reads first: annotations.summary, else annotations.title, else the alert name. */
  summary: string | null;
  /** The `severity` label (or the generic format's `severity`), as the source spelled it. */
  severity: string | null;
}

export interface AlertBatch {
  format: AlertFormat;
  /** The alert group: Alertmanager's and Grafana's `groupKey`, the generic `group`. One incident per group. */
  groupKey: string;
  alerts: NormalizedAlert[];
  /** Alerts left out of this batch: those the sender truncated plus those over our own per-batch limit. */
  truncatedAlerts: number;
  /** ISO 8601, UTC: when the app read the request. */
  receivedAt: string;
}

export type ParseResult = { ok: true; batch: AlertBatch } | { ok: false; status: 400 | 413; reason: string };
