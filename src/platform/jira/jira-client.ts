/**
 * The HTTP side of Jira: sends a request through @forge/api as the user or as the app, checks the
 * status and parses the body. Meaning (404 -> null and so on) belongs to the services.
 */
import api, { type Route } from '@forge/api';
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

/**
 * One Jira request, tried again while Jira is busy or unreachable (see retry-policy.ts): a 429
 * after its Retry-After, a 5xx or lost connection with backoff when the request is safe to
 * repeat, all within 20 s. What still fails is thrown as a JiraRequestError. `accept` lists
 * non-2xx statuses that mean success for this call (e.g. 303 for an asynchronous task).
 */
export async function jiraRequest<T>(actor: JiraActor, path: Route, init?: { method?: string; body?: unknown; accept?: number[] }): Promise<JiraResponse<T>> {
  const method = init?.method ?? 'GET';
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce<T>(actor, path, method, init);
    } catch (e) {
      const failure = e instanceof JiraRequestError ? e : new JiraRequestError(0, [e instanceof Error ? e.message : String(e)], null);
      const delay = retryDelayMs(
        {
          method,
          path: path.value,
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

async function attemptOnce<T>(actor: JiraActor, path: Route, method: string, init?: { body?: unknown; accept?: number[] }): Promise<JiraResponse<T>> {
  const requester = actor === 'user' ? api.asUser() : api.asApp();
  const res = await requester.requestJira(path, {
    method,
    headers: { Accept: 'application/json', ...(init?.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(init?.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  const body = text ? safeParse(text) : undefined;
  if (!res.ok && !(init?.accept ?? []).includes(res.status)) {
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
