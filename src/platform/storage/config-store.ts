import { kvs } from '@forge/kvs';
import { readAppConfig } from '../../domain/config/app-config-schema';
import type { ConfigStore } from '../../usecases/ports';
import { logEvent } from '../log';
import { storageKeys } from './storage-keys';

/** The app's settings in Forge KVS; absent or broken settings read as the defaults (with a log line). */
export const configStore: ConfigStore = {
  async get() {
    const reading = readAppConfig(await kvs.get(storageKeys.config()));
    if (reading.problems.length > 0) logEvent('config.invalid', { problems: reading.problems.slice(0, 5).join(' | ') });
    return reading;
  },
};
