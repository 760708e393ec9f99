/**
 * Forge KVS as the app uses it: the real @forge/kvs, with every request tried again while storage
 * is busy or unavailable (429, 5xx, no answer), with backoff, for at most 8 s. Builders (query,
 * transact) are wrapped too, so a retry re-sends the same finished request. Every storage adapter
 * imports `kvs` from here rather than from @forge/kvs.
 */
import { kvs as forgeKvs } from '@forge/kvs';

export { WhereConditions } from '@forge/kvs';

const MAX_ATTEMPTS = 5;
const BUDGET_MS = 8_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 429 and 5xx from storage, or no answer at all; a refusal (400, 404, a create-only conflict) is final. */
function transient(e: unknown): boolean {
  const status = (e as { responseDetails?: { status?: number } })?.responseDetails?.status;
  if (typeof status === 'number') return status === 429 || status >= 500;
  return e instanceof TypeError; // fetch failed: no answer
}

async function withRetry<T>(first: Promise<T>, again: () => Promise<T>): Promise<T> {
  const started = Date.now();
  let pending = first;
  for (let attempt = 1; ; attempt++) {
    try {
      return await pending;
    } catch (e) {
      const delay = 100 * 2 ** (attempt - 1) * (1 + Math.random());
      if (!transient(e) || attempt >= MAX_ATTEMPTS || Date.now() - started + delay > BUDGET_MS) throw e;
      await sleep(delay);
      pending = again();
    }
  }
}

/** Wraps an object so each method call that returns a promise is retried, and each builder it returns is wrapped too. */
function retrying<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, prop) {
      const member = Reflect.get(obj, prop, obj) as unknown;
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        const call = () => (member as (...a: unknown[]) => unknown).apply(obj, args);
        const out = call();
        if (out instanceof Promise) return withRetry(out, call as () => Promise<unknown>);
        return out !== null && typeof out === 'object' ? retrying(out as object) : out;
      };
    },
  });
}

export const kvs = retrying(forgeKvs);
