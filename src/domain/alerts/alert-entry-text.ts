import type { NormalizedAlert } from './alert';

const MAX_TEXT = 2_000;

const pairs = (values: Record<string, string>): string =>
  Object.entries(values)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');

/**
 * What the timeline says about one alert: what happened first, then the monitor's own labels and
 * annotations as it sent them, so responders see what the monitor knew.
 * @example alertEntryText(hostDown, 'firing', 'Prometheus (production)') // 'Alert firing from Prometheus (production): web-1 down. Labels: alertname: HostDown; ...'
 */
export function alertEntryText(alert: NormalizedAlert, what: 'firing' | 'resolved' | 'firing-again' | 'still-firing', sourceName: string): string {
  const headline = {
    firing: `Alert firing from ${sourceName}`,
    resolved: `Alert resolved at ${sourceName}`,
    'firing-again': `Alert firing again from ${sourceName} soon after it resolved (flapping): recorded on this incident`,
    'still-firing': `Alert still firing at ${sourceName} (sent again)`,
  }[what];
  const summary = alert.summary ?? alert.labels.alertname ?? 'an alert without a summary';
  const parts = [`${headline}: ${summary}.`];
  if (Object.keys(alert.labels).length > 0) parts.push(`Labels: ${pairs(alert.labels)}.`);
  if (Object.keys(alert.annotations).length > 0) parts.push(`Annotations: ${pairs(alert.annotations)}.`);
  const text = parts.join(' ');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * The new issue's summary: the first firing alert's summary, with the number of alerts when the
 * group has several. Jira allows 255 characters.
 * @example alertIssueSummary([hostDown]) // 'web-1 down'
 */
export function alertIssueSummary(alerts: readonly NormalizedAlert[]): string {
  const first = alerts.find((a) => a.status === 'firing') ?? alerts[0];
  const base = first?.summary ?? first?.labels.alertname ?? 'Alert';
  const more = alerts.length - 1;
  const text = more > 0 ? `${base} (and ${more} more ${more === 1 ? 'alert' : 'alerts'})` : base;
  return text.length > 255 ? `${text.slice(0, 254)}…` : text;
}
