import type { AlertLimits } from './alert-limits';

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; reason: string };

/**
 * The request body as JSON, measured before it is parsed so an oversized body costs no parsing.
 * @example readJsonBody('{"a":1}', DEFAULT_ALERT_LIMITS) // { ok: true, value: { a: 1 } }
 */
export function readJsonBody(body: string, limits: AlertLimits): BodyResult {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > limits.maxBodyBytes) {
    return {
      ok: false,
      status: 413,
      reason: `The body is ${bytes} bytes; the limit is ${limits.maxBodyBytes} bytes. Send fewer alerts per request (Alertmanager: max_alerts).`,
    };
  }
  if (body.trim() === '') return { ok: false, status: 400, reason: 'The body is empty; send the alert as JSON.' };
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, status: 400, reason: 'The body must be a JSON object, not a list or a single value.' };
    }
    return { ok: true, value };
  } catch {
    return { ok: false, status: 400, reason: 'The body is not valid JSON.' };
  }
}
