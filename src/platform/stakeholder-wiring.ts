/**
 * Stakeholder updates' Jira calls. Each cites the Jira Cloud REST v3 operation it uses.
 */
import { route } from '@forge/api';
import type { UpdateRecipients } from '../domain/stakeholders/update-recipients';
import type { StakeholderJiraAsApp, StakeholderNotifier } from '../usecases/stakeholder-ports';
import { type JiraActor, jiraRequest, jsonBody } from './jira/jira-client';
import { stakeholderStore } from './storage/stakeholder-store';

/** Only people who can browse the incident receive it: a restricted incident's update never reaches a group member outside its level. */
const ONLY_WHO_CAN_SEE = { permissions: [{ key: 'BROWSE_PROJECTS' }] };

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/notify
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-notify-post):
 * to the named people and groups only, never the reporter, assignee, watchers or voters as such,
 * and with `restrict` so Jira drops anyone who cannot browse the issue. Nobody to tell sends nothing.
 */
async function notify(actor: JiraActor, issueKey: string, message: { subject: string; textBody: string }, to: UpdateRecipients): Promise<void> {
  if (to.users.length + to.groups.length === 0) return;
  await jiraRequest(actor, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/notify`, {
      method: 'POST',
      ...jsonBody({
        subject: message.subject,
        textBody: message.textBody,
        to: {
          reporter: false,
          assignee: false,
          watchers: false,
          voters: false,
          users: to.users.map((accountId) => ({ accountId })),
          groups: to.groups.map((name) => ({ name })),
        },
        restrict: ONLY_WHO_CAN_SEE,
      }),
    }),
  );
}

/** The update a person sends goes as them: Jira names them as the sender and checks they can see the issue. */
export const stakeholderNotifierAsUser: StakeholderNotifier = { notify: (issueKey, message, to) => notify('user', issueKey, message, to) };

/** GET /rest/api/3/issue/{issueIdOrKey}?fields=assignee as the app (the sweep has no user). */
async function assignee(issueKey: string): Promise<string | null> {
  const { body } = await jiraRequest<{ fields?: { assignee?: { accountId?: string } | null } }>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}?fields=assignee`),
  );
  return body.fields?.assignee?.accountId ?? null;
}

/** The sweep's reminders go as the app. */
export const stakeholderJiraAsApp: StakeholderJiraAsApp = { notify: (issueKey, message, to) => notify('app', issueKey, message, to), assignee };

export { stakeholderStore };
