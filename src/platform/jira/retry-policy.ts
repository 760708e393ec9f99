/**
 * When to try a Jira request again (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/):
 * a 429 was not processed, so any request may be repeated after Retry-After; a 5xx or a lost
 * connection may have been processed, so only requests that are safe to repeat are (reads,
 * PUT and DELETE, and the POST searches). All retries of one request fit in 20 s, inside the
 * 25 s a resolver may run.
 */
export const RETRY_BUDGET_MS = 20_000;
export const MAX_ATTEMPTS = 5;

/** POSTs that only read (searches, counts) or set a value (bulk properties): repeating them is harmless. */
const SAFE_POSTS = [/\/search\/jql$/, /\/search\/approximate-count$/, /\/issue\/properties\/multi$/];

export interface FailedAttempt {
  method: string;
  path: string;
  /** The HTTP status, or null when no answer came (timeout, connection lost). */
  status: number | null;
  retryAfterSeconds: number | null;
  /** 1 for the first attempt. */
  attempt: number;
  elapsedMs: number;
}

export const isTransient = (status: number | null): boolean => status === null || status === 429 || status >= 500;

const safeToRepeat = (method: string, path: string) =>
  method === 'GET' || method === 'PUT' || method === 'DELETE' || (method === 'POST' && SAFE_POSTS.some((p) => p.test(path.split('?')[0]!)));

/**
 * The wait before the next attempt, or null to give up. `jitter` in [0, 1) spreads retries.
 * @example retryDelayMs({ method: 'POST', path: '/rest/api/3/issue/SEC-1/comment', status: 429, retryAfterSeconds: 2, attempt: 1, elapsedMs: 300 }, 0) // 2000
 */
export function retryDelayMs(failed: FailedAttempt, jitter: number): number | null {
  if (!isTransient(failed.status) || failed.attempt >= MAX_ATTEMPTS) return null;
  if (failed.status !== 429 && !safeToRepeat(failed.method, failed.path)) return null;
  const delay =
    failed.status === 429 && failed.retryAfterSeconds !== null
      ? failed.retryAfterSeconds * 1000
      : Math.min(4000, 250 * 2 ** (failed.attempt - 1)) * (1 + jitter);
  return failed.elapsedMs + delay > RETRY_BUDGET_MS ? null : Math.round(delay);
}
