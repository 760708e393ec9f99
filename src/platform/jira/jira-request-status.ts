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
import { type OfferedTransition, resolvingTransition } from './resolving-transition';

interface TransitionsBean {
  transitions?: OfferedTransition[];
}

/**
 * GET …/transitions?expand=transitions.fields as the user lists only what they may do now
 * (Transition issues and the workflow's conditions), each with its screen's fields. The transition
 * that resolves (resolving-transition.ts: Resolve or Done over Cancel or Decline) is performed with
 * POST …/transitions, with a resolution when its screen has that field, as the POST's description
 * asks ("specify the fields in the `fields` or `update` parameters").
 * A refusal (400: no longer offered, no permission, a field refused) is 'refused'; busy or unreachable is thrown.
 */
async function resolveRequestAsUser(issueKey: string): Promise<'resolved' | 'refused'> {
  const { body } = await jiraRequest<TransitionsBean>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/transitions?expand=transitions.fields`, { method: 'GET' }),
  );
  const chosen = resolvingTransition(body.transitions ?? []);
  if (!chosen) return 'refused';
  const request = { transition: { id: chosen.id }, ...(chosen.resolution ? { fields: { resolution: chosen.resolution } } : {}) };
  try {
    await jiraRequest('user', (jira) => jira.requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, { method: 'POST', ...jsonBody(request) }));
  } catch (e) {
    if (e instanceof JiraRequestError && !e.transient) return 'refused';
    throw e;
  }
  return 'resolved';
}

export const requestStatusAsUser: RequestStatusJira = { resolveRequest: resolveRequestAsUser };
