/**
 * Jira's error shape for REST v3: `{ errorMessages: string[], errors: { field: message } }`
 * (ErrorCollection, https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes).
 */
export function jiraError(status: number, errorMessages: string[], errors: Record<string, string> = {}): Response {
  return Response.json({ errorMessages, errors }, { status });
}

/** Jira answers 404 both for a missing issue and for one the caller cannot see. */
export const issueNotFound = () => jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
