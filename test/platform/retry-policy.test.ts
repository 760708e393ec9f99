import { retryDelayMs, RETRY_BUDGET_MS } from '../../src/platform/jira/retry-policy';

const at = (method: string, path: string, status: number | null, retryAfterSeconds: number | null, attempt = 1, elapsedMs = 0) => ({
  method,
  path,
  status,
  retryAfterSeconds,
  attempt,
  elapsedMs,
});

describe('when to try a Jira request again', () => {
  it.each([
    ['a 429 on a comment POST, after its Retry-After', at('POST', '/rest/api/3/issue/SEC-1/comment', 429, 2), 2000],
    ['a 429 without Retry-After, with backoff', at('GET', '/rest/api/3/issue/SEC-1', 429, null, 2), 500],
    ['a 503 on a GET, with backoff', at('GET', '/rest/api/3/issue/SEC-1', 503, null, 1), 250],
    ['a 503 on a property PUT', at('PUT', '/rest/api/3/issue/SEC-1/properties/incident-response', 503, null, 3), 1000],
    ['a lost connection on a search POST', at('POST', '/rest/api/3/search/jql', null, null, 1), 250],
    ['a 503 on a comment POST (it may have been created): no', at('POST', '/rest/api/3/issue/SEC-1/comment', 503, null), null],
    ['a lost connection on an issue create: no', at('POST', '/rest/api/3/issue', null, null), null],
    ['a 403: no', at('GET', '/rest/api/3/issue/SEC-1', 403, null), null],
    ['a 404: no', at('GET', '/rest/api/3/issue/SEC-1', 404, null), null],
    ['the fifth attempt: no', at('GET', '/rest/api/3/issue/SEC-1', 503, null, 5), null],
    ['a Retry-After past the budget: no', at('GET', '/rest/api/3/issue/SEC-1', 429, 30), null],
    ['a wait that would end past the budget: no', at('GET', '/rest/api/3/issue/SEC-1', 429, 2, 2, RETRY_BUDGET_MS - 1000), null],
  ])('%s', (_name, failed, expected) => {
    expect(retryDelayMs(failed, 0)).toBe(expected);
  });

  it('spreads backoff with jitter, never past twice the base', () => {
    expect(retryDelayMs(at('GET', '/x', 503, null, 2), 0.999)).toBe(1000);
    expect(retryDelayMs(at('GET', '/x', 503, null, 2), 0.5)).toBe(750);
  });
});
