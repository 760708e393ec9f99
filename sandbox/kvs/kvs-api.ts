/**
 * The emulated Forge KVS, on the wire paths @forge/kvs 1.6.5 uses (every call a POST with a JSON
 * body; forge-platform.md 7.6). Errors use the documented `{ code, message }` shape; a missing key
 * answers 404 KEY_NOT_FOUND, which @forge/kvs turns into `undefined`.
 * https://developer.atlassian.com/platform/forge/storage-reference/kvs-api/
 */
import { Hono } from 'hono';
import type { KvsEntry, SiteState } from '../state/site-state';
import {
  DEFAULT_QUERY_LIMIT,
  keyProblem,
  kvsError,
  MAX_QUERY_LIMIT,
  MAX_TRANSACTION_OPERATIONS,
  MAX_BATCH_KEYS,
  ttlSeconds,
  EXPIRED_READABLE_MS,
  MAX_PAYLOAD_BYTES,
  valueProblem,
  type KvsErrorBody,
} from './kvs-limits';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface KvsDeps {
  state: SiteState;
  now: () => number;
  markDirty: () => void;
  recordRequest?: (path: string) => void;
  /** A fault to answer instead of the request (rate limit, unavailable), or null. */
  takeFault?: () => Response | null;
}

const notFound = () => kvsError(404, 'KEY_NOT_FOUND', 'The specified key does not exist.');
const bad = (e: KvsErrorBody) => kvsError(400, e.code, e.message);

