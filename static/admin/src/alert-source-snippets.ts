/**
 * Ready-to-paste monitor configuration for a source, with its URL filled in. The secret is never
 * put here: the page shows it once, and the admin pastes it where `<your secret>` stands.
 */
export const SECRET_PLACEHOLDER = '<your secret>';

/** Prometheus Alertmanager (0.25 and later): a receiver whose webhook sends the secret as a bearer token. */
export function alertmanagerSnippet(url: string): string {
  return [
    'receivers:',
    '  - name: incident-response-for-jira',
    '    webhook_configs:',
    `      - url: '${url}'`,
    '        send_resolved: true',
    '        http_config:',
    '          authorization:',
    '            type: Bearer',
    `            credentials: '${SECRET_PLACEHOLDER}'`,
  ].join('\n');
}

/** Grafana alerting: the webhook contact point's fields, as its form names them. */
export function grafanaSnippet(url: string, hmac: { header: string | null; timestampHeader: string | null }): string {
  return [
    'Integration: Webhook',
    `URL: ${url}`,
    'Optional Webhook settings:',
    '  HTTP Method: POST',
    '  Authorization Header - Scheme: Bearer',
    `  Authorization Header - Credentials: ${SECRET_PLACEHOLDER}`,
    ...(hmac.header
      ? [
          '  HMAC Signature:',
          `    Secret: ${SECRET_PLACEHOLDER}`,
          `    Header: ${hmac.header}`,
          ...(hmac.timestampHeader ? [`    Timestamp Header: ${hmac.timestampHeader}`] : []),
        ]
      : []),
  ].join('\n');
}

/** The generic JSON format: any script or cloud monitor that can POST JSON with a bearer token. */
export function genericSnippet(url: string): string {
  return [
    `curl -X POST '${url}' \\`,
    `  -H 'Authorization: Bearer ${SECRET_PLACEHOLDER}' \\`,
    "  -H 'Content-Type: application/json' \\",
    '  --data @alert.json',
  ].join('\n');
}
