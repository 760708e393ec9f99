/**
 * Bulk set issue properties by issue, and the task it starts.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-properties-multi-post
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-tasks/#api-rest-api-3-task-taskid-get
 * Rules kept: up to 100 issues and up to 10 properties per issue; each value valid non-empty JSON
 * of at most 32,768 characters; asynchronous (303 See Other with the task's Location);
 * non-transactional: an issue the caller may not edit is skipped and reported in the task result.
 * The site applies the writes before answering, so the task is COMPLETE when first read.
 */
import { Hono } from 'hono';
import { canSeeIssue, hasIssuePermission } from '../../state/permissions';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { jiraError } from '../jira-errors';
import { MAX_PROPERTY_KEY_LENGTH, MAX_PROPERTY_VALUE_LENGTH } from './property-routes';

export const MAX_BULK_ISSUES = 100;
export const MAX_BULK_PROPERTIES_PER_ISSUE = 10;

interface BulkBody {
  issues?: { issueID?: number; properties?: Record<string, unknown> }[];
}

interface TaskRecord {
  id: string;
  submittedBy: string;
  submitted: number;
  result: { updated: number[]; failed: { issueID: number; reason: string }[] };
}

export function bulkPropertyRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();
  const tasks = new Map<string, TaskRecord>();
  let nextTaskId = 10_000;

  app.post('/issue/properties/multi', async (c) => {
    const caller = c.env.caller;
    const body = (await c.req.json().catch(() => null)) as BulkBody | null;
    if (!body || !Array.isArray(body.issues) || body.issues.length === 0)
      return jiraError(400, ['Issues must be provided: a list of issue ids with their properties.']);
    if (body.issues.length > MAX_BULK_ISSUES) return jiraError(400, [`You can set properties on at most ${MAX_BULK_ISSUES} issues in one request.`]);
    for (const entry of body.issues) {
      const props = entry.properties ?? {};
      if (!Number.isInteger(entry.issueID)) return jiraError(400, ['Each entry needs a numeric issueID.']);
      if (Object.keys(props).length === 0 || Object.keys(props).length > MAX_BULK_PROPERTIES_PER_ISSUE)
        return jiraError(400, [`Each issue takes 1 to ${MAX_BULK_PROPERTIES_PER_ISSUE} properties.`]);
      for (const [key, value] of Object.entries(props)) {
        if (key.length > MAX_PROPERTY_KEY_LENGTH) return jiraError(400, [`The property key cannot be longer than ${MAX_PROPERTY_KEY_LENGTH} characters.`]);
        if (value === null || value === undefined) return jiraError(400, ['The property value must be valid, non-empty JSON.']);
        if (JSON.stringify(value).length > MAX_PROPERTY_VALUE_LENGTH)
          return jiraError(400, [`The property value cannot be longer than ${MAX_PROPERTY_VALUE_LENGTH} characters.`]);
      }
    }
    const result: TaskRecord['result'] = { updated: [], failed: [] };
    for (const entry of body.issues) {
      const issue = deps.issues.find(String(entry.issueID));
      if (!issue || !canSeeIssue(caller.accountId, issue) || !hasIssuePermission(caller.accountId, issue, 'EDIT_ISSUES')) {
        result.failed.push({ issueID: entry.issueID!, reason: 'The issue does not exist or you do not have permission to edit it.' });
        continue;
      }
      for (const [key, value] of Object.entries(entry.properties!)) deps.issues.setProperty(issue, key, value);
      result.updated.push(entry.issueID!);
    }
    const id = String(++nextTaskId);
    tasks.set(id, { id, submittedBy: caller.accountId, submitted: deps.clock.now(), result });
    if (tasks.size > 200) tasks.delete(tasks.keys().next().value!);
    return c.body(null, 303, { Location: `${deps.baseUrl}/rest/api/3/task/${id}` });
  });

  app.get('/task/:taskId', (c) => {
    const task = tasks.get(c.req.param('taskId'));
    if (!task || task.submittedBy !== c.env.caller.accountId) return jiraError(404, [`Task ${c.req.param('taskId')} does not exist.`]);
    const at = new Date(task.submitted).toISOString();
    return c.json({
      self: `${deps.baseUrl}/rest/api/3/task/${task.id}`,
      id: task.id,
      description: 'Bulk set issue properties by issue',
      status: 'COMPLETE',
      result: JSON.stringify(task.result),
      submittedBy: 0,
      progress: 100,
      elapsedRuntime: 0,
      submitted: task.submitted,
      started: task.submitted,
      finished: task.submitted,
      lastUpdate: task.submitted,
      message: `Finished at ${at}`,
    });
  });

  return app;
}