export function kvsApi(deps: KvsDeps) {
  const app = new Hono();
  const live = (store: Record<string, KvsEntry>, key: string): KvsEntry | undefined => {
    const entry = store[key];
    // Past expiry plus the grace Forge documents (up to 48 h; here EXPIRED_READABLE_MS), the key is gone.
    if (entry && entry.expireTime !== null && entry.expireTime + EXPIRED_READABLE_MS <= deps.now()) {
      delete store[key];
      return undefined;
    }
    return entry;
  };

  /** Validates and applies one set; returns an error body or the stored entry and its previous value. */
  /** Why a set would fail (key, value, options, FAIL_IF_EXISTS), without applying it; null when it would succeed. */
  const setProblem = (store: Record<string, KvsEntry>, item: Body): KvsErrorBody | null => {
    const problem = keyProblem(item.key) ?? valueProblem(item.value);
    if (problem) return problem;
    const options = (item.options ?? {}) as Body;
    if (options.returnValue && options.keyPolicy !== 'OVERRIDE') return { code: 'INVALID_REQUEST', message: "returnValue requires keyPolicy 'OVERRIDE'." };
    const ttl = ttlSeconds(options.ttl);
    if (ttl !== null && typeof ttl === 'object') return ttl;
    if (options.keyPolicy === 'FAIL_IF_EXISTS' && live(store, item.key))
      return { code: 'KEY_ALREADY_EXISTS', message: 'The key already exists and keyPolicy is FAIL_IF_EXISTS.' };
    return null;
  };

  /** Validates and applies one set; returns an error body or the stored entry and its previous value. */
  const applySet = (store: Record<string, KvsEntry>, item: Body): KvsErrorBody | { entry: KvsEntry; previous: KvsEntry | undefined } => {
    const problem = setProblem(store, item);
    if (problem) return problem;
    const ttl = ttlSeconds(((item.options ?? {}) as Body).ttl) as number | null;
    const previous = live(store, item.key);
    const now = deps.now();
    const entry: KvsEntry = { value: item.value, createdAt: previous?.createdAt ?? now, updatedAt: now, expireTime: ttl === null ? null : now + ttl * 1000 };
    store[item.key] = entry;
    deps.markDirty();
    return { entry, previous };
  };

  const record = (key: string, entry: KvsEntry, metadataFields?: string[]) => {
    const meta = new Set(metadataFields ?? []);
    return {
      key,
      value: entry.value,
      ...(meta.has('CREATED_AT') ? { createdAt: entry.createdAt } : {}),
      ...(meta.has('UPDATED_AT') ? { updatedAt: entry.updatedAt } : {}),
      ...(meta.has('EXPIRE_TIME') && entry.expireTime !== null ? { expireTime: new Date(entry.expireTime).toISOString() } : {}),
    };
  };

  app.use('*', async (c, next) => {
    deps.recordRequest?.(new URL(c.req.url).pathname);
    if (c.req.method !== 'POST') return kvsError(405, 'METHOD_NOT_ALLOWED', 'Forge KVS is called with POST.');
    // A fault answers before anything is read or written, as a rejected request would.
    const fault = deps.takeFault?.();
    if (fault) return fault;
    await next();
  });

  for (const [prefix, store] of [
    ['', () => deps.state.kvs],
    ['/secret', () => deps.state.kvsSecrets],
  ] as const) {
    app.post(`/api/v1${prefix}/get`, async (c) => {
      const body = (await c.req.json()) as Body;
      const problem = keyProblem(body.key);
      if (problem) return bad(problem);
      const entry = live(store(), body.key);
      return entry ? c.json(record(body.key, entry, body.options?.metadataFields)) : notFound();
    });
    app.post(`/api/v1${prefix}/set`, async (c) => {
      const body = (await c.req.json()) as Body;
      const result = applySet(store(), body);
      if ('code' in result) return kvsError(result.code === 'KEY_ALREADY_EXISTS' ? 409 : 400, result.code, result.message);
      const returnValue = body.options?.returnValue as string | undefined;
      if (!returnValue) return c.body(null, 204);
      const shown = returnValue === 'PREVIOUS' ? result.previous : result.entry;
      return shown ? c.json(record(body.key, shown, body.options?.returnMetadataFields)) : c.body(null, 204);
    });
    app.post(`/api/v1${prefix}/delete`, async (c) => {
      const body = (await c.req.json()) as Body;
      const problem = keyProblem(body.key);
      if (problem) return bad(problem);
      if (!live(store(), body.key)) return notFound();
      delete store()[body.key];
      deps.markDirty();
      return c.body(null, 204);
    });
  }

  // Query by key prefix, sorted by key, at most 100 per page; the cursor is the last key returned.
  app.post('/api/v1/query', async (c) => {
    const body = (await c.req.json()) as Body;
    const limit = body.limit ?? DEFAULT_QUERY_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT)
      return bad({ code: 'INVALID_LIMIT', message: `limit must be between 1 and ${MAX_QUERY_LIMIT}.` });
    const where = (body.where ?? []) as Body[];
    for (const w of where) {
      if (w.property !== 'key' || w.condition !== 'BEGINS_WITH' || !Array.isArray(w.values) || typeof w.values[0] !== 'string') {
        return bad({ code: 'INVALID_WHERE', message: 'Only `key BEGINS_WITH <prefix>` is supported by KVS queries.' });
      }
    }
    const after = body.after ? decodeCursor(body.after) : null;
    if (body.after && after === null) return bad({ code: 'INVALID_CURSOR', message: 'The cursor is invalid.' });
    const keys = Object.keys(deps.state.kvs)
      .filter((k) => where.every((w) => k.startsWith(w.values[0])))
      .filter((k) => live(deps.state.kvs, k))
      .sort()
      .filter((k) => after === null || k > after);
    const page = keys.slice(0, limit);
    const data = page.map((k) => record(k, deps.state.kvs[k]!, body.options?.metadataFields));
    return c.json({ data, ...(keys.length > limit ? { cursor: encodeCursor(page[page.length - 1]!) } : {}) });
  });

  // Batches: items succeed or fail one by one, in no promised order.
  app.post('/api/v1/batch/set', async (c) => {
    const text = await c.req.text();
    if (Buffer.byteLength(text, 'utf8') > MAX_PAYLOAD_BYTES) return bad(payloadTooLarge('batch'));
    const items = JSON.parse(text) as Body[];
    const refused = batchProblem(items);
    if (refused) return bad(refused);
    if (!Array.isArray(items)) return bad({ code: 'INVALID_REQUEST', message: 'A batch is an array of items.' });
    return c.json(
      eachItem(items, (item) => {
        const result = applySet(deps.state.kvs, item);
        return 'code' in result ? result : {};
      }),
    );
  });

  app.post('/api/v1/batch/get', async (c) => {
    const items = (await c.req.json()) as Body[];
    const refused = batchProblem(items);
    if (refused) return bad(refused);
    return c.json(
      eachItem(items, (item) => {
        const entry = live(deps.state.kvs, item.key);
        return entry ? { value: entry.value } : { code: 'KEY_NOT_FOUND', message: 'The specified key does not exist.' };
      }),
    );
  });

  app.post('/api/v1/batch/delete', async (c) => {
    const items = (await c.req.json()) as Body[];
    const refused = batchProblem(items);
    if (refused) return bad(refused);
    // A key that is not there is reported, as a get reports it, rather than counted as deleted.
    const outcome = eachItem(items, (item): KvsErrorBody | Record<string, never> => {
      if (!live(deps.state.kvs, item.key)) return { code: 'KEY_NOT_FOUND', message: 'The specified key does not exist.' };
      delete deps.state.kvs[item.key];
      return {};
    });
    deps.markDirty();
    return c.json(outcome);
  });

  // All-or-nothing: every operation is validated before any is applied.
  app.post('/api/v1/transaction', async (c) => {
    const text = await c.req.text();
    if (Buffer.byteLength(text, 'utf8') > MAX_PAYLOAD_BYTES) return bad(payloadTooLarge('transaction'));
    const body = JSON.parse(text) as Body;
    if (body.check?.length || [...(body.set ?? []), ...(body.delete ?? [])].some((op: Body) => op.entityName || op.conditions)) {
      return bad({ code: 'NOT_SUPPORTED', message: 'Custom-entity transactions and conditions are not emulated by the local site.' });
    }
    const sets = (body.set ?? []) as Body[];
    const deletes = (body.delete ?? []) as Body[];
    const keys = [...sets, ...deletes].map((op) => op.key);
    if (keys.length === 0) return bad({ code: 'INVALID_REQUEST', message: 'A transaction needs at least one operation.' });
    if (keys.length > MAX_TRANSACTION_OPERATIONS)
      return bad({ code: 'TOO_MANY_OPERATIONS', message: `A transaction can contain at most ${MAX_TRANSACTION_OPERATIONS} operations.` });
    if (new Set(keys).size !== keys.length) return bad({ code: 'DUPLICATE_KEY', message: 'Each key can appear at most once in a transaction.' });
    // Every operation is checked as it would be applied (options and key policy too): one bad one fails them all.
    for (const op of sets) {
      const problem = setProblem(deps.state.kvs, op);
      if (problem) return bad(problem);
    }
    for (const op of deletes) {
      const problem = keyProblem(op.key);
      if (problem) return bad(problem);
    }
    for (const op of sets) applySet(deps.state.kvs, op);
    for (const op of deletes) delete deps.state.kvs[op.key];
    deps.markDirty();
    return c.body(null, 204);
  });

  app.all('*', (c) =>
    kvsError(404, 'NOT_SUPPORTED', `The local site does not emulate the KVS path ${new URL(c.req.url).pathname} (custom entities are not emulated yet).`),
  );
  return app;
}

