/**
 * Finding issues as the app: JQL searches (enhanced search, pages linked by nextPageToken) and
 * searches by issue id that tolerate ids whose issue is gone or hidden.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
import { route } from '@forge/api';
import { INCIDENT_PROPERTY_KEY } from '../../shared/vocabulary';
import type { FoundIssue } from '../../usecases/ports';
import { JiraRequestError, jiraRequest, jsonBody } from './jira-client';

interface SearchPage {
  issues?: { id: string; key: string; fields?: { summary?: string; assignee?: { accountId?: string } | null; reporter?: { accountId?: string } | null } }[];
  nextPageToken?: string | null;
}

/** POST /rest/api/3/search/jql (enhanced search: pages linked by nextPageToken, at most 100 issues with fields). */
export async function search(jql: string, maxPages: number): Promise<FoundIssue[]> {
  const found: FoundIssue[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const { body } = await jiraRequest<SearchPage>('app', (jira) =>
      jira.requestJira(route`/rest/api/3/search/jql`, {
        method: 'POST',
        ...jsonBody({ jql, fields: ['summary', 'assignee', 'reporter'], maxResults: 100, ...(nextPageToken ? { nextPageToken } : {}) }),
      }),
    );
    for (const i of body.issues ?? [])
      found.push({
        id: i.id,
        key: i.key,
        summary: i.fields?.summary ?? '',
        assignee: i.fields?.assignee?.accountId ?? null,
        reporter: i.fields?.reporter?.accountId ?? null,
      });
    nextPageToken = body.nextPageToken ?? undefined;
    if (!nextPageToken) break;
  }
  return found;
}

/**
 * Runs a search over `id in (…)` for the given ids, tolerating ids whose issue is gone or hidden: Jira
 * answers 400 when JQL names an issue that does not exist for the caller (for keys it says so; for ids the
 * local site takes the same, stricter reading). Then the ids are halved until the ones at fault stand alone
 * and are left out, so one deleted issue (whose deletion event was lost) never blinds the rest.
 */
async function searchIds<T>(ids: string[], run: (jqlIds: string) => Promise<T[]>): Promise<T[]> {
  if (ids.length === 0) return [];
  try {
    return await run(ids.join(', '));
  } catch (e) {
    if (!(e instanceof JiraRequestError) || e.status !== 400) throw e;
    if (ids.length === 1) return [];
    const half = Math.ceil(ids.length / 2);
    return [...(await searchIds(ids.slice(0, half), run)), ...(await searchIds(ids.slice(half), run))];
  }
}

/** Issues by id (at most 100), as the sweep finds the ones its queue in storage names; gone or hidden ones are left out. */
export async function findByIds(issueIds: string[]): Promise<FoundIssue[]> {
  const ids = [...new Set(issueIds)].filter((id) => /^\d+$/.test(id)).slice(0, 100);
  return searchIds(ids, async (jqlIds) => {
    const { body } = await jiraRequest<SearchPage>('app', (jira) =>
      jira.requestJira(route`/rest/api/3/search/jql`, {
        method: 'POST',
        ...jsonBody({ jql: `id in (${jqlIds})`, fields: ['summary', 'assignee', 'reporter'], maxResults: 100 }),
      }),
    );
    return (body.issues ?? []).map((i) => ({
      id: i.id,
      key: i.key,
      summary: i.fields?.summary ?? '',
      assignee: i.fields?.assignee?.accountId ?? null,
      reporter: i.fields?.reporter?.accountId ?? null,
    }));
  });
}

/** POST /rest/api/3/search/jql for `id in (...)` with the incident-response property: one request per 100 issues (more when some are gone). */
export async function mirrorsOf(issueIds: string[]): Promise<Map<string, { key: string; property: unknown }>> {
  const out = new Map<string, { key: string; property: unknown }>();
  for (let i = 0; i < issueIds.length; i += 100) {
    const ids = issueIds.slice(i, i + 100).filter((id) => /^\d+$/.test(id));
    const found = await searchIds(ids, async (jqlIds) => {
      const { body } = await jiraRequest<{ issues?: { id: string; key: string; properties?: Record<string, unknown> }[] }>('app', (jira) =>
        jira.requestJira(route`/rest/api/3/search/jql`, {
          method: 'POST',
          ...jsonBody({ jql: `id in (${jqlIds})`, fields: ['summary'], properties: [INCIDENT_PROPERTY_KEY], maxResults: 100 }),
        }),
      );
      return body.issues ?? [];
    });
    for (const issue of found) out.set(issue.id, { key: issue.key, property: issue.properties?.[INCIDENT_PROPERTY_KEY] });
  }
  return out;
}
