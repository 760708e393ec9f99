/**
 * Grafana alerting's webhook contact point, payload version "1": grafana/alerting
 * receivers/webhook/v1/webhook.go (webhookMessage: version, groupKey, truncatedAlerts, orgId, title,
 * state, message) around templates/template_data.go (ExtendedData and ExtendedAlert), as documented
 * in Grafana's "Configure the webhook notifier for Alerting". Deprecated and image fields are ignored.
 */
import { z } from 'zod';
import type { ParseResult } from './alert';
import { alertStatus, count, optionalText, requiredText, templateAlert, text, textMap } from './alert-fields';
import { DEFAULT_ALERT_LIMITS, type AlertLimits } from './alert-limits';
import { buildBatch } from './build-batch';
import { versionProblem } from './check-version';
import { plainReason } from './plain-reason';
import { readJsonBody } from './read-json-body';

const FORMAT_NAME = 'Grafana';

// A contact point with a custom payload template sends whatever the template renders.
const CUSTOM_PAYLOAD_HINT = ' If the contact point sets a custom payload, clear it so Grafana sends its default payload.';

const grafanaAlert = templateAlert.extend({
  silenceURL: optionalText,
  dashboardURL: optionalText,
  panelURL: optionalText,
  // Go encodes a nil map as null.
  values: z
    .record(z.string(), z.number({ error: 'must be a number.' }))
    .nullable()
    .optional(),
  valueString: optionalText,
});

const grafanaPayload = z.object({
  receiver: optionalText,
  status: alertStatus,
  orgId: z.number({ error: 'must be a number.' }).optional(),
  alerts: z.array(grafanaAlert, { error: 'must be a list of alerts.' }).min(1, 'is empty; there is nothing to record.'),
  groupLabels: textMap.optional(),
  commonLabels: textMap.optional(),
  commonAnnotations: textMap.optional(),
  externalURL: optionalText,
  version: text,
  groupKey: requiredText,
  truncatedAlerts: count.optional(),
  title: optionalText,
  state: optionalText,
  message: optionalText,
});

/**
 * A Grafana webhook contact point body, validated and normalized; nothing is stored.
 * @example parseGrafana('{"version":"1","groupKey":"{}:{}","status":"firing","alerts":[]}', now) // { ok: false, status: 400, reason: 'Grafana payload: alerts is empty; there is nothing to record.' }
 */
export function parseGrafana(body: string, receivedAt: string, limits: AlertLimits = DEFAULT_ALERT_LIMITS): ParseResult {
  const read = readJsonBody(body, limits);
  if (!read.ok) return read;
  const wrongVersion = versionProblem(read.value as object, '1', FORMAT_NAME, CUSTOM_PAYLOAD_HINT);
  if (wrongVersion) return { ok: false, status: 400, reason: wrongVersion };
  const parsed = grafanaPayload.safeParse(read.value);
  if (!parsed.success) return { ok: false, status: 400, reason: plainReason(parsed.error, FORMAT_NAME) };
  const { groupKey, alerts, truncatedAlerts } = parsed.data;
  const batch = buildBatch({ format: 'grafana', groupKey, alerts, truncatedBySender: truncatedAlerts ?? 0 }, limits, receivedAt);
  return { ok: true, batch };
}
