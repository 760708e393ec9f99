import { randomBytes } from 'node:crypto';
import { isMirrorKey } from '../../domain/incident/mirror-tag';
import { createOnly } from './create-only';
import { kvs } from './kvs-client';
import { storageKeys } from './storage-keys';

/**
 * The installation's mirror key, given what a batch read found under `mirror-key`: made on first use
 * (32 random bytes, create-only so two first writers agree on one), then only ever read. Forge storage
 * is the app's alone, so no person and no other app can read it.
 */
export async function mirrorKeyFrom(found: unknown): Promise<string> {
  if (isMirrorKey(found)) return found;
  await createOnly(storageKeys.mirrorKey(), randomBytes(32).toString('hex'));
  const stored = await kvs.get<string>(storageKeys.mirrorKey());
  if (!isMirrorKey(stored)) throw new Error('Forge storage holds no usable mirror key.');
  return stored;
}
