/**
 * Resolving a request as the responder, through Jira's platform transitions API
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get):
 * read:jira-work and write:jira-work, which the app holds already. Jira Service Management's own
 * request transition (POST /rest/servicedeskapi/request/{issueIdOrKey}/transition) would need
 * write:servicedesk-request as well, for the same workflow transition.
 */
import { route } from '@forge/api';
import type { RequestStatusJira } from '../../usecases/ports';
import { JiraRequestError, jiraRequest, jsonBody } from './jira-client';

interface TransitionsBean {
  transitions?: { id?: string; to?: { statusCategory?: { key?: string } } }[];
}

/**
 * GET …/transitions as the user lists only what they may do now (Transition issues and the
 * workflow's conditions); the first that leads to a done status is performed with POST …/transitions.
 * A refusal (400: no longer offered, no permission) is 'refused'; busy or unreachable is thrown.
 */
async function resolveRequestAsUser(issueKey: string): Promise<'resolved' | 'refused'> {
  const { body } = await jiraRequest<TransitionsBean>('user', (jira) => jira.requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, { method: 'GET' }));
  const toDone = (body.transitions ?? []).find((t) => t.id && t.to?.statusCategory?.key === 'done');
  if (!toDone?.id) return 'refused';
  const transition = { id: toDone.id };
  try {
    await jiraRequest('user', (jira) => jira.requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, { method: 'POST', ...jsonBody({ transition }) }));
  } catch (e) {
    if (e instanceof JiraRequestError && !e.transient) return 'refused';
    throw e;
  }
  return 'resolved';
}

export const requestStatusAsUser: RequestStatusJira = { resolveRequest: resolveRequestAsUser };
