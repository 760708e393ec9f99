/**
 * Forge web triggers on the local site, as Forge serves them
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/web-trigger/,
 * https://developer.atlassian.com/platform/forge/runtime-reference/web-trigger/,
 * https://developer.atlassian.com/platform/forge/events-reference/web-trigger/):
 * - one URL per module and installation, stable across restarts; urlFormat v2's is
 *   `https://<installation>.webtrigger.atlassian.app/public/<id>`, here `<site>/public/<id>`;
 * - anything after the URL reaches the function as `userPath` (CHANGE-2880);
 * - the function gets `{ method, path, userPath, headers (values are arrays, names as sent), body,
 *   queryParameters }` and a context with `installContext`; no user: asUser() is refused;
 * - a static trigger's function returns `{ outputKey }` and the platform answers with that declared
 *   output; a result that names no declared output, or a dynamic one without a statusCode, is a 500;
 * - request payloads over 5 MB are refused before the function runs (limits-invocation);
 * - @forge/api's webTrigger.getUrl / queryUrls / deleteUrl reach the platform's GraphQL, emulated here.
 * The platform adds X-Ratelimit-* headers; the site sends them with fixed values (no rate limit is
 * documented for web triggers, so the site enforces none).
 */
import { createHash } from 'node:crypto';
import type { AppManifest } from '../manifest';
import type { AppFunctions } from './app-functions';

export const MAX_WEB_TRIGGER_PAYLOAD_BYTES = 5 * 1024 * 1024;

interface StaticOutput {
  key: string;
  statusCode: number;
  contentType?: string;
  body?: string;
}

interface WebTriggerModule {
  key: string;
  function: string;
  response?: { type: 'static' | 'dynamic'; outputs?: StaticOutput[] };
}

export interface WebTriggerHttpRequest {
  method: string;
  /** The URL's path, from /public/ on. */
  pathname: string;
  headers: [string, string][];
  query: [string, string][];
  body: string;
}

export interface WebTriggerHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const RATE_HEADERS = { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': '60' };

const answer = (status: number, body: string, contentType = 'text/plain'): WebTriggerHttpResponse => ({
  status,
  headers: { 'content-type': contentType, ...RATE_HEADERS },
  body,
});

export class WebTriggers {
  /** The latest requests and their answers (the Control room shows them; tests read them). */
  readonly calls: { at: number; method: string; userPath: string; status: number }[] = [];

  /** URLs deleted with webTrigger.deleteUrl: they no longer reach the function (until getUrl creates one again). */
  private readonly deleted = new Set<string>();

  constructor(
    private readonly manifest: AppManifest,
    private readonly functions: AppFunctions,
    private readonly installationId: string,
    private readonly baseUrl: string,
  ) {}

  private modules(): WebTriggerModule[] {
    return this.manifest.modules.filter((m) => m.type === 'webtrigger').map((m) => m.raw as unknown as WebTriggerModule);
  }

  /** The URL's id: derived from the installation and the module, so it survives restarts as Forge's does. */
  private idOf(moduleKey: string): string {
    const hex = createHash('sha256').update(`${this.installationId}:${moduleKey}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }

  url(moduleKey: string): string {
    if (!this.modules().some((m) => m.key === moduleKey)) throw new Error(`manifest.yml has no webtrigger '${moduleKey}'`);
    return `${this.baseUrl}/public/${this.idOf(moduleKey)}`;
  }

  /** What GET /sandbox/webtriggers lists and webTrigger.queryUrls returns. */
  list(): { moduleKey: string; url: string }[] {
    return this.modules()
      .filter((m) => !this.deleted.has(m.key))
      .map((m) => ({ moduleKey: m.key, url: this.url(m.key) }));
  }

  async call(request: WebTriggerHttpRequest): Promise<WebTriggerHttpResponse> {
    const match = /^\/public\/([0-9a-f-]{36})(\/.*)?$/.exec(request.pathname);
    const module = match ? this.modules().find((m) => this.idOf(m.key) === match[1] && !this.deleted.has(m.key)) : undefined;
    if (!match || !module) return answer(404, 'Web trigger not found.');
    if (Buffer.byteLength(request.body) > MAX_WEB_TRIGGER_PAYLOAD_BYTES) return answer(413, 'Request payload too large.');
    const group = (pairs: [string, string][]) => {
      const out: Record<string, string[]> = {};
      for (const [name, value] of pairs) (out[name] ??= []).push(value);
      return out;
    };
    const event = {
      method: request.method,
      path: request.pathname,
      userPath: match[2] ?? '',
      headers: group(request.headers),
      body: request.body,
      queryParameters: group(request.query),
    };
    let result: unknown;
    try {
      result = await this.functions.invokeWebTrigger(module.function, module.key, event);
    } catch {
      return answer(500, 'The web trigger function failed.');
    }
    const response = this.respond(module, result);
    this.calls.push({ at: Date.now(), method: request.method, userPath: event.userPath, status: response.status });
    if (this.calls.length > 200) this.calls.shift();
    return response;
  }

  private respond(module: WebTriggerModule, result: unknown): WebTriggerHttpResponse {
    const r = (typeof result === 'object' && result !== null ? result : {}) as Record<string, unknown>;
    if (module.response?.type === 'static') {
      const output = module.response.outputs?.find((o) => o.key === r.outputKey);
      if (!output) return answer(500, `The function named no declared output (${String(r.outputKey)}).`);
      return answer(output.statusCode, output.body ?? '', output.contentType ?? 'text/plain');
    }
    if (typeof r.statusCode !== 'number') return answer(500, 'The function answered without a statusCode.');
    const headers = Object.fromEntries(Object.entries((r.headers ?? {}) as Record<string, string[]>).map(([k, v]) => [k.toLowerCase(), v.join(', ')]));
    return { status: r.statusCode, headers: { ...headers, ...RATE_HEADERS }, body: typeof r.body === 'string' ? r.body : '' };
  }

  /**
   * The platform GraphQL operations @forge/api's webTrigger API sends (out/webTrigger.js):
   * createWebTriggerUrl, deleteWebTriggerUrl and webTriggerUrlsByAppContext.
   */
  graphql(body: { query?: string; variables?: Record<string, unknown> }): unknown {
    const query = body.query ?? '';
    const variables = body.variables ?? {};
    if (query.includes('createWebTriggerUrl')) {
      const input = (variables.input ?? {}) as { triggerKey?: string };
      const key = String(input.triggerKey ?? '');
      if (!this.modules().some((m) => m.key === key)) return { errors: [{ message: `No web trigger module '${key}'.` }] };
      this.deleted.delete(key);
      return { data: { createWebTriggerUrl: { url: this.url(key) } } };
    }
    if (query.includes('deleteWebTriggerUrl')) {
      const id = String(variables.id ?? '');
      const module = this.modules().find((m) => this.idOf(m.key) === id);
      if (module) this.deleted.add(module.key);
      return { data: { deleteWebTriggerUrl: { success: module !== undefined } } };
    }
    if (query.includes('webTriggerUrlsByAppContext')) {
      return { data: { webTriggerUrlsByAppContext: this.list().map((w) => ({ triggerKey: w.moduleKey, url: w.url })) } };
    }
    return { errors: [{ message: 'The local site emulates only the web trigger URL operations of the platform GraphQL API.' }] };
  }
}
