/**
 * Go's zero time.Time, which Alertmanager and Grafana send as endsAt while an alert fires
 * (Grafana's webhook docs: "default value when not resolved is 0001-01-01T00:00:00Z").
 */
const GO_ZERO_TIME_PREFIX = '0001-01-01T00:00:00';

/**
 * An RFC 3339 time from a monitor as ISO 8601 in UTC, or null for Go's zero time.
 * Sub-millisecond digits are dropped: JavaScript dates hold milliseconds.
 * @example toUtcIso('2021-10-12T09:51:03.157076+02:00') // '2021-10-12T07:51:03.157Z'
 */
export function toUtcIso(rfc3339: string): string | null {
  if (rfc3339.startsWith(GO_ZERO_TIME_PREFIX)) return null;
  return new Date(rfc3339).toISOString();
}
