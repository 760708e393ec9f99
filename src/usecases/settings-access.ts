import type { AppConfig } from '../domain/config/app-config';
import { AppError } from './app-error';
import type { SettingsJira } from './settings-ports';

/**
 * Only Jira administrators, or members of a group the settings name, may read or change the
 * settings (they hold contact details and the legal profile). Asked of Jira as the caller, on
 * every call, whatever the page showed.
 * @returns the caller's account id, for the version log.
 */
export async function requireSettingsEditor(jira: SettingsJira, config: AppConfig): Promise<string> {
  const who = await jira.whoCanChange();
  if (who.isJiraAdmin || who.groups.some((g) => config.access.adminGroups.includes(g))) return who.accountId;
  const groups = config.access.adminGroups;
  throw new AppError(
    'FORBIDDEN',
    `Only Jira administrators${groups.length > 0 ? ` or members of ${groups.map((g) => `"${g}"`).join(', ')}` : ''} can see or change the incident-response settings.`,
  );
}