const payloadTooLarge = (what: string): KvsErrorBody => ({
  code: 'PAYLOAD_TOO_LARGE',
  message: `A ${what} can carry at most ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB.`,
});

/**
 * A batch holds 1 to 25 distinct keys, or fails as a whole
 * (https://developer.atlassian.com/platform/forge/storage-reference/entities-batch/#limitations).
 */
function batchProblem(items: unknown): KvsErrorBody | null {
  if (!Array.isArray(items) || items.length === 0) return { code: 'INVALID_REQUEST', message: 'A batch needs at least one key.' };
  if (items.length > MAX_BATCH_KEYS) return { code: 'TOO_MANY_KEYS', message: `A batch operation can contain at most ${MAX_BATCH_KEYS} keys.` };
  const keys = items.map((i: Body) => `${i?.entityName ?? ''}|${i?.key}`);
  return new Set(keys).size === keys.length ? null : { code: 'DUPLICATE_KEY', message: 'Each key can appear at most once in a batch.' };
}

/** Runs one batch operation per item: a bad key or a failed item lands in failedKeys, the rest in successfulKeys. */
function eachItem(items: Body[], run: (item: Body) => KvsErrorBody | { value?: unknown }) {
  const successfulKeys: Body[] = [];
  const failedKeys: Body[] = [];
  for (const item of items) {
    const outcome = keyProblem(item.key) ?? run(item);
    if ('code' in outcome) failedKeys.push({ key: item.key, error: outcome });
    else successfulKeys.push({ key: item.key, ...outcome });
  }
  return { successfulKeys, failedKeys };
}

const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
function decodeCursor(cursor: string): string | null {
  try {
    return Buffer.from(cursor, 'base64url').toString('utf8') || null;
  } catch {
    return null;
  }
}
