/**
 * Forge KVS limits and error codes, as documented:
 * https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs/
 * https://developer.atlassian.com/platform/forge/limits-kvs-ce/
 */
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_DEPTH = 32;
export const MAX_QUERY_LIMIT = 100;
export const DEFAULT_QUERY_LIMIT = 10;
export const MAX_TRANSACTION_OPERATIONS = 25;
export const MAX_BATCH_KEYS = 25;
export const MAX_TTL_SECONDS = 365 * 24 * 3600;
/**
 * Expired data "can stay readable for up to 48 hours" (SetOptions.ttl, CHANGE-3038): nothing may rely on
 * exact expiry, so the local site keeps an expired key readable for a while past its expiry time.
 */
export const EXPIRED_READABLE_MS = 60 * 60 * 1000;
/** Transactions and batch sets carry at most 4 MB (https://developer.atlassian.com/platform/forge/limits-kvs-ce/). */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

export interface KvsErrorBody {
  code: string;
  message: string;
}

export const kvsError = (status: number, code: string, message: string): Response => Response.json({ code, message } satisfies KvsErrorBody, { status });

/** Returns the documented error for a bad key, or null when the key is fine. */
export function keyProblem(key: unknown): KvsErrorBody | null {
  if (typeof key !== 'string' || key.length === 0) return { code: 'KEY_TOO_SHORT', message: 'The provided key needs to be more than one character.' };
  if (key.length > MAX_KEY_LENGTH) return { code: 'KEY_TOO_LONG', message: `The provided key has exceeded the maximum ${MAX_KEY_LENGTH} characters.` };
  if (!KEY_PATTERN.test(key)) return { code: 'INVALID_KEY', message: 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/' };
  return null;
}

export function valueProblem(value: unknown): KvsErrorBody | null {
  if (value === undefined) return { code: 'INVALID_REQUEST', message: 'A value is required.' };
  if (Buffer.byteLength(JSON.stringify(value), 'utf8') > MAX_VALUE_BYTES)
    return { code: 'MAX_SIZE', message: 'The provided value has exceeded the maximum size limit.' };
  if (depthOf(value) > MAX_DEPTH) return { code: 'MAX_DEPTH', message: `The provided value has exceeded the maximum object depth (${MAX_DEPTH}) limit.` };
  return null;
}

function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce((max: number, child) => Math.max(max, depthOf(child)), 0);
}

const UNIT_SECONDS: Record<string, number> = { SECONDS: 1, MINUTES: 60, HOURS: 3600, DAYS: 86400 };

/** Reads SetOptions.ttl; returns seconds, null for none, or an error body. */
export function ttlSeconds(ttl: unknown): number | null | KvsErrorBody {
  if (ttl === undefined || ttl === null) return null;
  const t = ttl as { value?: unknown; unit?: unknown };
  const unit = UNIT_SECONDS[String(t.unit)];
  if (typeof t.value !== 'number' || t.value <= 0 || !unit)
    return { code: 'INVALID_TTL', message: 'ttl needs a positive value and a unit of SECONDS, MINUTES, HOURS or DAYS.' };
  const seconds = t.value * unit;
  if (seconds > MAX_TTL_SECONDS) return { code: 'INVALID_TTL', message: 'ttl cannot exceed one year.' };
  return seconds;
}
