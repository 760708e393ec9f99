/**
 * Send notification for issue: kept in a visible outbox instead of sent as email.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-notify-post
 */
import { Hono } from 'hono';
import { GROUPS, USERS } from '../../state/directory';
import { canSeeIssue } from '../../state/permissions';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { issueNotFound, jiraError } from '../jira-errors';

interface NotifyBody {
  subject?: string;
  textBody?: string;
  htmlBody?: string;
  to?: {
    reporter?: boolean;
    assignee?: boolean;
    watchers?: boolean;
    voters?: boolean;
    users?: { accountId?: string }[];
    groups?: { name?: string; groupId?: string }[];
    groupIds?: string[];
  };
}

export function notifyRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  app.post('/issue/:idOrKey/notify', async (c) => {
    const caller = c.env.caller;
    const issue = deps.issues.find(c.req.param('idOrKey'));
    if (!issue || !canSeeIssue(caller.accountId, issue)) return issueNotFound();
    const body = (await c.req.json().catch(() => null)) as NotifyBody | null;
    if (!body || typeof body !== 'object') return jiraError(400, ['The request body is not valid JSON.']);
    if (!body.textBody && !body.htmlBody) return jiraError(400, [], { textBody: 'Either textBody or htmlBody must be provided.' });
    const to = body.to ?? { watchers: true };
    const recipients = new Set<string>();
    // The site's watchers are the reporter and the assignee.
    if ((to.reporter || to.watchers) && issue.fields.reporter) recipients.add(issue.fields.reporter);
    if ((to.assignee || to.watchers) && issue.fields.assignee) recipients.add(issue.fields.assignee);
    for (const u of to.users ?? []) {
      if (!u.accountId || !USERS.some((x) => x.accountId === u.accountId)) return jiraError(400, [], { to: `User '${u.accountId}' does not exist.` });
      recipients.add(u.accountId);
    }
    // Groups by name or id; Jira refuses a group it does not know.
    const groupRefs = [...(to.groups ?? []).map((g) => g.name ?? g.groupId ?? ''), ...(to.groupIds ?? [])];
    for (const ref of groupRefs) {
      const group = GROUPS.find((g) => g.name === ref || g.groupId === ref);
      if (!group) return jiraError(400, [], { to: `Group '${ref}' does not exist.` });
      for (const member of group.members) recipients.add(member);
    }
    deps.state.outbox.push({
      id: String(deps.state.seq.message++),
      issueKey: issue.key,
      sentAt: deps.clock.nowIso(),
      sentBy: caller.accountId,
      subject: body.subject ?? `[${issue.key}] ${issue.fields.summary}`,
      textBody: body.textBody ?? null,
      htmlBody: body.htmlBody ?? null,
      recipients: [...recipients],
    });
    return c.body(null, 204);
  });

  return app;
}
