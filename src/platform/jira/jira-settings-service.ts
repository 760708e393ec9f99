import { route } from '@forge/api';
import { programFactsJql } from '../../domain/program/program-facts';
import type { RequestTypeChoiceView } from '../../shared/settings-contract';
import type { SettingsJira } from '../../usecases/settings-ports';
import type { AccountFacts } from '../../domain/config/escalation-users';
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
 * GET /rest/api/3/user/bulk?accountId=...: each account's accountType ("atlassian" for people who
 * work in Jira, "customer" for portal customers, "app" for apps) and display name
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-bulk-get).
 * Jira pages the answer (maxResults defaults to 10): each batch asks for a full page and follows startAt.
 */
async function accountFacts(accountIds: string[]): Promise<Record<string, AccountFacts>> {
  const facts: Record<string, AccountFacts> = {};
  const unique = [...new Set(accountIds)];
  for (let i = 0; i < unique.length; i += 100) {
    const ids = unique.slice(i, i + 100);
    for (let startAt = 0; startAt < ids.length;) {
      const params = new URLSearchParams([...ids.map((id) => ['accountId', id]), ['maxResults', '100'], ['startAt', String(startAt)]]);
      const { body } = await jiraRequest<{ values?: { accountId: string; accountType?: string; displayName?: string }[]; isLast?: boolean }>('user', (jira) =>
        jira.requestJira(route`/rest/api/3/user/bulk?${params}`),
      );
      const values = body.values ?? [];
      for (const u of values) facts[u.accountId] = { accountType: u.accountType ?? 'atlassian', displayName: u.displayName ?? 'Someone' };
      if (body.isLast !== false || values.length === 0) break;
      startAt += values.length;
    }
  }
  return facts;
}

/**
 * Every request type of every service desk the admin can see (JSM REST, as the admin), or null when
 * the site has no Jira Service Management (the API answers 404). A request type in no group is not on
 * the portal. Sites have a few desks with dozens of types: one page of each (up to 100) is enough.
 */
