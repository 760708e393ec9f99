/**
 * Send notification for issue: kept in a visible outbox instead of sent as email.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-notify-post
 * And the issue's watchers, which the site derives rather than stores: the reporter and the
 * assignee (Jira's default "watch issues you create or are assigned").
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-watchers/#api-rest-api-3-issue-issueidorkey-watchers-get
 */
import { Hono } from 'hono';
import { GROUPS, USERS } from '../../state/directory';
import { canSeeIssue, hasIssuePermission, isKnownPermission } from '../../state/permissions';
import type { StoredIssue } from '../../state/site-state';
import { userBean } from '../issue-bean';
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
  restrict?: {
    groups?: { name?: string; groupId?: string }[];
    groupIds?: string[];
    permissions?: { id?: string; key?: string }[];
  };
}

const watchersOf = (issue: StoredIssue): string[] => [...new Set([issue.fields.reporter, issue.fields.assignee].filter((a): a is string => a !== null))];

/**
 * The `restrict` filter, read strictly: "List of group memberships required" and "List of
 * permissions required" are taken as all of them (a recipient must be in every group and hold every
 * permission on the issue). An unknown group or permission is refused, as Jira refuses unknown groups in `to`.
 */
function restrictionFilter(issue: StoredIssue, restrict: NotifyBody['restrict']): ((accountId: string) => boolean) | string {
  if (!restrict) return () => true;
  const groups = [...(restrict.groups ?? []).map((g) => g.name ?? g.groupId ?? ''), ...(restrict.groupIds ?? [])].map((ref) => ({
    ref,
    group: GROUPS.find((g) => g.name === ref || g.groupId === ref),
  }));
  const unknownGroup = groups.find((g) => !g.group);
  if (unknownGroup) return `Group '${unknownGroup.ref}' does not exist.`;
  const permissions = (restrict.permissions ?? []).map((p) => p.key ?? p.id ?? '');
  const unknownPermission = permissions.find((p) => !isKnownPermission(p));
  if (unknownPermission !== undefined) return `Permission '${unknownPermission}' does not exist.`;
  return (accountId) =>
    groups.every((g) => (g.group!.members as readonly string[]).includes(accountId)) &&
    permissions.every((p) => isKnownPermission(p) && (p === 'BROWSE_PROJECTS' ? canSeeIssue(accountId, issue) : hasIssuePermission(accountId, issue, p)));
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
    if (to.reporter && issue.fields.reporter) recipients.add(issue.fields.reporter);
    if (to.assignee && issue.fields.assignee) recipients.add(issue.fields.assignee);
    if (to.watchers) for (const w of watchersOf(issue)) recipients.add(w);
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
    const mayReceive = restrictionFilter(issue, body.restrict);
    if (typeof mayReceive === 'string') return jiraError(400, [], { restrict: mayReceive });
    deps.state.outbox.push({
      id: String(deps.state.seq.message++),
      issueKey: issue.key,
      sentAt: deps.clock.nowIso(),
      sentBy: caller.accountId,
      subject: body.subject ?? `[${issue.key}] ${issue.fields.summary}`,
      textBody: body.textBody ?? null,
      htmlBody: body.htmlBody ?? null,
      recipients: [...recipients].filter(mayReceive),
    });
    return c.body(null, 204);
  });

  // GET /rest/api/3/issue/{issueIdOrKey}/watchers -> Watchers
  app.get('/issue/:idOrKey/watchers', (c) => {
    const caller = c.env.caller;
    const issue = deps.issues.find(c.req.param('idOrKey'));
    if (!issue || !canSeeIssue(caller.accountId, issue)) return issueNotFound();
    const watchers = watchersOf(issue);
    return c.json({
      self: `${deps.baseUrl}/rest/api/3/issue/${issue.key}/watchers`,
      isWatching: watchers.includes(caller.accountId),
      watchCount: watchers.length,
      watchers: watchers.map((w) => userBean(w, deps.baseUrl)),
    });
  });

  return app;
}
