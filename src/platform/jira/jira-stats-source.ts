import { route } from '@forge/api';
import type { WorklogFact } from '../../domain/stats/work-summary';
import type { StatsSource } from '../../usecases/stats-ports';
import { jiraRequest, jsonBody, JiraRequestError } from './jira-client';

interface WorklogBean {
  author?: { accountId?: string };
  started?: string;
  timeSpentSeconds?: number;
}

/** What the statistics read from Jira, as the app (aggregates count every incident; the gadget shows only sums). */
export const jiraStatsSource: StatsSource = {
  async issue(issueId) {
    try {
      const { body } = await jiraRequest<{ fields?: { project?: { key?: string }; components?: { name?: string }[] } }>('app', (jira) =>
        jira.requestJira(route`/rest/api/3/issue/${issueId}?fields=project,components`),
      );
      const projectKey = body.fields?.project?.key;
      return projectKey
        ? { projectKey, components: (body.fields?.components ?? []).map((c) => c.name).filter((n): n is string => typeof n === 'string') }
        : null;
    } catch (e) {
      if (e instanceof JiraRequestError && e.status === 404) return null;
      throw e;
    }
  },

  // GET .../worklog pages by 5,000 (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-worklogs/#api-rest-api-3-issue-issueidorkey-worklog-get).
  async worklogs(issueId) {
    const out: WorklogFact[] = [];
    for (let startAt = 0; ;) {
      const { status, body } = await jiraRequest<{ worklogs?: WorklogBean[]; total?: number }>(
        'app',
        (jira) => jira.requestJira(route`/rest/api/3/issue/${issueId}/worklog?startAt=${startAt}&maxResults=5000`),
        [404],
      );
      if (status === 404) return out; // the issue is gone: no work to count
      const page = body.worklogs ?? [];
      for (const w of page)
        if (w.author?.accountId && w.started && typeof w.timeSpentSeconds === 'number')
          out.push({ author: w.author.accountId, started: new Date(w.started).toISOString(), timeSpentSeconds: w.timeSpentSeconds });
      startAt += page.length;
      if (page.length === 0 || startAt >= (body.total ?? 0)) return out;
    }
  },

  async recentlyUpdated(sinceDays, max) {
    const ids: string[] = [];
    let nextPageToken: string | undefined;
    do {
      const { body } = await jiraRequest<{ issues?: { id: string }[]; nextPageToken?: string | null }>('app', (jira) =>
        jira.requestJira(route`/rest/api/3/search/jql`, {
          method: 'POST',
          ...jsonBody({
            jql: `updated >= -${Math.ceil(sinceDays)}d ORDER BY updated DESC`,
            fields: ['id'],
            maxResults: 100,
            ...(nextPageToken ? { nextPageToken } : {}),
          }),
        }),
      );
      ids.push(...(body.issues ?? []).map((i) => i.id));
      nextPageToken = body.nextPageToken ?? undefined;
    } while (nextPageToken && ids.length < max);
    return ids.slice(0, max);
  },
};