async function serviceDeskRequestTypes(): Promise<RequestTypeChoiceView[] | null> {
  const desks = await jiraRequest<JsmPage<{ id?: string; projectKey?: string; projectName?: string }>>(
    'user',
    (jira) => jira.requestJira(route`/rest/servicedeskapi/servicedesk?limit=50`),
    [404],
  );
  if (desks.status === 404) return null;
  const perDesk = await Promise.all(
    (desks.body.values ?? []).map(async (desk) => {
      const page = await jiraRequest<JsmPage<{ id?: string; name?: string; issueTypeId?: string; groupIds?: string[] }>>('user', (jira) =>
        jira.requestJira(route`/rest/servicedeskapi/servicedesk/${desk.id ?? ''}/requesttype?limit=100`),
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

/** With no incident projects named, the priorities of this many of the projects the admin sees. */
const PRIORITY_PROJECTS = 5;

interface CreateMetaField {
  fieldId?: string;
  allowedValues?: { name?: string }[];
}

/**
 * The priorities a new issue of a project may take, as the admin: GET /rest/api/3/issue/createmeta/
 * {project}/issuetypes/{type} (read:jira-work), whose priority field lists the project's priority
 * scheme in `allowedValues`. Listing priorities or schemes site-wide needs manage:jira-configuration,
 * which the app does not ask for. `issueTypeId` null: the project's first issue type. A project the
 * admin cannot create in (Jira answers 400) adds nothing.
 */
async function projectPriorities(projectKey: string, issueTypeId: string | null): Promise<string[]> {
  let typeId = issueTypeId;
  if (!typeId) {
    const types = await jiraRequest<{ issueTypes?: { id?: string }[] }>(
      'user',
      (jira) => jira.requestJira(route`/rest/api/3/issue/createmeta/${projectKey}/issuetypes?maxResults=1`),
      [400],
    );
    typeId = types.status === 400 ? null : (types.body.issueTypes?.[0]?.id ?? null);
  }
  if (!typeId) return [];
  const meta = await jiraRequest<{ fields?: CreateMetaField[] }>(
    'user',
    (jira) => jira.requestJira(route`/rest/api/3/issue/createmeta/${projectKey}/issuetypes/${typeId}?maxResults=200`),
    [400],
  );
  if (meta.status === 400) return [];
  return (meta.body.fields?.find((f) => f.fieldId === 'priority')?.allowedValues ?? []).map((v) => v.name ?? '').filter(Boolean);
}

/** The priorities of the incident projects, each named once, in the order Jira lists them. */
async function incidentPriorities(projectKeys: readonly string[], issueTypeId: string | null): Promise<string[]> {
  const perProject = await Promise.all(projectKeys.map((key) => projectPriorities(key, issueTypeId)));
  return [...new Set(perProject.flat())];
}

/** The settings page's Jira reads, all as the admin using the page. */
export const settingsJira: SettingsJira = {
  // GET /rest/api/3/mypermissions?permissions=ADMINISTER and GET /rest/api/3/myself?expand=groups.
  async whoCanChange() {
    const [perms, me] = await Promise.all([
      jiraRequest<{ permissions?: { ADMINISTER?: { havePermission?: boolean } } }>('user', (jira) =>
        jira.requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`),
      ),
      jiraRequest<{ accountId?: string; groups?: { items?: { name?: string }[] } }>('user', (jira) =>
        jira.requestJira(route`/rest/api/3/myself?expand=groups`),
      ),
    ]);
    return {
      accountId: me.body.accountId ?? '',
      isJiraAdmin: perms.body.permissions?.ADMINISTER?.havePermission === true,
      groups: (me.body.groups?.items ?? []).map((g) => g.name ?? '').filter(Boolean),
    };
  },

  async vocabulary(scope) {
    const [levels, projects, types, spaces] = await Promise.all([
      // Only Jira administrators may list security levels; for the others the check is skipped.
      jiraRequest<Page<{ name?: string }>>('user', (jira) => jira.requestJira(route`/rest/api/3/issuesecurityschemes/level?maxResults=50`), [403]),
      jiraRequest<Page<{ key?: string; name?: string }>>('user', (jira) => jira.requestJira(route`/rest/api/3/project/search?maxResults=100`)),
      jiraRequest<{ id?: string; name?: string }[]>('user', (jira) => jira.requestJira(route`/rest/api/3/issuetype`)),
      confluenceSpaces(),
    ]);
    const visible = (projects.body.values ?? []).filter((p) => p.key).map((p) => ({ key: p.key!, name: p.name ?? p.key! }));
    const incidentProjects = scope.projectKeys.length > 0 ? scope.projectKeys : visible.map((p) => p.key).slice(0, PRIORITY_PROJECTS);
    return {
      jiraPriorities: await incidentPriorities(incidentProjects, scope.issueTypeIds[0] ?? null),
      securityLevels: levels.status === 403 ? null : [...new Set((levels.body.values ?? []).map((v) => v.name ?? '').filter(Boolean))],
      projects: visible,
      issueTypes: (Array.isArray(types.body) ? types.body : []).filter((t) => t.id).map((t) => ({ id: t.id!, name: t.name ?? t.id! })),
      confluenceSpaces: spaces,
    };
  },

  // JSM's desks and request types, and GET /rest/api/3/myself for the profile's time zone.
  async setupFacts() {
    const [requestTypes, me] = await Promise.all([
      serviceDeskRequestTypes(),
      jiraRequest<{ timeZone?: string }>('user', (jira) => jira.requestJira(route`/rest/api/3/myself`)),
    ]);
    return { requestTypes, timeZone: me.body.timeZone ?? null };
  },

  displayNames: (accountIds) => jiraAsUser.displayNames(accountIds),

  accounts: accountFacts,

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
