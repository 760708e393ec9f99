import type { SettingsExportView, SettingsImportView, SettingsSavedView } from '../shared/settings-contract';
import { diffSettings } from '../domain/config/config-diff';
import { AppError } from './app-error';
import { commitSettings, type SettingsDeps, validateAgainstSite } from './commit-settings';
import { requireSettingsEditor } from './settings-access';

/** The exported file names what it is, so an import of some other JSON is refused plainly. */
export const EXPORT_FORMAT = 'incident-response-settings';

export async function saveSettings(deps: SettingsDeps, candidate: unknown, baseVersion: number): Promise<SettingsSavedView> {
  const current = await deps.store.current();
  const by = await requireSettingsEditor(deps.jira, current.config);
  const next = await validateAgainstSite(deps.jira, candidate);
  return commitSettings(deps, current, next, { by, action: 'save', baseVersion });
}

/** Restores an earlier version as a new version (history is never rewritten). */
export async function revertSettings(deps: SettingsDeps, version: number, baseVersion: number): Promise<SettingsSavedView> {
  const current = await deps.store.current();
  const by = await requireSettingsEditor(deps.jira, current.config);
  const earlier = await deps.store.version(version);
  if (!earlier) throw new AppError('NOT_FOUND', `There is no version ${version} of the settings.`);
  const next = await validateAgainstSite(deps.jira, earlier);
  return commitSettings(deps, current, next, { by, action: 'revert', revertedTo: version, baseVersion });
}

export async function exportSettings(deps: SettingsDeps): Promise<SettingsExportView> {
  const current = await deps.store.current();
  await requireSettingsEditor(deps.jira, current.config);
  const exportedAt = deps.now();
  const file = { format: EXPORT_FORMAT, version: current.version, exportedAt, settings: current.config };
  return { fileName: `incident-settings-v${current.version}-${exportedAt.slice(0, 10)}.json`, json: JSON.stringify(file, null, 2) };
}

/**
 * Imports an exported file: parsed, validated like a save, and shown as a diff; applied only when
 * not a dry run. A file that is not JSON, not an export, or not valid changes nothing.
 */
export async function importSettings(deps: SettingsDeps, json: string, baseVersion: number, dryRun: boolean): Promise<SettingsImportView> {
  const current = await deps.store.current();
  const by = await requireSettingsEditor(deps.jira, current.config);
  const next = await validateAgainstSite(deps.jira, settingsOfFile(json));
  if (dryRun) return { dryRun, version: null, ...diffSettings(current.config, next) };
  const saved = await commitSettings(deps, current, next, { by, action: 'import', baseVersion });
  return { dryRun, version: saved.version, changes: saved.changes, total: saved.total };
}

function settingsOfFile(json: string): unknown {
  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch (e) {
    throw new AppError('VALIDATION_FAILED', `The file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}); nothing was imported.`);
  }
  const f = file as { format?: unknown; settings?: unknown } | null;
  if (typeof f !== 'object' || f === null || f.format !== EXPORT_FORMAT || typeof f.settings !== 'object' || f.settings === null) {
    throw new AppError(
      'VALIDATION_FAILED',
      'This is not an incident-response settings export (it needs "format": "incident-response-settings" and "settings"); nothing was imported.',
    );
  }
  return f.settings;
}
