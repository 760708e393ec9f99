/**
 * The HTTP side of Jira: sends a request through @forge/api as the user or as the app, checks the
 * status and parses the body. Meaning (404 -> null and so on) belongs to the services.
 *
 * Each service writes its call as `(jira) => jira.requestJira(route`…`, { method: 'POST', ...jsonBody(x) })`:
 * a literal route template and an inline options object with a literal method, the only shape that
 * Atlassian's linter (@forge/lint's permission check, run by `forge deploy`) can judge against the
 * manifest's scopes. The client hands in the user's or the app's requester and keeps what the call
 * sent, for the retry policy.
 */
import api, { type APIResponse, type RequestInit, type Route } from '@forge/api';
import { isTransient, retryDelayMs } from './retry-policy';

export type JiraActor = 'user' | 'app';

export class JiraRequestError extends Error {
  constructor(
    /** 0 when no answer came (timeout, connection lost). */
    readonly status: number,
    readonly errorMessages: string[],
    readonly retryAfterSeconds: number | null,
  ) {
    super(status === 0 ? `Jira did not answer: ${errorMessages.join('; ')}` : `Jira answered ${status}: ${errorMessages.join('; ') || 'no message'}`);
    this.name = 'JiraRequestError';
  }

  /** Busy or unreachable (429, 5xx, no answer) rather than refused: worth trying again later. */
  get transient(): boolean {
    return isTransient(this.status === 0 ? null : this.status);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface JiraResponse<T> {
  status: number;
  body: T;
}

/** What a call site is handed: the user's or the app's Jira, as @forge/api gives it. */
export interface JiraRequester {
  requestJira(path: Route, init?: RequestInit): Promise<APIResponse>;
}

/** A call site's request, written where Atlassian's linter reads it. */
export type JiraCall = (jira: JiraRequester) => Promise<APIResponse>;

/** The options of a request with a JSON body: `{ method: 'POST', ...jsonBody(body) }`. */
export function jsonBody(body: unknown): { headers: Record<string, string>; body: string } {
  return { headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/**
 * One Jira request, tried again while Jira is busy or unreachable (see retry-policy.ts): a 429
 * after its Retry-After, a 5xx or lost connection with backoff when the request is safe to
 * repeat, all within 20 s. What still fails is thrown as a JiraRequestError. `accept` lists
 * non-2xx statuses that mean success for this call (e.g. 303 for an asynchronous task).
 */
export async function jiraRequest<T>(actor: JiraActor, call: JiraCall, accept: number[] = []): Promise<JiraResponse<T>> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const sent = { method: 'GET', path: '' };
    try {
      return await attemptOnce<T>(actor, call, sent, accept);
    } catch (e) {
      const failure = e instanceof JiraRequestError ? e : new JiraRequestError(0, [e instanceof Error ? e.message : String(e)], null);
      const delay = retryDelayMs(
        {
          method: sent.method,
          path: sent.path,
          status: failure.status === 0 ? null : failure.status,
          retryAfterSeconds: failure.retryAfterSeconds,
          attempt,
          elapsedMs: Date.now() - started,
        },
        Math.random(),
      );
      if (delay === null) throw failure;
      await sleep(delay);
    }
  }
}

/**
 * The requester a call site is handed: @forge/api's, asking for JSON and noting the method and path
 * sent. Its one forwarding line passes on a route the linter has already judged at the call site.
 */
function recordingRequester(actor: JiraActor, sent: { method: string; path: string }): JiraRequester {
  const forge = actor === 'user' ? api.asUser() : api.asApp();
  return {
    requestJira(path, init) {
      sent.method = init?.method ?? 'GET';
      sent.path = path.value;
      return forge.requestJira(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
    },
  };
}

async function attemptOnce<T>(actor: JiraActor, call: JiraCall, sent: { method: string; path: string }, accept: number[]): Promise<JiraResponse<T>> {
  const res = await call(recordingRequester(actor, sent));
  const text = await res.text();
  const body = text ? safeParse(text) : undefined;
  if (!res.ok && !accept.includes(res.status)) {
    const retryAfter = res.headers.get('Retry-After');
    throw new JiraRequestError(res.status, errorMessagesOf(body), retryAfter ? Number(retryAfter) : null);
  }
  return { status: res.status, body: body as T };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorMessagesOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return typeof body === 'string' ? [body.slice(0, 200)] : [];
  const b = body as { errorMessages?: unknown; errors?: unknown };
  const messages = Array.isArray(b.errorMessages) ? b.errorMessages.map(String) : [];
  const fields = typeof b.errors === 'object' && b.errors !== null ? Object.entries(b.errors).map(([k, v]) => `${k}: ${String(v)}`) : [];
  return [...messages, ...fields];
}
