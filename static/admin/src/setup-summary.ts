/**
 * What the settings do, in the admin's words: the sentence after a save and how much of each scope
 * list is chosen. Every word comes from a message key (`admin.setupSummary.*`); the names of the
 * site's projects, issue types and request types are shown as Jira names them.
 */
import type { SettingsDocument, SettingsView } from '../../../src/shared/settings-contract';
import type { MessageKey } from '../../common/i18n/message-key';
import type { Translate } from '../../common/i18n/translate';

type Site = Pick<SettingsView['site'], 'projects' | 'issueTypes' | 'requestTypes'>;

/**
 * "A", "A and B", "A, B and C" in the reader's language. The app's English is British ("organisation",
 * "licence"): no comma before "and", as en-GB lists are written.
 */
export function listInWords(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale === 'en-US' ? 'en-GB' : locale, { type: 'conjunction', style: 'long' }).format(items);
}

/** The lists whose coverage is counted. */
export type Counted = 'project' | 'issueType' | 'requestType';

const COVERAGE: Record<Counted, Record<'all' | 'none' | 'some', MessageKey>> = {
  project: {
    all: 'admin.setupSummary.coverage.project.all',
    none: 'admin.setupSummary.coverage.project.none',
    some: 'admin.setupSummary.coverage.project.some',
  },
  issueType: {
    all: 'admin.setupSummary.coverage.issueType.all',
    none: 'admin.setupSummary.coverage.issueType.none',
    some: 'admin.setupSummary.coverage.issueType.some',
  },
  requestType: {
    all: 'admin.setupSummary.coverage.requestType.all',
    none: 'admin.setupSummary.coverage.requestType.none',
    some: 'admin.setupSummary.coverage.requestType.some',
  },
};

/**
 * How much of a list is chosen, in words: "2 of 5 request types", "all projects, also those added later", "no project yet".
 *
 * @example coverage(2, 5, false, 'requestType', t) // "2 of 5 request types"
 */
export function coverage(chosen: number, total: number, all: boolean, counted: Counted, t: Translate): string {
  if (all) return t(COVERAGE[counted].all);
  if (chosen === 0) return t(COVERAGE[counted].none);
  return t(COVERAGE[counted].some, { chosen, total });
}

/**
 * What the settings now do, in a sentence for the admin who just saved: where reports come in and
 * which issues are incidents, by their names on this site (never ids).
 *
 * @example whatIsOn(config, site, t, 'en-US')
 * // "Reports now come in through ‘Report something that seems off’ on the Security Incidents portal; incidents are issues of type Incident in SEC."
 */
export function whatIsOn(config: SettingsDocument, site: Site, t: Translate, locale: string): string {
  const { scope, intake } = config;
  if (!scope.setUp) return t('admin.setupSummary.off');
  const incidents =
    !scope.allProjects && scope.projectKeys.length === 0
      ? t('admin.setupSummary.incidents.noProject')
      : !scope.allIssueTypes && scope.issueTypeIds.length === 0
        ? t('admin.setupSummary.incidents.noIssueType')
        : t('admin.setupSummary.incidents.are', {
            anyType: scope.allIssueTypes ? 'yes' : 'no',
            types: listInWords(
              scope.issueTypeIds.map((id) => site.issueTypes.find((type) => type.id === id)?.name ?? t('admin.setupSummary.typeGone')),
              locale,
            ),
            everyProject: scope.allProjects ? 'yes' : 'no',
            projects: listInWords(scope.projectKeys, locale),
          });
  return reportsComeIn(intake, site, incidents, t, locale);
}

/** The whole sentence: where reports come in, then `incidents` (which issues are incidents). */
function reportsComeIn(intake: SettingsDocument['intake'], site: Site, incidents: string, t: Translate, locale: string): string {
  if (site.requestTypes === null) return t('admin.setupSummary.reports.noPortal', { incidents });
  if (intake.allRequestTypes) return t('admin.setupSummary.reports.everyRequestType', { incidents });
  const picked = intake.requestTypeIds.map((id) => site.requestTypes!.find((type) => type.id === id)).filter((type) => type !== undefined);
  if (picked.length === 0) return t('admin.setupSummary.reports.noRequestType', { incidents });
  const byDesk = [...new Set(picked.map((type) => type.projectName))].map((desk) =>
    t('admin.setupSummary.reports.onPortal', {
      requestTypes: listInWords(
        picked.filter((type) => type.projectName === desk).map((type) => t('admin.setupSummary.quoted', { name: type.name })),
        locale,
      ),
      portal: desk,
    }),
  );
  return t('admin.setupSummary.reports.through', { places: listInWords(byDesk, locale), incidents });
}
