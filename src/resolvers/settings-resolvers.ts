import { tombstoneStore } from '../platform/storage/tombstone-store';
import { nowIso } from '../platform/clock';
import { settingsJira } from '../platform/jira/jira-settings-service';
import { settingsStore } from '../platform/storage/settings-store';
import { alertSecrets } from '../platform/storage/alert-secrets';
import { alertsInUrl } from '../platform/webtrigger-url';
import { sweepLedger } from '../platform/storage/sweep-ledger';
import type { ProjectOverride } from '../domain/config/app-config';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { AppError } from '../usecases/app-error';
import { exportSettings, importSettings, revertSettings, saveSettings } from '../usecases/change-settings';
import { loadSettings, settingsHistory } from '../usecases/load-settings';
import { loadProjectSettings, saveProjectSettings } from '../usecases/project-settings';
import { emptyPayload } from './payload-schemas';
import type { ResolverRequest, TrustedContext } from './resolver-request';
import {
  alertSecretRotatePayload,
  projectSettingsSavePayload,
  settingsHistoryPayload,
  settingsImportPayload,
  settingsRevertPayload,
  settingsSavePayload,
} from './settings-payloads';
import { rotateAlertSecret } from '../usecases/settings-alert-secrets';

import { toEnvelope } from './to-envelope';

/** The settings page only asks whether a source has a secret; the secret is read by the web trigger alone. */
const secretsForSettings = {
  has: async (sourceId: string) => (await alertSecrets.get(sourceId)) !== null,
  rotate: alertSecrets.rotate,
  remove: alertSecrets.remove,
};

const deps = { store: settingsStore, jira: settingsJira, now: nowIso, alertSecrets: secretsForSettings };

/** Settings resolvers answer only their own page; who may use them is checked in the use case, as the caller. */
function fromAdminPage(context: TrustedContext): void {
  if (context.moduleKey !== 'incident-settings') throw new AppError('FORBIDDEN', 'Only the app settings page can read or change the settings.');
}

/** The project comes from Jira's context for the project settings page, never from the payload. */
function projectOfPage(context: TrustedContext): string {
  const key = context.extension?.project?.key;
  if (context.moduleKey !== 'incident-project-settings' || !key)
    throw new AppError('FORBIDDEN', "Only a project settings page can change a project's incident settings.");
  return key;
}

export const getSettings = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.settingsGet, async () => {
    fromAdminPage(context);
    emptyPayload.parse(payload ?? {});
    return loadSettings({ ...deps, sweep: sweepLedger, tombstones: tombstoneStore, triggerUrl: alertsInUrl });
  });

export const putSettings = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.settingsSave, async () => {
    fromAdminPage(context);
    const input = settingsSavePayload.parse(payload);
    return saveSettings(deps, input.config, input.baseVersion);
  });

export const getSettingsHistory = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.settingsHistory, async () => {
    fromAdminPage(context);
    return settingsHistory(deps, settingsHistoryPayload.parse(payload).before);
  });

export const revertToVersion = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.settingsRevert, async () => {
    fromAdminPage(context);
    const input = settingsRevertPayload.parse(payload);
    return revertSettings(deps, input.version, input.baseVersion);
  });

export const exportAllSettings = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.settingsExport, async () => {
    fromAdminPage(context);
    emptyPayload.parse(payload ?? {});
    return exportSettings(deps);
  });

export const importAllSettings = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.settingsImport, async () => {
    fromAdminPage(context);
    const input = settingsImportPayload.parse(payload);
    return importSettings(deps, input.json, input.baseVersion, input.dryRun);
  });

/** "Generate secret" / "Rotate secret": the new secret is in this answer only. */
export const rotateSourceSecret = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.settingsRotateAlertSecret, async () => {
    fromAdminPage(context);
    return rotateAlertSecret({ ...deps, triggerUrl: alertsInUrl }, alertSecretRotatePayload.parse(payload).sourceId);
  });

export const getProjectSettings = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.projectSettingsGet, async () => {
    const projectKey = projectOfPage(context);
    emptyPayload.parse(payload ?? {});
    return loadProjectSettings(deps, projectKey);
  });

export const putProjectSettings = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.projectSettingsSave, async () => {
    const projectKey = projectOfPage(context);
    const input = projectSettingsSavePayload.parse(payload);
    // The override's shape is checked with the whole settings (validateConfig), before anything is stored.
    return saveProjectSettings(deps, projectKey, input.override as ProjectOverride | null, input.baseVersion);
  });
