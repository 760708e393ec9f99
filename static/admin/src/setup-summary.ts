import type { SettingsDocument, SettingsView } from '../../../src/shared/settings-contract';

type Site = Pick<SettingsView['site'], 'projects' | 'issueTypes' | 'requestTypes'>;

const quoted = (name: string) => `\u2018${name}\u2019`;

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * How much of a list is chosen, in words: "2 of 5 request types", "all projects", "no project".
 *
 * @example coverage(2, 5, false, 'request type', 'request types') // "2 of 5 request types"
 */
export function coverage(chosen: number, total: number, all: boolean, one: string, many: string): string {
  if (all) return `all ${many}, also those added later`;
  if (chosen === 0) return `no ${one} yet`;
  return `${chosen} of ${total} ${total === 1 ? one : many}`;
}

/**
 * What the settings now do, in a sentence for the admin who just saved: where reports come in and
 * which issues are incidents, by their names on this site (never ids).
 *
 * @example whatIsOn(config, site)
 * // "Reports now come in through ‘Report something that seems off’ on the Security Incidents portal; incidents are issues of type Incident in SEC."
 */
export function whatIsOn(config: SettingsDocument, site: Site): string {
  const { scope, intake } = config;
  if (!scope.setUp) return 'Incident response is off: the app does nothing on any issue until you turn it on under Incident scope.';
  const types = scope.allIssueTypes
    ? 'issues of any type'
    : `issues of type ${listInWords(scope.issueTypeIds.map((id) => site.issueTypes.find((t) => t.id === id)?.name ?? 'a type that no longer exists'))}`;
  const projects = scope.allProjects ? 'every project' : listInWords(scope.projectKeys);
  const incidents =
    !scope.allProjects && scope.projectKeys.length === 0
      ? 'no project is ticked, so no new issue becomes an incident'
      : !scope.allIssueTypes && scope.issueTypeIds.length === 0
        ? 'no issue type is ticked, so no new issue becomes an incident'
        : `incidents are ${types} in ${projects}`;
  return `${reportsComeIn(intake, site)}; ${incidents}.`;
}

function reportsComeIn(intake: SettingsDocument['intake'], site: Site): string {
  if (site.requestTypes === null) return 'Reports come in as issues of the incident projects';
  if (intake.allRequestTypes) return 'The incident questions show on every portal request type';
  const picked = intake.requestTypeIds.map((id) => site.requestTypes!.find((t) => t.id === id)).filter((t) => t !== undefined);
  if (picked.length === 0) return 'No portal request type asks the incident questions';
  const byDesk = [...new Set(picked.map((t) => t.projectName))].map(
    (desk) => `${listInWords(picked.filter((t) => t.projectName === desk).map((t) => quoted(t.name)))} on the ${desk} portal`,
  );
  return `Reports now come in through ${listInWords(byDesk)}`;
}
