/**
 * Enhanced JQL search and approximate count.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-approximate-count-post
 * Rules kept: bounded JQL only (400 otherwise), pages linked by nextPageToken (no startAt, no
 * total), maxResults default 50 and capped (5,000 for id/key only, 100 otherwise), at most 5
 * `properties`, at most 50 `reconcileIssues`, results eventually consistent.
 */
import { Hono } from 'hono';
import { compileJql } from '../../jql/compile-jql';
import { JqlError } from '../../jql/jql-error';
import { canSeeIssue } from '../../state/permissions';
import { csv, issueBean, selectFields } from '../issue-bean';
import type { Caller, JiraDeps, JiraEnv } from '../jira-env';
import { jiraError } from '../jira-errors';
import { issueLinkBeans } from './issue-link-routes';

export const MAX_SEARCH_PROPERTIES = 5;
export const MAX_RECONCILE_ISSUES = 50;
const DEFAULT_MAX_RESULTS = 50;

interface SearchParams {
  jql: string;
  nextPageToken?: string;
  maxResults?: number;
  fields?: string[];
  properties?: string[];
  reconcileIssues?: string[];
}

export function searchRoutes(deps: JiraDeps) {
  const app = new Hono<JiraEnv>();

  app.get('/search/jql', (c) => {
    const q = c.req.query();
    const maxResults = q.maxResults !== undefined ? Number(q.maxResults) : undefined;
    return search(deps, c.env.caller, {
      jql: q.jql ?? '',
      nextPageToken: q.nextPageToken,
      maxResults,
      fields: csv(q.fields),
      properties: csv(q.properties),
      reconcileIssues: csv(q.reconcileIssues),
    });
  });

  app.post('/search/jql', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Partial<SearchParams> | null;
    if (!body || typeof body !== 'object') return jiraError(400, ['The request body is not valid JSON.']);
    return search(deps, c.env.caller, { ...body, jql: body.jql ?? '', reconcileIssues: (body.reconcileIssues ?? []).map(String) });
  });

  app.post('/search/approximate-count', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { jql?: string } | null;
    try {
      const matches = matching(deps, c.env.caller, body?.jql ?? '', new Set());
      return c.json({ count: matches.length });
    } catch (e) {
      if (e instanceof JqlError) return jiraError(400, [e.message]);
      throw e;
    }
  });

  return app;
}

function matching(deps: JiraDeps, caller: Caller, jql: string, reconcile: ReadonlySet<string>) {
  // Naming an issue that does not exist (deleted) or that the caller cannot see: Jira answers 400 for keys;
  // for ids the docs are silent, so by default the site answers 400 too (the stricter reading), and tests
  // also run the app with such ids simply matching nothing (site.searchUnknownIssue = 'ignore').
  const knownIssue =
    deps.searchUnknownIssue?.() === 'ignore'
      ? undefined
      : (ref: string) => {
          const issue = deps.issues.find(ref);
          return issue !== undefined && canSeeIssue(caller.accountId, issue);
        };
  const compiled = compileJql(jql, {
    indexed: deps.manifest.indexedValues,
    now: deps.clock.now(),
    accountId: caller.accountId,
    requireBounded: true,
    ...(knownIssue ? { knownIssue } : {}),
  });
  return deps.search
    .view(reconcile)
    .filter((i) => canSeeIssue(caller.accountId, i) && compiled.matches(i))
    .sort(compiled.compare);
}

function search(deps: JiraDeps, caller: Caller, params: SearchParams): Response {
  const properties = params.properties ?? [];
  if (properties.length > MAX_SEARCH_PROPERTIES) return jiraError(400, [`You can request at most ${MAX_SEARCH_PROPERTIES} issue properties.`]);
  const reconcile = params.reconcileIssues ?? [];
  if (reconcile.length > MAX_RECONCILE_ISSUES) return jiraError(400, [`You can reconcile at most ${MAX_RECONCILE_ISSUES} issues.`]);
  const fields = params.fields && params.fields.length > 0 ? params.fields : ['id'];
  const idOnly = fields.every((f) => f === 'id' || f === 'key');
  const cap = idOnly ? 5000 : 100;
  const requested = params.maxResults ?? DEFAULT_MAX_RESULTS;
  if (!Number.isInteger(requested) || requested < 0) return jiraError(400, ["The value of 'maxResults' must be a non-negative integer."]);
  const pageSize = Math.min(requested, cap);
  const offset = decodeToken(params.nextPageToken, params.jql);
  if (offset === null) return jiraError(400, ['The nextPageToken is invalid or expired.']);
  let all;
  try {
    all = matching(deps, caller, params.jql, new Set(reconcile));
  } catch (e) {
    if (e instanceof JqlError) return jiraError(400, [e.message]);
    throw e;
  }
  const page = all.slice(offset, offset + pageSize);
  const selected = selectFields(
    fields.filter((f) => f !== 'id'),
    [],
  );
  const issues = page.map((i) =>
    issueBean(
      i,
      selected,
      properties,
      deps.baseUrl,
      caller.accountId,
      selected.has('issuelinks') ? issueLinkBeans(deps.issues, i, caller.accountId, deps.baseUrl) : [],
    ),
  );
  const more = offset + pageSize < all.length;
  // The last page's token: the document types it as a non-nullable string, though its description says
  // it "will be null"; clients report it absent. The site omits it by default (the stricter reading of
  // the type); the app accepts both, and tests try both (searchLastPageToken = 'null').
  const last = deps.searchLastPageToken?.() === 'absent' ? {} : { nextPageToken: null };
  return Response.json({ issues, ...(more ? { nextPageToken: encodeToken(offset + pageSize, params.jql) } : last), isLast: !more });
}

/** The token is opaque to clients; ours binds the offset to the query so a token cannot be reused for another. */
function encodeToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: hash(jql) })).toString('base64url');
}

function decodeToken(token: string | undefined, jql: string): number | null {
  if (!token) return 0;
  try {
    const { o, q } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o: number; q: string };
    return Number.isInteger(o) && o >= 0 && q === hash(jql) ? o : null;
  } catch {
    return null;
  }
}

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h.toString(36);
}
