import type { AppConfig } from '../domain/config/app-config';
import { alertSourceUrl, type AlertSecretView, type AlertSourcesStateView } from '../shared/settings-contract';
import { AppError } from './app-error';
import type { SettingsDeps } from './commit-settings';
import { requireSettingsEditor } from './settings-access';

/** Where the alerts web trigger is on this site; null when Forge could not say. */
export type TriggerUrl = () => Promise<string | null>;

/**
 * Generates a saved source's secret, or replaces it (the old one stops working at once), and returns
 * it this once. Only for saved sources: a secret for a source that was never saved would be orphaned.
 */
export async function rotateAlertSecret(deps: SettingsDeps & { triggerUrl: TriggerUrl }, sourceId: string): Promise<AlertSecretView> {
  const current = await deps.store.current();
  await requireSettingsEditor(deps.jira, current.config);
  const source = current.config.alerts.sources.find((s) => s.id === sourceId);
  if (!source) throw new AppError('NOT_FOUND', 'There is no saved alert source by that name. Save the source first, then generate its secret.');
  const [secret, triggerUrl] = await Promise.all([deps.alertSecrets.rotate(sourceId), deps.triggerUrl()]);
  return { sourceId, secret, url: alertSourceUrl(triggerUrl, source) };
}

/** The trigger's URL and which saved sources have a secret, for the settings page (the caller is already checked). */
export async function alertSourcesState(
  deps: Pick<SettingsDeps, 'alertSecrets'> & { triggerUrl: TriggerUrl },
  config: AppConfig,
): Promise<AlertSourcesStateView> {
  const [triggerUrl, flags] = await Promise.all([deps.triggerUrl(), Promise.all(config.alerts.sources.map((s) => deps.alertSecrets.has(s.id)))]);
  return { triggerUrl, secretSet: Object.fromEntries(config.alerts.sources.map((s, i) => [s.id, flags[i]!])) };
}
