/**
 * Jira's error shape for REST v3: `{ errorMessages: string[], errors: { field: message } }`
 * (ErrorCollection, https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes).
 */
export function jiraError(status: number, errorMessages: string[], errors: Record<string, string> = {}): Response {
  return Response.json({ errorMessages, errors }, { status });
}

/** Jira answers 404 both for a missing issue and for one the caller cannot see. */
export const issueNotFound = () => jiraError(404, ['Issue does not exist or you do not have permission to see it.']);

/**
 * Jira Service Management's error shape: `{ errorMessage, i18nErrorMessage: { i18nKey, parameters } }`
 * (ErrorResponse in https://developer.atlassian.com/cloud/jira/service-desk/swagger.v3.json, for 401 and
 * 500 alike; additional properties are not allowed). The i18n key is the local site's own.
 */
export function jsmError(status: number, errorMessage: string): Response {
  return Response.json({ errorMessage, i18nErrorMessage: { i18nKey: 'sd.local.error', parameters: [] } }, { status });
}
