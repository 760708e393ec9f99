import { kvs } from './kvs-client';
import type { AppConfig } from '../../domain/config/app-config';
import { readAppConfig } from '../../domain/config/app-config-schema';
import type { SettingsStore, SettingsVersionMeta } from '../../usecases/settings-ports';
import { readStoredConfig } from './config-store';
import { releaseLeases, takeLease } from './lease';
import { storageKeys } from './storage-keys';

interface SettingsHead {
  version: number;
  at: string;
  by: string;
}

const BATCH = 25;
/** A save waits this long for another admin's save to finish, then reports "busy". */
const SAVE_WAIT_MS = 5_000;

async function readHead(): Promise<{ head: SettingsHead | undefined; stored: unknown }> {
  const res = await kvs.batchGet([{ key: storageKeys.configHead() }, { key: storageKeys.config() }]);
  const value = (key: string) => res.successfulKeys.find((k) => k.key === key)?.value;
  return { head: value(storageKeys.configHead()) as SettingsHead | undefined, stored: value(storageKeys.config()) };
}

/**
 * The settings with their history. A save holds a lease, checks the head version, and writes the
 * settings, the head, the log entry and the snapshot in one KVS transaction: a save happens whole
 * or not at all, and of two admins saving from the same version, one is told to reload.
 */
export const settingsStore: SettingsStore = {
  async current() {
    const { head, stored } = await readHead();
    const reading = readStoredConfig(stored);
    return { config: reading.config, problems: reading.problems, version: head?.version ?? 0 };
  },

  async version(version) {
    if (version === 0) {
      const snapshot = await kvs.get(storageKeys.configVersion(0));
      if (snapshot !== undefined) return readAppConfig(snapshot).config;
      // Never saved through the page: version 0 is what is in force now.
      const { head, stored } = await readHead();
      return head ? undefined : readAppConfig(stored).config;
    }
    const snapshot = await kvs.get(storageKeys.configVersion(version));
    return snapshot === undefined ? undefined : readAppConfig(snapshot).config;
  },

  async history(before, limit) {
    const versions: number[] = [];
    for (let v = before - 1; v >= 1 && versions.length < limit; v--) versions.push(v);
    const entries: SettingsVersionMeta[] = [];
    for (let i = 0; i < versions.length; i += BATCH) {
      const res = await kvs.batchGet<SettingsVersionMeta>(versions.slice(i, i + BATCH).map((v) => ({ key: storageKeys.configLog(v) })));
      entries.push(...res.successfulKeys.map((k) => k.value as SettingsVersionMeta));
    }
    return entries.sort((a, b) => b.version - a.version);
  },

  async save(config: AppConfig, meta, baseVersion) {
    const lock = storageKeys.configLock();
    if (!(await takeLease(lock, SAVE_WAIT_MS))) return { saved: false, reason: 'busy', version: baseVersion };
    try {
      const { head, stored } = await readHead();
      const current = head?.version ?? 0;
      if (current !== baseVersion) return { saved: false, reason: 'conflict', version: current };
      const version = current + 1;
      let tx = kvs
        .transact()
        .set(storageKeys.config(), config)
        .set(storageKeys.configHead(), { version, at: meta.at, by: meta.by } satisfies SettingsHead)
        .set(storageKeys.configLog(version), { ...meta, version } satisfies SettingsVersionMeta)
        .set(storageKeys.configVersion(version), config);
      // The first save keeps what was in force before it (defaults or older stored settings) as version 0.
      if (current === 0) tx = tx.set(storageKeys.configVersion(0), readAppConfig(stored).config);
      await tx.execute();
      return { saved: true, version };
    } finally {
      await releaseLeases([lock]);
    }
  },
};
