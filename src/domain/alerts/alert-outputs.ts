/**
 * What the `alerts-in` web trigger answers. It is a static web trigger (Runs on Atlassian allows no
 * other): the function names an output and Forge sends that output's status and body, as declared in
 * manifest.yml (https://developer.atlassian.com/platform/forge/manifest-reference/modules/web-trigger/).
 * So every reason a sender may get is one of these fixed answers; test/alerts/alert-outputs.test.ts holds
 * the manifest to this list. Senders retry 5xx and not 4xx (Alertmanager's notify/util.go): only "busy"
 * and "jira-refused" (a setting to fix, after which the retry succeeds) are 5xx.
 */
export const ALERT_OUTPUTS = {
  accepted: { statusCode: 202, message: 'Recorded: the alert group opened an incident or was added to its timeline.' },
  duplicate: { statusCode: 200, message: 'Nothing new: what this request says is already recorded.' },
  ignored: { statusCode: 200, message: 'Only resolved alerts for a group that has no incident: nothing to record.' },
  'method-not-allowed': { statusCode: 405, message: 'Send alerts with POST (Grafana may use PUT).' },
  'unknown-source': {
    statusCode: 404,
    message: 'No alert source at this address. The path ends with /<format>/<source>, e.g. /alertmanager/prometheus, as the settings show it.',
  },
  unauthorized: {
    statusCode: 401,
    message: "Missing or wrong credentials: send the source's secret as 'Authorization: Bearer <secret>'. Rotate it in the settings if it was lost.",
  },
  'bad-signature': { statusCode: 401, message: "Grafana's HMAC signature is missing, wrong or too old for this source's secret." },
  'source-off': { statusCode: 403, message: "This alert source is switched off in the app's settings." },
  'too-large': { statusCode: 413, message: 'The body is over 1 MB. Send fewer alerts per request (Alertmanager: max_alerts).' },
  'not-json': { statusCode: 400, message: 'The body is empty or not a JSON object.' },
  'invalid-alertmanager': {
    statusCode: 400,
    message: 'Not an Alertmanager webhook of version 4: send it from a webhook_configs receiver, or use the path for the format you send.',
  },
  'invalid-grafana': {
    statusCode: 400,
    message: 'Not a Grafana alerting webhook: send it from a webhook contact point, or use the path for the format you send.',
  },
  'invalid-generic': { statusCode: 400, message: "Not the app's generic alert format: check the body against docs/alert-webhook.schema.json." },
  busy: { statusCode: 503, message: 'Busy: nothing was recorded. Send the request again (Alertmanager does so by itself).' },
  'jira-refused': {
    statusCode: 500,
    message: "Jira refused to create the incident: check the alert source's project and issue type in the app's settings. Alertmanager will send it again.",
  },
} as const satisfies Record<string, { statusCode: number; message: string }>;

export type AlertOutputKey = keyof typeof ALERT_OUTPUTS;

/**
 * An output's body as the manifest declares it: JSON a script can read and a person can understand.
 * @example alertOutputBody('duplicate') // '{"status":"duplicate","message":"Nothing new: ..."}'
 */
export function alertOutputBody(key: AlertOutputKey): string {
  return JSON.stringify({ status: key, message: ALERT_OUTPUTS[key].message });
}
