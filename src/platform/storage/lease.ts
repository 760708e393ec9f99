import { kvs } from './kvs-client';
import { createOnly } from './create-only';
import { deleteKeys } from './kvs-keys';

const LEASE_MS = 30_000;
const WAIT_MS = 15_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A lease: a create-only key holding its expiry. A holder that crashed leaves a lease that expires
 * in 30 s, after which the next writer removes it (KVS TTLs may linger up to 48 h, so the expiry
 * lives in the value). Returns false when it could not be had within `waitMs` (15 s by default).
 * `leaseMs` is for holders that may run longer than 30 s (a web trigger runs up to 55 s).
 */
export async function takeLease(key: string, waitMs = WAIT_MS, leaseMs = LEASE_MS): Promise<boolean> {
  const giveUp = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    if (await createOnly(key, { until: Date.now() + leaseMs })) return true;
    const held = await kvs.get<{ until: number }>(key);
    if (held && held.until < Date.now()) await kvs.delete(key);
    else if (Date.now() > giveUp) return false;
    else await sleep(Math.min(500, 20 * 2 ** attempt) * (0.5 + Math.random()));
  }
}

export const releaseLeases = (keys: readonly string[]): Promise<void> => deleteKeys(keys);
