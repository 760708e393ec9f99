import { route } from '@forge/api';
import { programFactsJql } from '../../domain/program/program-facts';
import type { RequestTypeChoiceView } from '../../shared/settings-contract';
import type { SettingsJira } from '../../usecases/settings-ports';
import { jiraRequest } from './jira-client';
import { reportJira } from './jira-report-service';
import { jiraAsUser } from './jira-issue-service';
import { confluenceSpaces } from '../confluence/confluence-pages';

interface Page<T> {
  values?: T[];
}

interface JsmPage<T> {
  values?: T[];
  isLastPage?: boolean;
}

/**
 * Every request type of every service desk the admin can see (JSM REST, as the admin), or null when
 * the site has no Jira Service Management (the API answers 404). A request type in no group is not on
 * the portal. Sites have a few desks with dozens of types: one page of each (up to 100) is enough.
 */
async function serviceDeskRequestTypes(): Promise<RequestTypeChoiceView[] | null> {
  const desks = await jiraRequest<JsmPage<{ id?: string; projectKey?: string; projectName?: string }>>(
    'user',
    route`/rest/servicedeskapi/servicedesk?limit=50`,
    { accept: [404] },
  );
  if (desks.status === 404) return null;
  const perDesk = await Promise.all(
    (desks.body.values ?? []).map(async (desk) => {
      const page = await jiraRequest<JsmPage<{ id?: string; name?: string; issueTypeId?: string; groupIds?: string[] }>>(
        'user',
        route`/rest/servicedeskapi/servicedesk/${desk.id ?? ''}/requesttype?limit=100`,
      );
      return (page.body.values ?? []).flatMap((t) =>
        t.id && desk.projectKey
          ? [
              {
                id: t.id,
                name: t.name ?? t.id,
                projectKey: desk.projectKey,
                projectName: desk.projectName ?? desk.projectKey,
                issueTypeId: t.issueTypeId ?? '',
                hiddenFromPortal: (t.groupIds ?? []).length === 0,
              },
            ]
          : [],
      );
    }),
  );
  return perDesk.flat();
}

/** The settings page's Jira reads, all as the admin using the page. */
export const settingsJira: SettingsJira = {
  // GET /rest/api/3/mypermissions?permissions=ADMINISTER and GET /rest/api/3/myself?expand=groups.
  async whoCanChange() {
    const [perms, me] = await Promise.all([
      jiraRequest<{ permissions?: { ADMINISTER?: { havePermission?: boolean } } }>('user', route`/rest/api/3/mypermissions?permissions=ADMINISTER`),
      jiraRequest<{ accountId?: string; groups?: { items?: { name?: string }[] } }>('user', route`/rest/api/3/myself?expand=groups`),
    ]);
    return {
      accountId: me.body.accountId ?? '',
      isJiraAdmin: perms.body.permissions?.ADMINISTER?.havePermission === true,
      groups: (me.body.groups?.items ?? []).map((g) => g.name ?? '').filter(Boolean),
    };
  },

  async vocabulary() {
    const [priorities, levels, projects, types, spaces] = await Promise.all([
      jiraRequest<Page<{ name?: string }>>('user', route`/rest/api/3/priority/search?maxResults=50`),
      // Only Jira administrators may list security levels; for the others the check is skipped.
      jiraRequest<Page<{ name?: string }>>('user', route`/rest/api/3/issuesecurityschemes/level?maxResults=50`, { accept: [403] }),
      jiraRequest<Page<{ key?: string; name?: string }>>('user', route`/rest/api/3/project/search?maxResults=100`),
      jiraRequest<{ id?: string; name?: string }[]>('user', route`/rest/api/3/issuetype`),
      confluenceSpaces(),
    ]);
    const names = (page: Page<{ name?: string }>) => [...new Set((page.values ?? []).map((v) => v.name ?? '').filter(Boolean))];
    return {
      jiraPriorities: names(priorities.body),
      securityLevels: levels.status === 403 ? null : names(levels.body),
      projects: (projects.body.values ?? []).filter((p) => p.key).map((p) => ({ key: p.key!, name: p.name ?? p.key! })),
      issueTypes: (Array.isArray(types.body) ? types.body : []).filter((t) => t.id).map((t) => ({ id: t.id!, name: t.name ?? t.id! })),
      confluenceSpaces: spaces,
    };
  },

  // JSM's desks and request types, and GET /rest/api/3/myself for the profile's time zone.
  async setupFacts() {
    const [requestTypes, me] = await Promise.all([serviceDeskRequestTypes(), jiraRequest<{ timeZone?: string }>('user', route`/rest/api/3/myself`)]);
    return { requestTypes, timeZone: me.body.timeZone ?? null };
  },

  displayNames: (accountIds) => jiraAsUser.displayNames(accountIds),

  // Three approximate counts, as the admin.
  async programFacts(now) {
    const jql = programFactsJql(now);
    const [exercises12m, postmortemsRequired12m, postmortemsPublished12m] = await Promise.all([
      reportJira.count(jql.exercises),
      reportJira.count(jql.postmortemsRequired),
      reportJira.count(jql.postmortemsPublished),
    ]);
    return { exercises12m, postmortemsRequired12m, postmortemsPublished12m };
  },
};
