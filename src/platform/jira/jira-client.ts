/**
 * The HTTP side of Jira: sends a request through @forge/api as the user or as the app, checks the
 * status and parses the body. Meaning (404 -> null and so on) belongs to the services.
 */
import api, { type Route } from '@forge/api';

export type JiraActor = 'user' | 'app';

export class JiraRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly retryAfterSeconds: number | null,
  ) {
    super(`Jira answered ${status}: ${errorMessages.join('; ') || 'no message'}`);
    this.name = 'JiraRequestError';
  }
}

export interface JiraResponse<T> {
  status: number;
  body: T;
}

/** `accept` lists non-2xx statuses that mean success for this call (e.g. 303 for an asynchronous task). */
export async function jiraRequest<T>(actor: JiraActor, path: Route, init?: { method?: string; body?: unknown; accept?: number[] }): Promise<JiraResponse<T>> {
  const requester = actor === 'user' ? api.asUser() : api.asApp();
  const res = await requester.requestJira(path, {
    method: init?.method ?? 'GET',
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
