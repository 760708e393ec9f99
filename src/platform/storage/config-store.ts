import { type ConfigReading, readAppConfig } from '../../domain/config/app-config-schema';
import type { ConfigStore } from '../../usecases/ports';
import { logEvent } from '../log';
import { storageKeys } from './storage-keys';
import { mirrorKeyFrom } from './mirror-key';
import { batchValues } from './kvs-keys';

/** Reads a stored settings value: absent or broken settings read as the defaults, with a log line. */
export function readStoredConfig(stored: unknown): ConfigReading {
  const reading = readAppConfig(stored);
  if (reading.problems.length > 0) logEvent('config.invalid', { problems: reading.problems.slice(0, 5).join(' | ') });
  return reading;
}

/** The app's settings in Forge KVS. */
export const configStore: ConfigStore = {
  async get() {
    const values = await batchValues([storageKeys.config(), storageKeys.mirrorKey()]);
    return { ...readStoredConfig(values.get(storageKeys.config())), mirrorKey: await mirrorKeyFrom(values.get(storageKeys.mirrorKey())) };
  },
};
