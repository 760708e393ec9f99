import { createHash } from 'node:crypto';
import type { AlertGroupRecord, AlertGroupStore, AlertOpenings } from '../../usecases/ingest-alerts';
import { kvs } from './kvs-client';
import { releaseLeases, takeLease } from './lease';
import { storageKeys } from './storage-keys';

/** A group key may be long and hold any character (Alertmanager's is label text): keys use its hash. */
const groupHash = (groupKey: string) => createHash('sha256').update(groupKey, 'utf8').digest('hex').slice(0, 40);

/** Leases wait at most 10 s: past that the sender is told to try again (503), which Alertmanager does. */
const LOCK_WAIT_MS = 10_000;
/** Held longer than a web trigger can run (55 s), so a lease never lapses under a delivery still at work. */
const LOCK_HOLD_MS = 60_000;

/** What the app has recorded of each alert group, in Forge storage (the app's alone). */
export const alertGroupStore: AlertGroupStore = {
  get: (sourceId, groupKey) => kvs.get<AlertGroupRecord>(storageKeys.alertGroup(sourceId, groupHash(groupKey))),
  put: (sourceId, groupKey, record) => kvs.set(storageKeys.alertGroup(sourceId, groupHash(groupKey)), record),
  lock: (sourceId, groupKey) => takeLease(storageKeys.alertGroupLock(sourceId, groupHash(groupKey)), LOCK_WAIT_MS, LOCK_HOLD_MS),
  unlock: (sourceId, groupKey) => releaseLeases([storageKeys.alertGroupLock(sourceId, groupHash(groupKey))]),
  openings: (sourceId, hour) => kvs.get<AlertOpenings>(storageKeys.alertOpenings(sourceId, hour)),
  setOpenings: (sourceId, hour, openings) => kvs.set(storageKeys.alertOpenings(sourceId, hour), openings, { ttl: { value: 2, unit: 'DAYS' } as const }),
  lockOpenings: (sourceId) => takeLease(storageKeys.alertGroupLock(sourceId, 'openings'), LOCK_WAIT_MS, LOCK_HOLD_MS),
  unlockOpenings: (sourceId) => releaseLeases([storageKeys.alertGroupLock(sourceId, 'openings')]),
};
