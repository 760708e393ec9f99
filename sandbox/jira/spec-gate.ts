/**
 * What the platform's front door does with an app's request before any route sees it, judged by
 * Atlassian's documents: Jira's spec (jira-spec.ts, both scope fields), Jira Service Management's and
 * Confluence v2's documented operations (sandbox/reference/documented-operations.ts), and Forge
 * storage, which needs `storage:app` (https://developer.atlassian.com/platform/forge/manifest-reference/scopes-forge/).
 * For Jira:
 * - an operation the spec does not document is refused (404): the app may rely only on documented routes;
 * - an operation whose scopes the manifest does not grant is refused as Jira refuses it, 401
 *   `{"code":401,"message":"Unauthorized; scope does not match"}` (the spec lists each operation's
 *   scope sets in `x-atlassian-oauth2-scopes`; a set is granted when all its scopes are);
 * - a JSON body that does not fit the documented request schema gets 400, as Jira validates bodies.
 * And what the local site answers is checked against the documented response schema: a mismatch is a
 * bug of the local site, collected in `violations` (Site.close() fails on any).
 */
import { CONFLUENCE_V2_OPERATIONS, findDocumentedOperation } from '../reference/documented-operations';
import { documentedScopeSets, jiraOperation, requestBodyProblems, responseProblems, scopesAllow } from './jira-spec';
import { jiraError } from './jira-errors';

/** Forge storage's one scope (KVS and custom entities). */
export const STORAGE_SCOPE = 'storage:app';

export class SpecGate {
  /** Documented operations the app called through this site, with how often. */
  readonly operations = new Map<string, { count: number; scopeSets: string[][] }>();
  readonly violations: string[] = [];
  /** App requests refused because the manifest lacks their scopes, or their body or route is not the spec's. */
  readonly refused: string[] = [];
  responsesChecked = 0;

  constructor(private readonly grantedScopes: () => readonly string[]) {}

  /** null when the request may go on; else the response Jira would give instead. */
  async admitAppRequest(request: Request): Promise<Response | null> {
    const path = new URL(request.url).pathname;
    const op = jiraOperation(request.method, path);
    if (!op) {
      this.refused.push(`${request.method} ${path}: not in the spec`);
      return jiraError(404, [`${request.method} ${path} is not an operation in Atlassian's Jira REST v3 spec (sandbox/reference).`]);
    }
    if (!this.scopesGranted(op.name, op.scopeSets)) return Response.json({ code: 401, message: 'Unauthorized; scope does not match' }, { status: 401 });
    const type = request.headers.get('content-type') ?? '';
    if (request.body && type.includes('application/json')) {
      const text = await request.clone().text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return jiraError(400, ['The request body is not valid JSON.']);
      }
      const problems = body === undefined ? [] : requestBodyProblems(op, body);
      if (problems.length > 0) this.refused.push(`${op.name}: body ${problems.join('; ')}`);
      if (problems.length > 0)
        return jiraError(
          400,
          problems.map((p) => `The request body does not match ${op.name}: ${p}`),
        );
    }
    return null;
  }

  /**
   * A Confluence v2 request of the app: an operation the document does not list is refused (404), one
   * whose scopes the manifest lacks gets 401 in Confluence v2's error shape.
   */
  admitConfluenceRequest(request: Request): Response | null {
    const path = new URL(request.url).pathname;
    const op = findDocumentedOperation(CONFLUENCE_V2_OPERATIONS, request.method, path);
    const problem = (status: number, title: string) =>
      Response.json({ errors: [{ status, code: status === 404 ? 'NOT_FOUND' : 'UNAUTHORIZED', title, detail: null }] }, { status });
    if (!op) {
      this.refused.push(`${request.method} ${path}: not in Confluence's v2 document`);
      return problem(404, `${request.method} ${path} is not an operation of Confluence's REST v2 document (sandbox/reference/documented-operations.ts).`);
    }
    return this.scopesGranted(`${request.method.toUpperCase()} ${op.template}`, documentedScopeSets(op))
      ? null
      : problem(401, 'Unauthorized; scope does not match');
  }

  /**
   * A Forge storage request of the app: refused without `storage:app`. Forge documents the scope as
   * required and not what a call without it answers; the local site refuses every such call (403),
   * the stricter reading.
   */
  admitStorageRequest(): Response | null {
    return this.scopesGranted('Forge storage (KVS)', [[STORAGE_SCOPE]])
      ? null
      : Response.json({ code: 'FORBIDDEN', message: `The app's manifest does not grant ${STORAGE_SCOPE}.` }, { status: 403 });
  }

  /** Counts the call and says whether the manifest grants one of the scope sets (none documented: allowed). */
  private scopesGranted(name: string, scopeSets: string[][]): boolean {
    const seen = this.operations.get(name) ?? { count: 0, scopeSets };
    seen.count += 1;
    this.operations.set(name, seen);
    if (scopesAllow({ scopeSets }, this.grantedScopes())) return true;
    this.refused.push(`${name}: needs ${scopeSets.map((set) => set.join(' + ')).join(' or ')}`);
    return false;
  }

  /** Calls the app made through this gate. */
  get appCalls(): number {
    return [...this.operations.values()].reduce((n, o) => n + o.count, 0);
  }

  /** Checks one answer of the local site against the spec (rate limits and 5xx, which Jira may answer anywhere, excepted). */
  async checkResponse(method: string, path: string, response: Response): Promise<void> {
    if (response.status === 429 || response.status >= 500) return;
    this.responsesChecked += 1;
    const text = response.status === 204 ? '' : await response.clone().text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    for (const p of responseProblems(method, path, response.status, body)) if (this.violations.length < 50) this.violations.push(p);
  }
}
