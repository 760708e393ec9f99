import type { AppConfig } from './app-config';
import { appConfigSchema } from './app-config-schema';
import { sectionOfPath } from '../../shared/settings-sections';
import { validateMatrix } from '../priority/validate-matrix';
import { alertSourceProblems, onCallProblems } from './validate-oncall-and-alerts';
import { stakeholderSettingsProblems } from '../stakeholders/stakeholder-settings-problems';
import type { ConfigProblem, SiteVocabulary } from './config-problem';
import { upgradeToExplicitLists } from './explicit-lists-upgrade';

export type { ConfigProblem, SiteVocabulary } from './config-problem';

export const UNKNOWN_SITE: SiteVocabulary = { jiraPriorities: null, securityLevels: null, projectKeys: null, issueTypeIds: null, confluenceSpaceKeys: null };

/** A value Forge storage keeps in one key must stay under 240 KiB; the settings leave room for the version log. */
export const MAX_SETTINGS_BYTES = 200 * 1024;

export type ConfigValidation = { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

const problem = (path: string, message: string): ConfigProblem => ({ section: sectionOfPath(path), path, message });
const oneOf = (names: readonly string[]) => (names.length > 0 ? names.map((n) => `"${n}"`).join(', ') : 'none defined');

/**
 * Checks proposed settings before anything is saved: the shape (with the schema's messages), then
 * what the shape cannot say: a complete matrix, references between sections (levels, calendars,
 * categories, rotas, alert sources) and names the site must know (Jira priorities, security levels, projects). Every
 * message says what to fix.
 */
export function validateConfig(candidate: unknown, site: SiteVocabulary = UNKNOWN_SITE): ConfigValidation {
  // An export (or a page) from before the lists were explicit still means what it meant then.
  const parsed = appConfigSchema.safeParse(upgradeToExplicitLists(candidate));
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => problem(i.path.map(String).join('.'), i.message)) };
  const config = parsed.data;
  const problems = [
    ...validateMatrix(config.priority.matrix).map((p) => problem(`priority.matrix.${p.path}`, p.message)),
    ...crossReferenceProblems(config, site),
    ...onCallProblems(config, site),
    ...alertSourceProblems(config, site),
    ...stakeholderSettingsProblems(
      config.stakeholders,
      config.priority.matrix.levels.map((l) => l.id),
      config.taxonomy.categories.map((c) => c.id),
    ).map((p) => problem(p.path, p.message)),
  ];
  const bytes = new TextEncoder().encode(JSON.stringify(config)).length;
  if (bytes > MAX_SETTINGS_BYTES)
    problems.push(
      problem('', `The settings take ${Math.ceil(bytes / 1024)} KiB; keep them under ${MAX_SETTINGS_BYTES / 1024} KiB (shorten runbooks or templates).`),
    );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

function crossReferenceProblems(config: AppConfig, site: SiteVocabulary): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const levels = config.priority.matrix.levels.map((l) => l.id);
  const levelLabel = (id: string) => config.priority.matrix.levels.find((l) => l.id === id)?.label ?? id;
  const categories = config.taxonomy.categories.map((c) => c.id);
  const calendars = config.sla.calendars.map((c) => c.id);
  const knownLevel = (path: string, level: string, what: string) => {
    if (!levels.includes(level))
      problems.push(problem(path, `${what} names priority level "${level}", which the matrix does not have: use one of ${oneOf(levels)}.`));
  };
  const knownCategory = (path: string, category: string, what: string) => {
    if (!categories.includes(category))
      problems.push(problem(path, `${what} names category "${category}", which the taxonomy does not have: use one of ${oneOf(categories)}.`));
  };

  config.taxonomy.categories.forEach((c, i) => {
    if (categories.indexOf(c.id) !== i)
      problems.push(problem(`taxonomy.categories.${i}.id`, `Category id "${c.id}" is used twice; give each category its own id.`));
    if (c.restrictTo !== null && site.securityLevels && !site.securityLevels.includes(c.restrictTo)) {
      problems.push(
        problem(
          `taxonomy.categories.${i}.restrictTo`,
          `Category "${c.label}" is restricted to security level "${c.restrictTo}", which Jira does not have: use one of ${oneOf(site.securityLevels)}, or none.`,
        ),
      );
    }
  });
  const spaceKey = config.postmortem.confluenceSpaceKey;
  if (spaceKey !== null && site.confluenceSpaceKeys && !site.confluenceSpaceKeys.includes(spaceKey))
    problems.push(
      problem(
        'postmortem.confluenceSpaceKey',
        `Confluence has no space "${spaceKey}" that you can see: choose one of ${oneOf(site.confluenceSpaceKeys)}, or none to publish reports as internal comments.`,
      ),
    );
  // SLA policies may name levels of other matrix presets (the defaults do), so switching presets keeps targets.
  for (const level of Object.keys(config.sla.escalation.byLevel)) knownLevel(`sla.escalation.byLevel.${level}`, level, 'An escalation path');
  for (const [level, priority] of Object.entries(config.priority.jiraPriorityByLevel)) {
    knownLevel(`priority.jiraPriorityByLevel.${level}`, level, 'The Jira priority mapping');
    if (site.jiraPriorities && !site.jiraPriorities.includes(priority)) {
      problems.push(
        problem(
          `priority.jiraPriorityByLevel.${level}`,
          `"${levelLabel(level)}" maps to Jira priority "${priority}", which this Jira does not have: use one of ${oneOf(site.jiraPriorities)}.`,
        ),
      );
    }
  }
  (config.postmortem.requiredLevels ?? []).forEach((level, i) => knownLevel(`postmortem.requiredLevels.${i}`, level, 'The postmortem policy'));
  config.response.runbooks.forEach((r, i) => r.categories.forEach((c) => knownCategory(`response.runbooks.${i}.categories`, c, `Runbook "${r.title}"`)));
  config.response.contacts.forEach((c, i) => {
    c.categories.forEach((cat) => knownCategory(`response.contacts.${i}.categories`, cat, `Contact "${c.name}"`));
    c.levels.forEach((l) => knownLevel(`response.contacts.${i}.levels`, l, `Contact "${c.name}"`));
  });
  for (const [key, override] of Object.entries(config.projects)) {
    if (override.calendarId !== null && !calendars.includes(override.calendarId)) {
      problems.push(
        problem(`projects.${key}.calendarId`, `Project ${key} uses calendar "${override.calendarId}", which does not exist: use one of ${oneOf(calendars)}.`),
      );
    }
  }
  if (site.projectKeys) {
    for (const key of config.scope.projectKeys.filter((k) => !site.projectKeys!.includes(k)))
      problems.push(problem('scope.projectKeys', `Project ${key} does not exist or you cannot browse it: remove it from the scope.`));
  }
  return problems;
}
