import { kvs } from './kvs-client';
import type { SweepLedger } from '../../usecases/ports';
import { storageKeys } from './storage-keys';

/** Run markers expire after a day: they only need to outlive a duplicated delivery. */
const MARKER_TTL = { value: 1, unit: 'DAYS' } as const;

export const sweepLedger: SweepLedger = {
  async claim(windowId, ranAt) {
    try {
      await kvs.set(storageKeys.sweepRun(windowId), { ranAt }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: MARKER_TTL });
    } catch {
      return false;
    }
    await kvs.set(storageKeys.sweepLast(), { window: windowId, ranAt });
    return true;
  },
  async last() {
    return (await kvs.get<{ window: string; ranAt: string }>(storageKeys.sweepLast())) ?? null;
  },
};
