/**
 * Comments with ADF bodies.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/
 * Reads give each caller only the comments they may read: a visibility restriction admits its group
 * or role, and a JSM customer reads public comments only (sandbox/state/comment-visibility.ts).
 */
import { Hono } from 'hono';
import { canSeeComment, visibleComments } from '../../state/comment-visibility';
import { canSeeIssue, hasGlobalPermission, hasIssuePermission } from '../../state/permissions';
import type { AdfDoc, StoredComment } from '../../state/site-state';
import { commentBean, csv } from '../issue-bean';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { issueNotFound, jiraError } from '../jira-errors';
import { isAdfDoc } from './adf';
import { sendMentionEmails } from '../../state/jira-notifications';

/** Jira refuses comment bodies past 32,767 characters. */
const MAX_COMMENT_LENGTH = 32_767;

export function commentRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  // GET /rest/api/3/issue/{issueIdOrKey}/comment?startAt=&maxResults=&expand=properties  (paged, oldest first)
  app.get('/issue/:idOrKey/comment', (c) => {
    const issue = deps.issues.find(c.req.param('idOrKey'));
    if (!issue || !canSeeIssue(c.env.caller.accountId, issue)) return issueNotFound();
    const startAt = Number(c.req.query('startAt') ?? 0);
    const maxResults = Math.min(Number(c.req.query('maxResults') ?? 100), 5000);
    const readable = visibleComments(c.env.caller.accountId, issue);
    const page = readable.slice(startAt, startAt + maxResults);
    const expandProperties = csv(c.req.query('expand')).includes('properties');
    return c.json({ startAt, maxResults, total: readable.length, comments: page.map((cm) => commentBean(cm, deps.baseUrl, issue.id, expandProperties)) });
  });

  // POST /rest/api/3/issue/{issueIdOrKey}/comment { body: ADF, visibility?, properties? } -> 201 comment
  app.post('/issue/:idOrKey/comment', async (c) => {
    const caller = c.env.caller;
    const issue = deps.issues.find(c.req.param('idOrKey'));
    if (!issue || !canSeeIssue(caller.accountId, issue)) return issueNotFound();
    // Atlassian's spec documents no 403 here (201, 400, 401, 404, 413): without Add comments the request is invalid.
    if (!hasIssuePermission(caller.accountId, issue, 'ADD_COMMENTS')) return jiraError(400, ['You do not have permission to add comments to this issue.']);
    const body = (await c.req.json().catch(() => null)) as { body?: unknown; visibility?: { type?: string; value?: string }; properties?: unknown } | null;
    if (!body || !isAdfDoc(body.body)) return jiraError(400, [], { comment: 'Comment body is not valid! Send an Atlassian Document Format document.' });
    if (JSON.stringify(body.body).length > MAX_COMMENT_LENGTH)
      return jiraError(400, [], { comment: `The entered text is too long. It exceeds the allowed limit of ${MAX_COMMENT_LENGTH} characters.` });
    const type = body.visibility?.type;
    const visibility: StoredComment['visibility'] = type === 'group' || type === 'role' ? { type, value: String(body.visibility?.value ?? '') } : null;
    const properties = parseProperties(body.properties);
    if (properties === null) return jiraError(400, [], { properties: 'Comment properties must be a list of { key, value } with keys up to 255 characters.' });
    const comment = deps.issues.addComment(issue, caller.accountId, body.body as AdfDoc, visibility, undefined, properties);
    sendMentionEmails(deps.state, issue, comment, deps.clock.nowIso());
    return c.json(commentBean(comment, deps.baseUrl, issue.id), 201);
  });

  // GET /rest/api/3/issue/{issueIdOrKey}/comment/{id}
  app.get('/issue/:idOrKey/comment/:id', (c) => {
    const issue = deps.issues.find(c.req.param('idOrKey'));
    if (!issue || !canSeeIssue(c.env.caller.accountId, issue)) return issueNotFound();
    const comment = issue.comments.find((cm) => cm.id === c.req.param('id'));
    // A comment the caller may not read is answered as one that does not exist (the page's 404).
    if (!comment || !canSeeComment(c.env.caller.accountId, issue, comment))
      return jiraError(404, ['Can not find a comment for the id: ' + c.req.param('id') + '.']);
    return c.json(commentBean(comment, deps.baseUrl, issue.id));
  });

  // PUT /rest/api/3/issue/{issueIdOrKey}/comment/{id} { body: ADF } -> 200 comment. The author may
  // edit their own comments (Edit Own Comments); editing others' needs Edit All Comments, which
  // the site gives to administrators only.
  app.put('/issue/:idOrKey/comment/:id', async (c) => {
    const caller = c.env.caller;
    const issue = deps.issues.find(c.req.param('idOrKey'));
    if (!issue || !canSeeIssue(caller.accountId, issue)) return issueNotFound();
    const comment = issue.comments.find((cm) => cm.id === c.req.param('id'));
    if (!comment || !canSeeComment(caller.accountId, issue, comment)) return jiraError(404, ['Can not find a comment for the id: ' + c.req.param('id') + '.']);
    if (comment.author !== caller.accountId && !hasGlobalPermission(caller.accountId, 'ADMINISTER'))
      return jiraError(403, ['You do not have the permission to edit this comment.']);
    const body = (await c.req.json().catch(() => null)) as { body?: unknown } | null;
    if (!body || !isAdfDoc(body.body)) return jiraError(400, [], { comment: 'Comment body is not valid! Send an Atlassian Document Format document.' });
    if (JSON.stringify(body.body).length > MAX_COMMENT_LENGTH)
      return jiraError(400, [], { comment: `The entered text is too long. It exceeds the allowed limit of ${MAX_COMMENT_LENGTH} characters.` });
    deps.issues.updateComment(issue, comment, body.body as AdfDoc);
    return c.json(commentBean(comment, deps.baseUrl, issue.id));
  });

  return app;
}

/** Comment properties as Jira takes them on create: [{ key, value }], key 1-255 characters. */
function parseProperties(raw: unknown): { key: string; value: unknown }[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return null;
  const out: { key: string; value: unknown }[] = [];
  for (const p of raw) {
    if (typeof p !== 'object' || p === null || typeof p.key !== 'string' || p.key.length === 0 || p.key.length > 255 || p.value === undefined) return null;
    out.push({ key: p.key, value: p.value });
  }
  return out;
}
