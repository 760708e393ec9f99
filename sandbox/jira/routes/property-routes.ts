/**
 * Issue properties: list keys, get, set, delete.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/
 * Limits: the key at most 255 characters, the value valid non-empty JSON of at most 32,768
 * characters. Reading needs Browse; setting and deleting need Browse and Edit issues.
 */
import { Hono } from 'hono';
import { canSeeIssue, hasIssuePermission } from '../../state/permissions';
import type { JiraDeps, JiraEnv } from '../jira-env';
import { issueNotFound, jiraError } from '../jira-errors';

export const MAX_PROPERTY_KEY_LENGTH = 255;
export const MAX_PROPERTY_VALUE_LENGTH = 32_768;

export function propertyRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  const issueFor = (idOrKey: string, accountId: string) => {
    const issue = deps.issues.find(idOrKey);
    return issue && canSeeIssue(accountId, issue) ? issue : null;
  };

  // GET /rest/api/3/issue/{issueIdOrKey}/properties -> { keys: [{ self, key }] }
  app.get('/issue/:idOrKey/properties', (c) => {
    const issue = issueFor(c.req.param('idOrKey'), c.env.caller.accountId);
    if (!issue) return issueNotFound();
    return c.json({
      keys: Object.keys(issue.properties).map((key) => ({ self: `${deps.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`, key })),
    });
  });

  // GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} -> { key, value }
  app.get('/issue/:idOrKey/properties/:propertyKey', (c) => {
    const issue = issueFor(c.req.param('idOrKey'), c.env.caller.accountId);
    if (!issue) return issueNotFound();
    const key = c.req.param('propertyKey');
    if (!(key in issue.properties)) return jiraError(404, [`The property with key '${key}' does not exist.`]);
    return c.json({ key, value: issue.properties[key] });
  });

  // PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} -> 201 created, 200 updated
  app.put('/issue/:idOrKey/properties/:propertyKey', async (c) => {
    const caller = c.env.caller;
    const issue = issueFor(c.req.param('idOrKey'), caller.accountId);
    if (!issue) return issueNotFound();
    const key = c.req.param('propertyKey');
    if (key.length > MAX_PROPERTY_KEY_LENGTH) return jiraError(400, [`The property key cannot be longer than ${MAX_PROPERTY_KEY_LENGTH} characters.`]);
    if (!hasIssuePermission(caller.accountId, issue, 'EDIT_ISSUES')) return jiraError(403, ['You do not have permission to edit this issue.']);
    const text = await c.req.text();
    if (text.length > MAX_PROPERTY_VALUE_LENGTH) return jiraError(400, [`The property value cannot be longer than ${MAX_PROPERTY_VALUE_LENGTH} characters.`]);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return jiraError(400, ['The property value must be valid, non-empty JSON.']);
    }
    if (text.trim() === '' || value === null) return jiraError(400, ['The property value must be valid, non-empty JSON.']);
    const outcome = deps.issues.setProperty(issue, key, value);
    return c.body(null, outcome === 'created' ? 201 : 200);
  });

  // DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} -> 204
  app.delete('/issue/:idOrKey/properties/:propertyKey', (c) => {
    const caller = c.env.caller;
    const issue = issueFor(c.req.param('idOrKey'), caller.accountId);
    if (!issue) return issueNotFound();
    // The spec documents 404 for "no permission to edit the issue" on delete (and no 403).
    if (!hasIssuePermission(caller.accountId, issue, 'EDIT_ISSUES')) return jiraError(404, ['You do not have permission to edit this issue.']);
    const key = c.req.param('propertyKey');
    if (!deps.issues.deleteProperty(issue, key)) return jiraError(404, [`The property with key '${key}' does not exist.`]);
    return c.body(null, 204);
  });

  return app;
}
