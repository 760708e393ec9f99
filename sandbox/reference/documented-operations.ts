/**
 * Operations of Atlassian's Jira Service Management and Confluence v2 OpenAPI documents that the app
 * calls, with the scope fields exactly as each document lists them. Atlassian publishes both documents
 * (JSM_DOCUMENT, CONFLUENCE_V2_DOCUMENT) under its customer agreement and developer terms, which do not
 * say that a copy may be redistributed, so the repository keeps this table instead of a copy (the
 * Jira platform document, Apache-2.0, is kept whole in this folder). Read from the copies vendored in
 * the public GitHub repository xvrh/atlassian_apis (tool/apis/service_management.json and
 * tool/apis/confluence_v2.json, refreshed from Atlassian on 2023-08-28), checked against the live
 * reference pages named per group below. An app call to an operation not in its table is refused by
 * the local site as undocumented, so a new call cannot pass unjudged: add its row from the document.
 */
export interface DocumentedOperation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** The path as called, with the document's parameter names in braces. */
  template: string;
  operationId: string;
  /** As the document lists it: the classic set ("Current") and the granular set ("Beta"). */
  'x-atlassian-oauth2-scopes': { scheme: string; scopes: string[]; state: 'Current' | 'Beta' }[];
  /** As the document lists it (scheme name to scopes; basic auth has none). */
  security: Record<string, string[]>[];
}

export const JSM_DOCUMENT = 'https://developer.atlassian.com/cloud/jira/service-desk/swagger.v3.json';
export const CONFLUENCE_V2_DOCUMENT = 'https://developer.atlassian.com/cloud/confluence/openapi-v2.v3.json';

const jsm = (template: string, operationId: string, classic: string, granular: string[]): DocumentedOperation => ({
  method: 'get',
  template,
  operationId,
  'x-atlassian-oauth2-scopes': [
    { scheme: 'OAuth2', scopes: [classic], state: 'Current' },
    { scheme: 'OAuth2', scopes: granular, state: 'Beta' },
  ],
  security: [{ OAuth2: [classic] }],
});

/** https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/ (servers: the site's root, paths whole). */
export const JSM_OPERATIONS: readonly DocumentedOperation[] = [
  jsm('/rest/servicedeskapi/servicedesk', 'getServiceDesks', 'read:servicedesk-request', ['read:servicedesk:jira-service-management']),
  jsm('/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype', 'getRequestTypes', 'read:servicedesk-request', ['read:requesttype:jira-service-management']),
  jsm('/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup', 'getRequestTypeGroups', 'read:servicedesk-request', [
    'read:requesttype:jira-service-management',
  ]),
];

const confluence = (method: DocumentedOperation['method'], path: string, operationId: string, scope: string): DocumentedOperation => ({
  method,
  template: `/wiki/api/v2${path}`,
  operationId,
  'x-atlassian-oauth2-scopes': [{ scheme: 'oAuthDefinitions', scopes: [scope], state: 'Current' }],
  security: [{ basicAuth: [] }, { oAuthDefinitions: [scope] }],
});

/**
 * https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/ and …/api-group-space/
 * (servers: `https://{your-domain}/wiki/api/v2`, so the document's `/pages` is called as `/wiki/api/v2/pages`).
 */
export const CONFLUENCE_V2_OPERATIONS: readonly DocumentedOperation[] = [
  confluence('get', '/spaces', 'getSpaces', 'read:space:confluence'),
  confluence('get', '/pages', 'getPages', 'read:page:confluence'),
  confluence('post', '/pages', 'createPage', 'write:page:confluence'),
  confluence('get', '/pages/{id}', 'getPageById', 'read:page:confluence'),
  confluence('put', '/pages/{id}', 'updatePage', 'write:page:confluence'),
];

/** The operation of `table` a request is, or null. */
export function findDocumentedOperation(table: readonly DocumentedOperation[], method: string, pathname: string): DocumentedOperation | null {
  const m = method.toLowerCase();
  return table.find((op) => op.method === m && new RegExp(`^${op.template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname)) ?? null;
}

/**
 * The table as a minimal OpenAPI document (paths and their scope fields only), the shape in which
 * @forge/lint's permission check reads Atlassian's documents (USE_LOCAL_SWAGGER), so it judges the
 * app's calls to these products too.
 */
export function asOpenApiPaths(table: readonly DocumentedOperation[], prefix = ''): { paths: Record<string, Record<string, object>> } {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of table) {
    const path = op.template.slice(prefix.length);
    paths[path] = { ...paths[path], [op.method]: { operationId: op.operationId, 'x-atlassian-oauth2-scopes': op['x-atlassian-oauth2-scopes'], security: op.security } };
  }
  return { paths };
}
