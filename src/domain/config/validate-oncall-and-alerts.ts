import { sectionOfPath } from '../../shared/settings-sections';
import type { AppConfig } from './app-config';
import type { ConfigProblem, SiteVocabulary } from './config-problem';

const problem = (path: string, message: string): ConfigProblem => ({ section: sectionOfPath(path), path, message });
const oneOf = (names: readonly string[]) => (names.length > 0 ? names.map((n) => `"${n}"`).join(', ') : 'none defined');

/**
 * What the on-call schema cannot see alone: a paging policy or acknowledgement window for a level the
 * matrix does not have would never apply (an admin believing Critical pages at night when the matrix
 * calls it P1), a business calendar that does not exist, and a rota for a project the app does not
 * treat as incidents.
 * @example onCallProblems(withPolicy({ P1: 'any-hour' }), UNKNOWN_SITE)
 *   // [{ section: 'oncall', path: 'oncall.policy.P1', message: 'The paging policy names priority level "P1", ...' }]
 */
export function onCallProblems(config: AppConfig, site: SiteVocabulary): ConfigProblem[] {
  const { oncall } = config;
  const levels = config.priority.matrix.levels.map((l) => l.id);
  const calendars = config.sla.calendars.map((c) => c.id);
  const problems: ConfigProblem[] = [];
  for (const level of Object.keys(oncall.policy).filter((l) => !levels.includes(l)))
    problems.push(
      problem(
        `oncall.policy.${level}`,
        `The paging policy names priority level "${level}", which the matrix does not have: remove it, or set paging for ${oneOf(levels)}.`,
      ),
    );
  for (const level of Object.keys(oncall.ackWindows.byLevel).filter((l) => !levels.includes(l)))
    problems.push(
      problem(
        `oncall.ackWindows.byLevel.${level}`,
        `An acknowledgement window is set for priority level "${level}", which the matrix does not have: remove it, or set one for ${oneOf(levels)}.`,
      ),
    );
  if (oncall.calendarId !== null && !calendars.includes(oncall.calendarId))
    problems.push(
      problem(
        'oncall.calendarId',
        `Paging uses calendar "${oncall.calendarId}", which does not exist: choose one of ${oneOf(calendars)}, or the SLA policy's.`,
      ),
    );
  for (const key of Object.keys(oncall.rotaByProject)) {
    const why = projectProblem(config, site, key);
    if (why) problems.push(problem(`oncall.rotaByProject.${key}`, `A rota is set for project ${key}, but ${why}: remove that line.`));
  }
  return problems;
}

/**
 * An alert source must create issues the app treats as incidents (in the incident scope, of an issue
 * type it covers) and give them a category the taxonomy has; HMAC headers are Grafana's alone.
 * @example alertSourceProblems(withSource({ projectKey: 'HR' }), site)
 *   // [{ section: 'alerts', path: 'alerts.sources.0.projectKey', message: 'Alert source "Prometheus" feeds project HR, but the incident scope does not cover it: ...' }]
 */
export function alertSourceProblems(config: AppConfig, site: SiteVocabulary): ConfigProblem[] {
  const categories = config.taxonomy.categories.map((c) => c.id);
  const scopeTypes = config.scope.issueTypeIds;
  return config.alerts.sources.flatMap((s, i) => {
    const at = (field: string) => `alerts.sources.${i}.${field}`;
    const what = `Alert source "${s.name}"`;
    const problems: ConfigProblem[] = [];
    const projectWhy = projectProblem(config, site, s.projectKey);
    if (projectWhy) problems.push(problem(at('projectKey'), `${what} feeds project ${s.projectKey}, but ${projectWhy}: choose an incident project.`));
    if (site.issueTypeIds && !site.issueTypeIds.includes(s.issueTypeId))
      problems.push(problem(at('issueTypeId'), `${what} creates issues of a type this Jira does not have: choose one of the site's issue types.`));
    else if (!config.scope.allIssueTypes && !scopeTypes.includes(s.issueTypeId))
      problems.push(
        problem(at('issueTypeId'), `${what} creates issues of a type the incident scope does not cover: choose one the scope names, or add this type to it.`),
      );
    if (!categories.includes(s.categoryId))
      problems.push(problem(at('categoryId'), `${what} gives category "${s.categoryId}", which the taxonomy does not have: use one of ${oneOf(categories)}.`));
    if (s.format !== 'grafana' && (s.hmacHeader !== null || s.hmacTimestampHeader !== null))
      problems.push(problem(at('hmacHeader'), `${what} is not a Grafana source, and only Grafana signs its requests: clear the signature headers.`));
    if (s.hmacHeader === null && s.hmacTimestampHeader !== null)
      problems.push(problem(at('hmacTimestampHeader'), `${what} names a timestamp header but no signature header: name both, or neither.`));
    return problems;
  });
}

/** Why the app would not treat the project's issues as incidents, in words; null when it would. */
function projectProblem(config: AppConfig, site: SiteVocabulary, key: string): string | null {
  if (site.projectKeys && !site.projectKeys.includes(key)) return 'that project does not exist or you cannot browse it';
  const scope = config.scope.projectKeys;
  if (!config.scope.allProjects && !scope.includes(key))
    return scope.length > 0 ? `the incident scope does not cover it (it covers ${scope.join(', ')})` : 'the incident scope has no project ticked yet';
  return null;
}
