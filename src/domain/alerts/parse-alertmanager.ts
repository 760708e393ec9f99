/**
 * Prometheus Alertmanager's webhook payload, version "4": notify/webhook/webhook.go (Message: version,
 * groupKey, truncatedAlerts) around template/template.go (Data and Alert), as documented in
 * docs/configuration.md, `<webhook_config>`. Fields we do not read (notification_reason,
 * routeLabels in newer releases) are ignored; fields we read are required as Go always encodes them.
 */
import { z } from 'zod';
import type { ParseResult } from './alert';
import { alertStatus, count, optionalText, requiredText, templateAlert, text, textMap } from './alert-fields';
import { DEFAULT_ALERT_LIMITS, type AlertLimits } from './alert-limits';
import { buildBatch } from './build-batch';
import { versionProblem } from './check-version';
import { plainReason } from './plain-reason';
import { readJsonBody } from './read-json-body';

const FORMAT_NAME = 'Alertmanager';

const alertmanagerPayload = z.object({
  version: text,
  groupKey: requiredText,
  truncatedAlerts: count.optional(),
  status: alertStatus,
  receiver: optionalText,
  groupLabels: textMap.optional(),
  commonLabels: textMap.optional(),
  commonAnnotations: textMap.optional(),
  externalURL: optionalText,
  alerts: z.array(templateAlert, { error: 'must be a list of alerts.' }).min(1, 'is empty; there is nothing to record.'),
});

/**
 * An Alertmanager webhook body, validated and normalized; nothing is stored.
 * @example parseAlertmanager('{"version":"3"}', '2024-05-01T03:00:00.000Z') // { ok: false, status: 400, reason: 'This is Alertmanager webhook version "3"; only version "4" is understood.' }
 */
export function parseAlertmanager(body: string, receivedAt: string, limits: AlertLimits = DEFAULT_ALERT_LIMITS): ParseResult {
  const read = readJsonBody(body, limits);
  if (!read.ok) return read;
  const wrongVersion = versionProblem(read.value as object, '4', FORMAT_NAME, '');
  if (wrongVersion) return { ok: false, status: 400, reason: wrongVersion };
  const parsed = alertmanagerPayload.safeParse(read.value);
  if (!parsed.success) return { ok: false, status: 400, reason: plainReason(parsed.error, FORMAT_NAME) };
  const { groupKey, alerts, truncatedAlerts } = parsed.data;
  const batch = buildBatch({ format: 'alertmanager', groupKey, alerts, truncatedBySender: truncatedAlerts ?? 0 }, limits, receivedAt);
  return { ok: true, batch };
}
