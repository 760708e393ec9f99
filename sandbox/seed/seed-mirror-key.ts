import { randomBytes } from 'node:crypto';
import { isMirrorKey } from '../../src/domain/incident/mirror-tag';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { SiteState } from '../state/site-state';

/**
 * The installation's mirror key for data written straight into the local site's storage (the demo
 * seed, benches): the one the app made, or a new one stored where the app will find it
 * (src/platform/storage/mirror-key.ts makes it the same way on a real site).
 */
export function seededMirrorKey(state: Pick<SiteState, 'kvs'>): string {
  const found = state.kvs[storageKeys.mirrorKey()]?.value;
  if (isMirrorKey(found)) return found;
  const key = randomBytes(32).toString('hex');
  const now = Date.now();
  state.kvs[storageKeys.mirrorKey()] = { value: key, createdAt: now, updatedAt: now, expireTime: null };
  return key;
}
