/**
 * The host end of @forge/bridge for frames on the local site: getContext, invoke, submit,
 * fetchProduct (requestJira as the current user), events (the product's and the app's own). Context shapes follow
 * https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/#getcontext
 */
import { InvokePayloadTooDeep, InvokePayloadTooLarge, UnlicensedAccessRefused } from '../runtime/app-functions';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { CLOUD_ID, ENVIRONMENT_ID, type Site } from '../site';
import { mayEditDashboard } from '../state/dashboards';
import { findUser } from '../state/directory';
import { accountTypeFor, canActAsUser } from '../state/user-kinds';
import type { EventHub } from './event-hub';
import type { Frame, FrameRegistry } from './frames';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function frameContext(site: Site, frame: Frame) {
  const user = findUser(frame.accountId);
  return {
    accountId: frame.accountId,
    cloudId: CLOUD_ID,
    environmentId: ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    extension: frame.extension,
    localId: `${frame.module.key}-${frame.id}`,
    // The viewer's Jira language, as Forge puts it in the context (`de-DE` for Jira's `de_DE`).
    locale: (user?.locale ?? 'en_US').replace('_', '-'),
    moduleKey: frame.module.key,
    siteUrl: site.baseUrl,
    timezone: user?.timeZone ?? 'UTC',
    theme: { colorMode: frame.theme },
  };
}

export function bridgeRoutes(site: Site, frames: FrameRegistry, hub: EventHub, currentUser: (cookie: string | undefined) => string) {
  const app = new Hono();

  app.post('/__bridge/:frameId', async (c) => {
    const frame = frames.get(c.req.param('frameId'));
    if (!frame) return c.json({ error: 'Unknown frame: reload the page.' }, 404);
    if (currentUser(c.req.header('cookie')) !== frame.accountId) return c.json({ error: 'The signed-in user changed: reload the page.' }, 403);
    const { method, payload } = (await c.req.json()) as { method: string; payload: Body | null };
    switch (method) {
      case 'getContext':
        return c.json({ result: frameContext(site, frame) });
      case 'invoke':
        return invoke(site, frame, payload ?? {}).then(
          (result) => c.json({ result }),
          (e: unknown) =>
            c.json(
              { error: e instanceof Error ? e.message : String(e) },
              e instanceof UnlicensedAccessRefused ? 403 : e instanceof InvokePayloadTooLarge ? 413 : e instanceof InvokePayloadTooDeep ? 400 : 500,
            ),
        );
      case 'fetchProduct':
        return c.json({ result: await fetchProduct(site, frame, payload ?? {}) });
      case 'submit':
        return c.json({ result: submit(site, frame, payload) });
      case 'close':
        return c.json({ result: frame.closeUrl ? { then: 'reload-host', url: frame.closeUrl } : undefined });
      case 'emit':
        return emit(frames, hub, frame, payload) ? c.json({ result: null }) : c.json({ error: 'events.emit needs an event name.' }, 400);
      default:
        // emitReadyEvent, changeWindowTitle, showFlag, refresh and the like: accepted, nothing to do.
        return c.json({ result: null });
    }
  });

  app.get('/__bridge/:frameId/events', (c) => {
    const frame = frames.get(c.req.param('frameId'));
    if (!frame) return c.json({ error: 'Unknown frame' }, 404);
    return streamSSE(c, async (stream) => {
      const unsubscribe = hub.subscribe(frame.id, (event) => void stream.writeSSE({ data: JSON.stringify(event) }));
      // Keep the stream open until the frame goes away, pinging so proxies do not cut it.
      await new Promise<void>((resolve) => {
        const ping = setInterval(() => void stream.writeSSE({ event: 'ping', data: '' }), 15_000);
        ping.unref();
        stream.onAbort(() => {
          clearInterval(ping);
          unsubscribe();
          resolve();
        });
      });
    });
  });

  return app;
}

/**
 * events.emit: the event reaches every frame of the app on the same Jira page that listens with
 * events.on, the sender's own listeners too ("different Custom UI extensions within the same app",
 * https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/events/). Frames of
 * another page or another user never hear it. The payload arrives as JSON (strings, numbers,
 * booleans, null, objects and arrays; @forge/bridge turns blobs into objects before sending).
 */
function emit(frames: FrameRegistry, hub: EventHub, from: Frame, payload: Body | null): boolean {
  const name = payload?.event;
  if (typeof name !== 'string' || name.length === 0 || name.length > 255) return false;
  const to = from.pageId ? frames.onPage(from.pageId, from.accountId) : [from];
  hub.send(
    to.map((f) => f.id),
    { name, payload: payload?.payload ?? null },
  );
  return true;
}

/** invoke: the module's resolver function with the trusted context the shell built for the frame. */
async function invoke(site: Site, frame: Frame, payload: Body) {
  if (!frame.module.resolverFunction) throw new Error(`Module ${frame.module.key} has no resolver`);
  const { result } = await site.functions.invokeResolver({
    functionKey: frame.module.resolverFunction,
    moduleKey: frame.module.key,
    resolverKey: String(payload.functionKey),
    payload: payload.payload ?? {},
    // Forge names a user who is not logged in 'unidentified'; the platform adds their accountType
    // and refuses a module their type may not use (app-functions.ts), whatever frame asked.
    accountId: frame.accountId,
    // Forge puts the site's address in every resolver context (context.siteUrl).
    context: { cloudId: CLOUD_ID, siteUrl: site.baseUrl, moduleKey: frame.module.key, extension: frame.extension },
  });
  return result;
}

/**
 * requestJira from Custom UI always runs as the current user: refused, as asUser() is, for users who
 * cannot make asUser() calls (the stricter reading; Forge documents asUser() only:
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/).
 */
async function fetchProduct(site: Site, frame: Frame, payload: Body) {
  if (!canActAsUser(accountTypeFor(frame.accountId, frame.module)))
    return { body: '', headers: {}, status: 401, statusText: 'Unauthorized', isAttachment: false };
  const init = payload.fetchRequestInit ?? {};
  const headers = new Headers((init.headers ?? []) as [string, string][]);
  const request = new Request(`${site.baseUrl}${String(payload.restPath)}`, { method: init.method ?? 'GET', headers, body: init.body ?? undefined });
  const res = await site.appJiraFetch(request, { accountId: frame.accountId, selfGenerated: true });
  return { body: await res.text(), headers: Object.fromEntries(res.headers.entries()), status: res.status, statusText: res.statusText, isAttachment: false };
}

function submit(site: Site, frame: Frame, payload: unknown) {
  const target = frame.submitTarget;
  if (!target) return { value: false };
  frame.submitted = payload;
  if (target.kind === 'gadget') {
    // Checked again at saving: the edit view is the editors', and a frame outlives a change of sharing (dashboards.ts).
    if (!mayEditDashboard(frame.accountId, target.dashboardId)) return { value: false };
    site.state.gadgetConfigs[target.gadgetId] = (payload ?? {}) as Record<string, unknown>;
    site.save();
    return { value: true, then: 'reload-host', url: target.viewUrl };
  }
  return { value: true };
}
