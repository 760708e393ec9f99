/**
 * The app's own small alert format, for cloud monitors and scripts that can POST JSON but speak
 * neither Alertmanager nor Grafana. docs/alert-webhook.schema.json documents it; the two must
 * agree (test/domain/alerts/parse-generic.test.ts validates the schema's examples with this parser).
 */
import { z } from 'zod';
import type { ParseResult } from './alert';
import { alertStatus, requiredText, rfc3339, text, textMap } from './alert-fields';
import { DEFAULT_ALERT_LIMITS, type AlertLimits } from './alert-limits';
import { buildBatch } from './build-batch';
import { plainReason } from './plain-reason';
import { readJsonBody } from './read-json-body';

const FORMAT_NAME = 'Generic alert';

/** Ids and group names longer than this are mistakes (a whole message pasted as an id). */
export const GENERIC_ID_MAX_LENGTH = 200;

const genericAlert = z.object({
  id: requiredText.max(GENERIC_ID_MAX_LENGTH, `must be at most ${GENERIC_ID_MAX_LENGTH} characters.`),
  status: alertStatus,
  title: requiredText,
  severity: text.optional(),
  labels: textMap.optional(),
  details: textMap.optional(),
  startsAt: rfc3339.optional(),
});

const genericPayload = z.object({
  group: requiredText.max(GENERIC_ID_MAX_LENGTH, `must be at most ${GENERIC_ID_MAX_LENGTH} characters.`),
  alerts: z.array(genericAlert, { error: 'must be a list of alerts.' }).min(1, 'is empty; there is nothing to record.'),
});

/**
 * A generic alert body, validated and normalized; nothing is stored. `details` become annotations;
 * an alert without `startsAt` started when we heard of it.
 * @example parseGeneric('{"group":"db","alerts":[{"id":"a","status":"firing","title":"Database is offline"}]}', now).ok // true
 */
export function parseGeneric(body: string, receivedAt: string, limits: AlertLimits = DEFAULT_ALERT_LIMITS): ParseResult {
  const read = readJsonBody(body, limits);
  if (!read.ok) return read;
  const parsed = genericPayload.safeParse(read.value);
  if (!parsed.success) return { ok: false, status: 400, reason: plainReason(parsed.error, FORMAT_NAME) };
  const alerts = parsed.data.alerts.map((alert) => ({
    fingerprint: alert.id,
    status: alert.status,
    labels: alert.labels ?? {},
    annotations: alert.details ?? {},
    startsAt: alert.startsAt,
    endsAt: undefined,
    summary: alert.title,
    severity: alert.severity,
  }));
  const batch = buildBatch({ format: 'generic', groupKey: parsed.data.group, alerts, truncatedBySender: 0 }, limits, receivedAt);
  return { ok: true, batch };
}
