/**
 * The Jira Service Management operations the local site serves, for the spec gate. Atlassian
 * publishes no JSM OpenAPI document beside the platform one in sandbox/reference, so the
 * operations and their OAuth scopes are copied here from the JSM REST reference pages; the answers'
 * shapes are judged by jira.js 6's service-desk schemas in the contract test instead.
 * Scopes (classic): read:servicedesk-request, from "OAuth 2.0 scopes required" on each page:
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/
 */
export interface JsmOperation {
  method: 'get';
  template: string;
  operationId: string;
  scopes: string[];
}

export const JSM_OPERATIONS: readonly JsmOperation[] = [
  { method: 'get', template: '/rest/servicedeskapi/servicedesk', operationId: 'getServiceDesks', scopes: ['read:servicedesk-request'] },
  {
    method: 'get',
    template: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype',
    operationId: 'getRequestTypes',
    scopes: ['read:servicedesk-request'],
  },
  {
    method: 'get',
    template: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup',
    operationId: 'getRequestTypeGroups',
    scopes: ['read:servicedesk-request'],
  },
];

const compiled = JSM_OPERATIONS.map((op) => ({ op, pattern: new RegExp(`^${op.template.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));

/** The JSM operation a request is, or null. */
export function jsmOperation(method: string, pathname: string): JsmOperation | null {
  return compiled.find((c) => c.op.method === method.toLowerCase() && c.pattern.test(pathname))?.op ?? null;
}
