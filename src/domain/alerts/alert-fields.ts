/**
 * Field schemas shared by the three parsers, with messages that read after the field's name
 * (plain-reason.ts puts `alerts[0].status` in front): "alerts[0].status must be "firing" or "resolved".".
 */
import { z } from 'zod';

const missingOr = (problem: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing.' : problem);

export const text = z.string({ error: missingOr('must be text.') });

export const requiredText = text.min(1, 'must not be empty.');

export const alertStatus = z.enum(['firing', 'resolved'], { error: missingOr('must be "firing" or "resolved".') });

/** RFC 3339 with a zone, as Go's time.Time encodes it (nanoseconds and offsets included). */
export const rfc3339 = z.iso.datetime({ offset: true, error: missingOr('must be a date and time with a zone, such as 2024-05-01T03:00:00Z.') });

/** Labels and annotations: names to texts (Alertmanager's template.KV). */
export const textMap = z.record(z.string(), z.string({ error: 'must be text: labels, annotations and details map names to texts.' }), {
  error: missingOr('must be an object of names to texts.'),
});

export const count = z
  .number({ error: missingOr('must be a number.') })
  .int('must be a whole number.')
  .min(0, 'must not be negative.');

/** Links the senders include; we keep none of them but refuse a payload whose shape is wrong. */
export const optionalText = text.optional();

/**
 * One alert as Alertmanager's template data gives it (prometheus/alertmanager template/template.go,
 * `Alert`). Grafana's alerting builds on the same template data and adds its own fields to it.
 */
export const templateAlert = z.object({
  status: alertStatus,
  labels: textMap,
  annotations: textMap,
  startsAt: rfc3339,
  endsAt: rfc3339,
  generatorURL: optionalText,
  fingerprint: requiredText,
});
