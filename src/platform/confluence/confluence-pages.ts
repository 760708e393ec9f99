/**
 * Confluence pages through the REST API v2, as the user (their space permissions apply).
 * https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/ and
 * https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-space/
 * The app declares Confluence optional (manifest app.compatibility): a site without it answers
 * 404, which reads as "no space".
 */
import api, { route, type APIResponse, type RequestInit, type Route } from '@forge/api';
import type { PageWithdrawal } from '../../usecases/contain-restriction';
import type { ConfluencePages, PageRef } from '../../usecases/report-ports';

export class ConfluenceRequestError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`Confluence answered ${status}: ${detail}`);
    this.name = 'ConfluenceRequestError';
  }
}

/** What a call site is handed: Confluence as the user. */
interface ConfluenceRequester {
  requestConfluence(path: Route, init?: RequestInit): Promise<APIResponse>;
}

/** The options of a request with a JSON body: `{ method: 'POST', ...jsonBody(body) }`. */
const jsonBody = (body: unknown) => ({ headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/**
 * One Confluence request as the user. Call sites write `(confluence) => confluence.requestConfluence(route`…`, { method: 'PUT', … })`,
 * a literal route and method that Atlassian's linter judges against the manifest's scopes.
 */
async function request<T>(
  call: (confluence: ConfluenceRequester) => Promise<APIResponse>,
  as: 'user' | 'app' = 'user',
): Promise<{ status: number; body: T | undefined }> {
  const user = as === 'app' ? api.asApp() : api.asUser();
  const res = await call({
    requestConfluence: (path, init) => user.requestConfluence(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } }),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok && res.status !== 404) {
    const detail = (body as { errors?: { title?: string }[] } | undefined)?.errors?.[0]?.title ?? text.slice(0, 200);
    throw new ConfluenceRequestError(res.status, detail);
  }
  return { status: res.status, body: res.ok ? (body as T) : undefined };
}

interface PageBean {
  id: string;
  version?: { number?: number };
  _links?: { webui?: string; base?: string };
}

const toRef = (page: PageBean, base: string | undefined): PageRef => ({
  id: page.id,
  version: page.version?.number ?? 1,
  url: `${page._links?.base ?? base ?? ''}${page._links?.webui ?? ''}`,
});

/** The body Confluence stores: ADF as a JSON string (representation atlas_doc_format). */
const adfBody = (adf: object) => ({ representation: 'atlas_doc_format', value: JSON.stringify(adf) });

export const confluencePages: ConfluencePages = {
  async spaceId(spaceKey) {
    const { body } = await request<{ results?: { id: string; key: string }[] }>((confluence) =>
      confluence.requestConfluence(route`/wiki/api/v2/spaces?keys=${spaceKey}`),
    );
    return body?.results?.find((s) => s.key === spaceKey)?.id ?? null;
  },
  async findByTitle(spaceId, title) {
    const { body } = await request<{ results?: PageBean[] }>((confluence) =>
      confluence.requestConfluence(route`/wiki/api/v2/pages?space-id=${spaceId}&title=${title}`),
    );
    const page = body?.results?.[0];
    return page ? toRef(page, undefined) : null;
  },
  async create(spaceId, title, adf) {
    const { status, body } = await request<PageBean>((confluence) =>
      confluence.requestConfluence(route`/wiki/api/v2/pages`, { method: 'POST', ...jsonBody({ spaceId, status: 'current', title, body: adfBody(adf) }) }),
    );
    if (!body) throw new ConfluenceRequestError(status, 'the space is gone');
    return toRef(body, undefined);
  },
  async update(pageId, title, adf) {
    // Optimistic locking: the update names the version it creates, so read the current one first.
    const current = await request<PageBean>((confluence) => confluence.requestConfluence(route`/wiki/api/v2/pages/${pageId}`));
    if (!current.body) return null;
    const next = (current.body.version?.number ?? 1) + 1;
    const { body } = await request<PageBean>((confluence) =>
      confluence.requestConfluence(route`/wiki/api/v2/pages/${pageId}`, {
        method: 'PUT',
        ...jsonBody({ id: pageId, status: 'current', title, body: adfBody(adf), version: { number: next, message: 'Regenerated from the incident' } }),
      }),
    );
    return body ? toRef(body, undefined) : null;
  },
};

/**
 * A report page withdrawn once its incident is restricted, as the app (no user is there when a
 * sweep or an event restricts it): PUT /wiki/api/v2/pages/{id} with the next version, a neutral
 * title and a notice (write:page:confluence, already granted for publishing). A page already
 * withdrawn is left alone, so a repeated call writes no new version. The app's Confluence user
 * needs edit permission in the reports space (docs/admin-guide.md).
 */
export const confluenceWithdrawal: PageWithdrawal = {
  async withdraw(pageId, title, adf) {
    const current = await request<PageBean & { title?: string }>((confluence) => confluence.requestConfluence(route`/wiki/api/v2/pages/${pageId}`), 'app');
    if (!current.body) return 'gone';
    if (current.body.title === title) return 'withdrawn';
    const next = (current.body.version?.number ?? 1) + 1;
    const { body } = await request<PageBean>(
      (confluence) =>
        confluence.requestConfluence(route`/wiki/api/v2/pages/${pageId}`, {
          method: 'PUT',
          ...jsonBody({
            id: pageId,
            status: 'current',
            title,
            body: adfBody(adf),
            version: { number: next, message: 'Withdrawn: the incident is restricted' },
          }),
        }),
      'app',
    );
    return body ? 'withdrawn' : 'gone';
  },
};

/**
 * GET /wiki/api/v2/spaces?limit=250 as the user: the spaces the settings page offers for reports
 * (the first 250 the admin can see). null when the site has no Confluence.
 */
export async function confluenceSpaces(): Promise<{ key: string; name: string }[] | null> {
  const { status, body } = await request<{ results?: { key?: string; name?: string }[] }>((confluence) =>
    confluence.requestConfluence(route`/wiki/api/v2/spaces?limit=250`),
  );
  if (status === 404) return null;
  return (body?.results ?? []).filter((s) => s.key).map((s) => ({ key: s.key!, name: s.name ?? s.key! }));
}
