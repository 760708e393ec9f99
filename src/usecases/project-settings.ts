import type { ProjectOverride } from '../domain/config/app-config';
import type { ProjectSettingsView } from '../shared/settings-contract';
import { commitSettings, type SettingsDeps, validateAgainstSite } from './commit-settings';
import { requireSettingsEditor } from './settings-access';
import type { CurrentSettings } from './settings-ports';

const viewOf = (current: CurrentSettings, projectKey: string): ProjectSettingsView => ({
  projectKey,
  override: current.config.projects[projectKey] ?? null,
  version: current.version,
  calendars: current.config.sla.calendars.map((c) => ({ id: c.id, name: c.name })),
  siteContacts: current.config.response.contacts.length,
});

/** One project's overrides (calendar, escalation path, extra contacts); the project comes from Jira's context. */
export async function loadProjectSettings(deps: SettingsDeps, projectKey: string): Promise<ProjectSettingsView> {
  const current = await deps.store.current();
  await requireSettingsEditor(deps.jira, current.config);
  return viewOf(current, projectKey);
}

/** Saves the project's overrides (null removes them) as a new version of the whole settings. */
export async function saveProjectSettings(
  deps: SettingsDeps,
  projectKey: string,
  override: ProjectOverride | null,
  baseVersion: number,
): Promise<ProjectSettingsView> {
  const current = await deps.store.current();
  const by = await requireSettingsEditor(deps.jira, current.config);
  const projects = { ...current.config.projects };
  if (override === null) delete projects[projectKey];
  else projects[projectKey] = override;
  const next = await validateAgainstSite(deps.jira, { ...current.config, projects });
  const saved = await commitSettings(deps, current, next, { by, action: 'project', baseVersion });
  return viewOf({ ...current, config: next, version: saved.version }, projectKey);
}
