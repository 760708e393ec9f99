import { kvs } from './kvs-client';
import { type ConfigReading, readAppConfig } from '../../domain/config/app-config-schema';
import type { ConfigStore } from '../../usecases/ports';
import { logEvent } from '../log';
import { storageKeys } from './storage-keys';
import { mirrorKeyFrom } from './mirror-key';

/** Reads a stored settings value: absent or broken settings read as the defaults, with a log line. */
export function readStoredConfig(stored: unknown): ConfigReading {
  const reading = readAppConfig(stored);
  if (reading.problems.length > 0) logEvent('config.invalid', { problems: reading.problems.slice(0, 5).join(' | ') });
  return reading;
}

/** The app's settings in Forge KVS. */
export const configStore: ConfigStore = {
  async get() {
    const found = await kvs.batchGet<unknown>([{ key: storageKeys.config() }, { key: storageKeys.mirrorKey() }]);
    const failed = found.failedKeys.filter((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed.length > 0) throw new Error(`Forge storage could not read the settings: ${failed[0]!.error.message}`);
    const value = (key: string) => found.successfulKeys.find((k) => k.key === key)?.value;
    return { ...readStoredConfig(value(storageKeys.config())), mirrorKey: await mirrorKeyFrom(value(storageKeys.mirrorKey())) };
  },
};
