/**
 * Stakeholder updates' Jira calls. Each cites the Jira Cloud REST v3 operation it uses.
 */
import { route } from '@forge/api';
import type { UpdateRecipients } from '../domain/stakeholders/update-recipients';
import { rejoinCadence } from '../usecases/stakeholder-cadence';
import type { StakeholderJiraAsApp, StakeholderNotifier } from '../usecases/stakeholder-ports';
import { type JiraActor, jiraRequest } from './jira/jira-client';
import { jiraAsApp, sendNotification } from './jira/jira-issue-service';
import { logEvent } from './log';
import { configStore } from './storage/config-store';
import { incidentStore } from './storage/incident-store';
import { stakeholderStore } from './storage/stakeholder-store';

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/notify
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-notify-post):
 * to the named people and groups only, never the reporter, assignee, watchers or voters as such,
 * and with `restrict` so Jira drops anyone who cannot browse the issue (jira-issue-service.ts
 * sendNotification). Nobody to tell sends nothing.
 */
async function notify(actor: JiraActor, issueKey: string, message: { subject: string; textBody: string }, to: UpdateRecipients): Promise<void> {
  if (to.users.length + to.groups.length === 0) return;
  const recipients = { reporter: false, assignee: false, users: to.users.map((accountId) => ({ accountId })), groups: to.groups.map((name) => ({ name })) };
  await sendNotification(issueKey, message, recipients, actor);
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

/**
 * After an issue event that changed the status: an incident reopened in Jira rejoins the
 * reminders' index. Never throws: the event's other work must not fail for it.
 */
export async function rejoinStakeholderCadenceQuietly(issueId: string): Promise<void> {
  await rejoinCadence({ jira: jiraAsApp, store: incidentStore, config: configStore, stakeholders: stakeholderStore, log: logEvent }, issueId).catch(
    (e: unknown) => logEvent('stakeholders.rejoin.failed', { issueId, error: String(e) }),
  );
}

export { stakeholderStore };
