/**
 * Paging's Jira calls and the objects the sweep, the resolvers and every path that confirms an
 * incident hand to the paging use cases. Each call cites the Jira Cloud REST v3 operation it uses.
 */
import { route } from '@forge/api';
import type { PagingJiraAsApp, PagingJiraAsUser } from '../usecases/paging-ports';
import { type JiraActor, jiraRequest, jsonBody } from './jira/jira-client';
import { pagingStore } from './storage/paging-store';

/** PUT /rest/api/3/issue/{issueIdOrKey} with `fields.assignee`: Jira mails the new assignee. */
async function assign(actor: JiraActor, issueKey: string, accountId: string): Promise<void> {
  await jiraRequest(actor, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}`, { method: 'PUT', ...jsonBody({ fields: { assignee: { accountId } } }) }),
  );
}

/**
 * GET /rest/api/3/user/viewissue/search?issueKey=&accountId= as the app, once per person: whether
 * Jira lets them browse the issue, its security level included.
 */
async function whoCanSee(issueKey: string, accountIds: readonly string[]): Promise<Set<string>> {
  const can = new Set<string>();
  for (const accountId of new Set(accountIds)) {
    const { body } = await jiraRequest<{ accountId?: string }[]>('app', (jira) =>
      jira.requestJira(route`/rest/api/3/user/viewissue/search?issueKey=${issueKey}&accountId=${accountId}&maxResults=1`),
    );
    if (body.some((u) => u.accountId === accountId)) can.add(accountId);
  }
  return can;
}

/** GET /rest/api/3/user/bulk?accountId=… as the app (the sweep has no user): names for the timeline and the page. */
async function displayNames(accountIds: readonly string[]): Promise<Record<string, string>> {
  const ids = [...new Set(accountIds)].slice(0, 100);
  if (ids.length === 0) return {};
  const params = new URLSearchParams([...ids.map((id) => ['accountId', id]), ['maxResults', '100']]);
  const { body } = await jiraRequest<{ values?: { accountId: string; displayName: string }[] }>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/user/bulk?${params}`),
  );
  return Object.fromEntries((body.values ?? []).map((u) => [u.accountId, u.displayName]));
}

export const pagingJiraAsApp: PagingJiraAsApp = { assign: (issueKey, accountId) => assign('app', issueKey, accountId), whoCanSee, displayNames };

/** GET /rest/api/3/issue/{issueIdOrKey}?fields=assignee as the user. */
async function assignee(issueKey: string): Promise<string | null> {
  const { body } = await jiraRequest<{ fields?: { assignee?: { accountId?: string } | null } }>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}?fields=assignee`),
  );
  return body.fields?.assignee?.accountId ?? null;
}

export const pagingJiraAsUser: PagingJiraAsUser = { assign: (issueKey, accountId) => assign('user', issueKey, accountId), assignee };

export { pagingStore };
