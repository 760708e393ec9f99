import { kvs } from './kvs-client';

/**
 * Writes the value only if the key is free; false when it was taken. No error code marks a
 * create-only conflict (forge-platform.md 7.6): the key exists, or storage failed. Only an
 * existing key means another writer won; anything else is thrown.
 */
export async function createOnly(key: string, value: unknown): Promise<boolean> {
  // A key found taken may be gone by the time it is read (a lease released in between): then the
  // write is tried again, so only a storage failure that persists is thrown.
  for (let attempt = 1; ; attempt++) {
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (e) {
      if ((await kvs.get(key)) !== undefined) return false;
      if (attempt >= 3) throw e;
    }
  }
}
