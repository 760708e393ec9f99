import type { AppConfig } from '../domain/config/app-config';
import { diffSettings } from '../domain/config/config-diff';
import { type ConfigProblem, validateConfig } from '../domain/config/validate-config';
import { escalationUserProblems, escalationUsers } from '../domain/config/escalation-users';
import { rotaPeople, rotaPeopleProblems } from '../domain/config/rota-people';
import { stakeholderPeople, stakeholderPeopleProblems } from '../domain/stakeholders/stakeholder-people';
import { sectionOfPath } from '../shared/settings-sections';
import type { SettingsSavedView } from '../shared/settings-contract';
import { AppError } from './app-error';
import type { AlertSecretsPort, SettingsJira, SettingsStore, SettingsVersionMeta } from './settings-ports';

export interface SettingsDeps {
  store: SettingsStore;
  jira: SettingsJira;
  now: () => string;
  alertSecrets: AlertSecretsPort;
}

/** Problems as the envelope's field map (path -> message); two problems at one path read as one sentence each. */
export function problemFields(problems: readonly ConfigProblem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const p of problems) {
    const key = p.path || '(settings)';
    fields[key] = fields[key] ? `${fields[key]} ${p.message}` : p.message;
  }
  return fields;
}

/** The projects and issue types the proposed settings name as incidents, read before they are validated. */
function proposedScope(candidate: unknown): { projectKeys: string[]; issueTypeIds: string[] } {
  const scope = (candidate as { scope?: { projectKeys?: unknown; issueTypeIds?: unknown } } | null)?.scope;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 20) : []);
  return { projectKeys: strings(scope?.projectKeys), issueTypeIds: strings(scope?.issueTypeIds) };
}

/** Validates proposed settings against the schema, their own references and what the site has. */
export async function validateAgainstSite(jira: SettingsJira, candidate: unknown): Promise<AppConfig> {
  const site = await jira.vocabulary(proposedScope(candidate));
  const result = validateConfig(candidate, {
    jiraPriorities: site.jiraPriorities,
    securityLevels: site.securityLevels,
    projectKeys: site.projects.map((p) => p.key),
    issueTypeIds: site.issueTypes.map((t) => t.id),
    confluenceSpaceKeys: site.confluenceSpaces?.map((s) => s.key) ?? null,
  });
  if (!result.ok) throw settingsProblems(result.problems);
  const onSite = await peopleProblemsOnSite(jira, result.config);
  if (onSite.length > 0) throw settingsProblems(onSite);
  return result.config;
}

const settingsProblems = (problems: readonly ConfigProblem[]) =>
  new AppError(
    'VALIDATION_FAILED',
    `The settings have ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was saved. ${problems[0]!.message}`,
    problemFields(problems),
  );

/** Escalation recipients and rota people Jira knows as portal customers or apps, or not at all (one user/bulk read for all of them). */
async function peopleProblemsOnSite(jira: SettingsJira, config: AppConfig): Promise<ConfigProblem[]> {
  const ids = [...new Set([...escalationUsers(config), ...rotaPeople(config), ...stakeholderPeople(config.stakeholders)].map((u) => u.accountId))];
  if (ids.length === 0) return [];
  const accounts = await jira.accounts(ids);
  return [
    ...escalationUserProblems(config, accounts),
    ...rotaPeopleProblems(config, accounts),
    ...stakeholderPeopleProblems(config.stakeholders, accounts).map((p) => ({ ...p, section: sectionOfPath(p.path) })),
  ];
}

/**
 * Stores valid settings as the next version, with who, when and what changed. Nothing changed
 * stores nothing. A save on top of a version other than the one the page loaded is refused.
 */
export async function commitSettings(
  deps: SettingsDeps,
  current: { config: AppConfig; version: number },
  next: AppConfig,
  how: { by: string; action: SettingsVersionMeta['action']; revertedTo?: number; baseVersion: number },
): Promise<SettingsSavedView> {
  if (how.baseVersion !== current.version) throw staleSettings(current.version);
  const { changes, total } = diffSettings(current.config, next);
  if (total === 0) return { version: current.version, changes, total };
  const outcome = await deps.store.save(
    next,
    { at: deps.now(), by: how.by, action: how.action, revertedTo: how.revertedTo ?? null, changes, total },
    how.baseVersion,
  );
  if (!outcome.saved && outcome.reason === 'busy')
    throw new AppError('CONFLICT', 'Another admin is saving the settings right now. Wait a moment, reload and try again.');
  if (!outcome.saved) throw staleSettings(outcome.version);
  await removeSecretsOfRemovedSources(deps.alertSecrets, current.config, next);
  return { version: outcome.version, changes, total };
}

/**
 * A removed source's secret goes with it, so a monitor still configured with it is refused, and a
 * new source given the same name later starts without it. Only after the save: a refused save keeps both.
 */
async function removeSecretsOfRemovedSources(secrets: AlertSecretsPort, before: AppConfig, after: AppConfig): Promise<void> {
  const kept = new Set(after.alerts.sources.map((s) => s.id));
  await Promise.all(before.alerts.sources.filter((s) => !kept.has(s.id)).map((s) => secrets.remove(s.id)));
}

const staleSettings = (version: number) =>
  new AppError('CONFLICT', `Someone saved the settings meanwhile (now version ${version}). Reload to see their change; nothing of yours was saved.`);
