/**
 * The Jira side of alerts: the issue an alert group opens, created by the app (a web trigger has no
 * user: "asUser API calls will not work in web trigger functions",
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/web-trigger/).
 */
import { route } from '@forge/api';
import { AlertIssueRefused, type AlertJira, type NewAlertIssue } from '../../usecases/ingest-alerts';
import { JiraRequestError, jiraRequest, jsonBody } from './jira-client';

/**
 * GET /rest/api/3/issuesecurityschemes/level: the id of a security level named in the settings
 * (read:issue-security-level:jira and read:issue-security-scheme:jira, which the manifest has).
 */
async function securityLevelId(name: string): Promise<string | null> {
  const { body } = await jiraRequest<{ values?: { id?: string; name?: string }[] }>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/issuesecurityschemes/level?maxResults=50`),
  );
  return (body.values ?? []).find((level) => level.name === name)?.id ?? null;
}

/**
 * POST /rest/api/3/issue as the app. A restricted category's issue carries its security level from
 * creation, so nobody outside the level ever sees it open, not even in the creation's notifications.
 */
async function createIssue(fields: NewAlertIssue): Promise<{ id: string; key: string; restricted: boolean }> {
  const levelId = fields.securityLevelName ? await securityLevelId(fields.securityLevelName) : null;
  if (fields.securityLevelName && !levelId)
    throw new AlertIssueRefused(
      `The security level "${fields.securityLevelName}" of the alert's category is not on this site; the incident was not created open.`,
    );
  try {
    return await create(fields, levelId);
  } catch (e) {
    if (e instanceof JiraRequestError && !e.transient) throw new AlertIssueRefused(e.message);
    throw e;
  }
}

async function create(fields: NewAlertIssue, levelId: string | null): Promise<{ id: string; key: string; restricted: boolean }> {
  const { body } = await jiraRequest<{ id: string; key: string }>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/issue`, {
      method: 'POST',
      ...jsonBody({
        fields: {
          project: { key: fields.projectKey },
          issuetype: { id: fields.issueTypeId },
          summary: fields.summary,
          description: fields.description,
          ...(levelId ? { security: { id: levelId } } : {}),
        },
      }),
    }),
  );
  return { id: body.id, key: body.key, restricted: levelId !== null };
}

export const alertJira: AlertJira = { createIssue };
