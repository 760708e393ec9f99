/**
 * Worklogs: add, list (paged), edit, delete.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-worklogs/
 * Each change fires avi:jira:created|updated|deleted:worklog
 * (https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-worklog-events).
 */
import { Hono } from 'hono';
import { canSeeIssue, hasIssuePermission } from '../../state/permissions';
import type { StoredIssue } from '../../state/site-state';
import { worklogBean } from '../issue-bean';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { issueNotFound, jiraError } from '../jira-errors';

/** Jira's worklog list defaults to (and caps at) 5,000 per page. */
const MAX_WORKLOGS_PER_PAGE = 5000;

interface WorklogBody {
  timeSpentSeconds?: unknown;
  started?: unknown;
}

/** `started` is Jira's "2026-11-20T09:00:00.000+0000" (Date.parse reads the offset); returns ISO or null. */
function parseStarted(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function validSeconds(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 60 ? value : null;
}

export function worklogRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();
  const visible = (idOrKey: string, accountId: string): StoredIssue | null => {
    const issue = deps.issues.find(idOrKey);
    return issue && canSeeIssue(accountId, issue) ? issue : null;
  };

  // GET /rest/api/3/issue/{issueIdOrKey}/worklog?startAt=&maxResults=  (oldest first)
  app.get('/issue/:idOrKey/worklog', (c) => {
    const issue = visible(c.req.param('idOrKey'), c.env.caller.accountId);
    if (!issue) return issueNotFound();
    const all = issue.worklogs ?? [];
    const startAt = Math.max(0, Number(c.req.query('startAt') ?? 0) || 0);
    const maxResults = Math.min(Math.max(1, Number(c.req.query('maxResults') ?? MAX_WORKLOGS_PER_PAGE) || MAX_WORKLOGS_PER_PAGE), MAX_WORKLOGS_PER_PAGE);
    return c.json({
      startAt,
      maxResults,
      total: all.length,
      worklogs: all.slice(startAt, startAt + maxResults).map((w) => worklogBean(w, deps.baseUrl, issue.id)),
    });
  });

  // POST /rest/api/3/issue/{issueIdOrKey}/worklog { timeSpentSeconds, started } -> 201 worklog
  app.post('/issue/:idOrKey/worklog', async (c) => {
    const caller = c.env.caller;
    const issue = visible(c.req.param('idOrKey'), caller.accountId);
    if (!issue) return issueNotFound();
    if (!hasIssuePermission(caller.accountId, issue, 'WORK_ON_ISSUES')) return jiraError(403, ['You do not have the permission to log work on this issue.']);
    const body = (await c.req.json().catch(() => null)) as WorklogBody | null;
    const seconds = validSeconds(body?.timeSpentSeconds);
    const started = parseStarted(body?.started);
    if (seconds === null || started === null)
      return jiraError(400, [], {
        ...(seconds === null ? { timeLogged: 'Worklog must not be null and at least one minute.' } : {}),
        ...(started === null ? { started: 'Started date is invalid.' } : {}),
      });
    const worklog = deps.issues.addWorklog(issue, { author: caller.accountId, started, timeSpentSeconds: seconds }, caller.accountId, caller.selfGenerated);
    return c.json(worklogBean(worklog, deps.baseUrl, issue.id), 201);
  });

  // PUT /rest/api/3/issue/{issueIdOrKey}/worklog/{id}: the author (or an editor) changes time or start.
  app.put('/issue/:idOrKey/worklog/:id', async (c) => {
    const caller = c.env.caller;
    const issue = visible(c.req.param('idOrKey'), caller.accountId);
    const worklog = issue?.worklogs?.find((w) => w.id === c.req.param('id'));
    if (!issue || !worklog) return jiraError(404, ['Cannot find worklog with id: ' + c.req.param('id')]);
    if (worklog.author !== caller.accountId && !hasIssuePermission(caller.accountId, issue, 'EDIT_ISSUES'))
      return jiraError(403, ['You do not have the permission to edit this worklog.']);
    const body = (await c.req.json().catch(() => null)) as WorklogBody | null;
    const seconds = body?.timeSpentSeconds === undefined ? worklog.timeSpentSeconds : validSeconds(body.timeSpentSeconds);
    const started = body?.started === undefined ? worklog.started : parseStarted(body.started);
    if (seconds === null || started === null) return jiraError(400, ['Worklog time or start is invalid.']);
    deps.issues.updateWorklog(issue, worklog, { timeSpentSeconds: seconds, started }, caller.accountId, caller.selfGenerated);
    return c.json(worklogBean(worklog, deps.baseUrl, issue.id));
  });

  // DELETE /rest/api/3/issue/{issueIdOrKey}/worklog/{id} -> 204
  app.delete('/issue/:idOrKey/worklog/:id', (c) => {
    const caller = c.env.caller;
    const issue = visible(c.req.param('idOrKey'), caller.accountId);
    const worklog = issue?.worklogs?.find((w) => w.id === c.req.param('id'));
    if (!issue || !worklog) return jiraError(404, ['Cannot find worklog with id: ' + c.req.param('id')]);
    if (worklog.author !== caller.accountId && !hasIssuePermission(caller.accountId, issue, 'EDIT_ISSUES'))
      return jiraError(403, ['You do not have the permission to delete this worklog.']);
    deps.issues.deleteWorklog(issue, worklog, caller.accountId, caller.selfGenerated);
    return c.body(null, 204);
  });

  return app;
}
