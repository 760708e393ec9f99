/**
 * The Jira Service Management operations the local site serves, for the spec gate: the rows of
 * sandbox/reference/documented-operations.ts (scopes as Atlassian's JSM OpenAPI document lists them).
 * The answers' shapes are judged by jira.js 6's service-desk schemas in the contract test.
 */
import { findDocumentedOperation, JSM_OPERATIONS, type DocumentedOperation } from '../reference/documented-operations';

export { JSM_OPERATIONS };

/** The JSM operation a request is, or null. */
export function jsmOperation(method: string, pathname: string): DocumentedOperation | null {
  return pathname.startsWith('/rest/servicedeskapi/') ? findDocumentedOperation(JSM_OPERATIONS, method, pathname) : null;
}
