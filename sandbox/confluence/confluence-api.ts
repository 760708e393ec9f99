/**
 * The emulated Confluence Cloud REST API v2 (spaces and pages), for an app that declares Confluence
 * as an optional product (app.compatibility). Pages follow
 * https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/ : create with
 * `{ spaceId, status, title, body: { representation, value } }`, update with the next version
 * number (optimistic locking: anything else is 409), titles unique within a space (400).
 * ADF bodies are validated with Atlassian's own validator, so a page the app could not publish on
 * a real site fails here too.
 */
import { Hono } from 'hono';
import { validator } from '@atlaskit/adf-utils/validator';
import { findUser } from '../state/directory';
import { emptyConfluence, type ConfluencePage, type ConfluenceState, type SiteState } from '../state/site-state';
import type { Caller } from '../jira/jira-env';

export interface ConfluenceDeps {
  state: SiteState;
  now: () => string;
  baseUrl: string;
  markDirty: () => void;
  /** Whether the site has Confluence at all; without it every call is 404. */
  enabled: () => boolean;
}

type Env = { Bindings: { caller: Caller } };
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const error = (status: number, detail: string) =>
  Response.json(
    { errors: [{ status, code: status === 409 ? 'CONFLICT' : status === 404 ? 'NOT_FOUND' : 'INVALID_REQUEST_PARAMETER', title: detail, detail }] },
    { status },
  );

export function confluenceApi(deps: ConfluenceDeps) {
  const state = (): ConfluenceState => (deps.state.confluence ??= emptyConfluence());
  const app = new Hono<Env>().basePath('/wiki/api/v2');
  const pageJson = (p: ConfluencePage, withBody: boolean) => ({
    id: p.id,
    status: p.status,
    title: p.title,
    spaceId: p.spaceId,
    authorId: p.authorId,
    createdAt: p.createdAt,
    version: { ...p.version },
    ...(withBody ? { body: { [p.body.representation]: { representation: p.body.representation, value: p.body.value } } } : {}),
    _links: { webui: `/spaces/${state().spaces.find((s) => s.id === p.spaceId)?.key}/pages/${p.id}`, base: `${deps.baseUrl}/wiki` },
  });

  app.use('*', async (c, next) => {
    if (!deps.enabled()) return error(404, 'This site has no Confluence.');
    // Portal customers have no Confluence access; licensed users and the app do (one open space).
    if (findUser(c.env.caller.accountId)?.accountType === 'customer') return error(403, 'You do not have permission to use Confluence.');
    await next();
  });

  // GET /wiki/api/v2/spaces?keys=IR
  app.get('/spaces', (c) => {
    const keys = (c.req.query('keys') ?? '').split(',').filter(Boolean);
    const spaces = state().spaces.filter((s) => keys.length === 0 || keys.includes(s.key));
    return c.json({ results: spaces.map((s) => ({ id: s.id, key: s.key, name: s.name, type: 'global', status: 'current' })), _links: {} });
  });

  // GET /wiki/api/v2/pages?space-id=&title=
  app.get('/pages', (c) => {
    const spaceId = c.req.query('space-id');
    const title = c.req.query('title');
    const pages = Object.values(state().pages).filter(
      (p) => (!spaceId || spaceId.split(',').includes(p.spaceId)) && (title === undefined || p.title === title),
    );
    return c.json({ results: pages.slice(0, 25).map((p) => pageJson(p, false)), _links: {} });
  });

  app.get('/pages/:id', (c) => {
    const page = state().pages[c.req.param('id')];
    if (!page) return error(404, 'Page not found.');
    return c.json(pageJson(page, c.req.query('body-format') !== undefined));
  });

  app.post('/pages', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Body | null;
    const space = state().spaces.find((s) => s.id === String(body?.spaceId ?? ''));
    if (!space) return error(400, 'spaceId must be the id of an existing space.');
    const problem = checkPage(body, state(), space.id, null);
    if (problem) return error(400, problem);
    const at = deps.now();
    const id = String(++state().seq);
    const page: ConfluencePage = {
      id,
      spaceId: space.id,
      title: body!.title,
      status: 'current',
      authorId: c.env.caller.accountId,
      createdAt: at,
      body: { representation: body!.body.representation, value: body!.body.value },
      version: { number: 1, authorId: c.env.caller.accountId, createdAt: at, message: '' },
    };
    state().pages[id] = page;
    deps.markDirty();
    return c.json(pageJson(page, false), 200);
  });

  app.put('/pages/:id', async (c) => {
    const page = state().pages[c.req.param('id')];
    if (!page) return error(404, 'Page not found.');
    const body = (await c.req.json().catch(() => null)) as Body | null;
    if (String(body?.id) !== page.id) return error(400, 'The id in the body must match the page id.');
    if (body?.version?.number !== page.version.number + 1) return error(409, `Version must be incremented: the page is at version ${page.version.number}.`);
    const problem = checkPage(body, state(), page.spaceId, page.id);
    if (problem) return error(400, problem);
    page.title = body!.title;
    page.body = { representation: body!.body.representation, value: body!.body.value };
    page.version = { number: page.version.number + 1, authorId: c.env.caller.accountId, createdAt: deps.now(), message: String(body!.version.message ?? '') };
    deps.markDirty();
    return c.json(pageJson(page, false));
  });

  const root = new Hono<Env>();
  root.route('/', app);
  root.notFound((c) => error(404, `The local site does not emulate Confluence ${c.req.method} ${new URL(c.req.url).pathname}.`));
  return root;
}

/** What Confluence refuses: no title, a title taken in the space, an unknown representation, invalid ADF. */
function checkPage(body: Body | null, state: ConfluenceState, spaceId: string, selfId: string | null): string | null {
  if (body?.status !== undefined && body.status !== 'current') return 'Only current pages are supported here.';
  if (typeof body?.title !== 'string' || !body.title.trim() || body.title.length > 255) return 'A page needs a title of 1 to 255 characters.';
  if (Object.values(state.pages).some((p) => p.spaceId === spaceId && p.title === body.title && p.id !== selfId))
    return 'A page with this title already exists in this space.';
  const representation = body.body?.representation;
  if (representation !== 'atlas_doc_format' && representation !== 'storage') return 'body.representation must be atlas_doc_format or storage.';
  if (typeof body.body.value !== 'string') return 'body.value must be a string.';
  if (representation === 'atlas_doc_format') {
    let doc: unknown;
    try {
      doc = JSON.parse(body.body.value);
    } catch {
      return 'body.value is not valid JSON.';
    }
    const problems: string[] = [];
    validator()(doc as never, (entity, e) => {
      problems.push(`${e.code} at ${entity.type}: ${e.message}`);
      return entity;
    });
    if (problems.length > 0) return `The ADF body is invalid: ${problems[0]}`;
  }
  return null;
}
