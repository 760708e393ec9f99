// A Forge function container, as the local site runs one: a bare Node process (emptied environment)
// that loads the backend bundle @forge/bundler made (scripts/bundle-backend.cjs) and runs one
// invocation per message from the site. The real @forge/api and @forge/kvs inside the bundle call
// global.__forge_fetch__ and read global.__forge_runtime__ (forge-platform.md 7.6); here both ask the
// site over IPC, tagged with the invocation they belong to, so asUser() acts for the right person.
// Plain JavaScript: it runs as it is, with nothing but Node.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');

const invocation = new AsyncLocalStorage();

// The local site's clock, which demos and tests move forward, is the function's clock too (on Forge it
// is simply the real one): each invocation brings the site's time, and Date runs from there.
const RealDate = Date;
let clockOffsetMs = 0;
class SiteDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + clockOffsetMs);
    else super(...args);
  }
  static now() {
    return RealDate.now() + clockOffsetMs;
  }
}
global.Date = SiteDate;
const waiting = new Map();
let nextRequest = 1;

function headerPairs(headers) {
  if (!headers) return [];
  if (typeof headers.forEach === 'function' && !Array.isArray(headers)) {
    const pairs = [];
    headers.forEach((value, name) => pairs.push([name, value]));
    return pairs;
  }
  return Array.isArray(headers) ? headers : Object.entries(headers);
}

function bodyText(body) {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  return String(body);
}

global.__forge_fetch__ = (target, path, init = {}) => {
  const current = invocation.getStore();
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    process.send({
      type: 'fetch',
      id,
      invocationId: current ? current.id : null,
      target,
      path,
      init: { method: init.method || 'GET', headers: headerPairs(init.headers), body: bodyText(init.body) },
    });
  }).then((r) => new Response(r.status === 204 || r.status === 304 ? null : r.body, { status: r.status, statusText: r.statusText, headers: r.headers }));
};

global.__forge_runtime__ = {
  get appContext() {
    const current = invocation.getStore();
    return current ? current.appContext : undefined;
  },
  get contextAri() {
    const current = invocation.getStore();
    return current ? current.contextAri : undefined;
  },
  lambdaContext: {
    getRemainingTimeInMillis() {
      const current = invocation.getStore();
      return current ? Math.max(0, current.deadline - Date.now()) : 0;
    },
  },
  metrics: {
    counter: () => ({ incr: () => undefined, decr: () => undefined }),
    timing: () => ({ measure: () => ({ stop: () => undefined }) }),
  },
  externalAuth: [],
  // Where the deployed code is: @forge/api's i18n reads the translations forge deploy put beside it (__LOCALES__/).
  container: { appCodeDir: require('node:path').dirname(process.argv[2]) },
};

const bundle = require(process.argv[2]);

/** What leaves a Forge function: its result after a JSON round trip (forge-platform.md 7.7). */
function jsonRoundTrip(value) {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

process.on('message', (message) => {
  if (message.type === 'fetch-result') {
    const request = waiting.get(message.id);
    waiting.delete(message.id);
    if (!request) return;
    if (message.error) request.reject(new TypeError(message.error));
    else request.resolve(message.response);
    return;
  }
  if (message.type !== 'invoke') return;
  clockOffsetMs = message.siteNow - RealDate.now();
  const handler = bundle[message.handler];
  const context = { id: message.invocationId, appContext: message.appContext, contextAri: message.contextAri, deadline: Date.now() + message.timeoutMs };
  invocation.run(context, async () => {
    try {
      if (typeof handler !== 'function') throw new Error(`The bundle exports no function '${message.handler}'`);
      const result = await handler(...message.args);
      process.send({ type: 'result', invocationId: message.invocationId, ok: true, result: jsonRoundTrip(result) });
    } catch (e) {
      process.send({ type: 'result', invocationId: message.invocationId, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  });
});

process.send({ type: 'ready' });
