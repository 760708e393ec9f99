/**
 * Switchable platform faults, so tests and demos can see how the app copes: Jira's points-based
 * rate limiting answers 429 with Retry-After and RateLimit-Reason
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/); a share of requests can
 * also get a 503, or no answer at all (the connection times out).
 */
import { seededRandom } from '../seed/seeded-random';

export interface FaultShares {
  /** Share of requests answered 429 (0-1), with this Retry-After. */
  rateLimit: number;
  retryAfterSeconds: number;
  /** Share answered 503 Service Unavailable. */
  serverError: number;
  /** Share that never get an answer: the request fails as a lost connection. */
  timeout: number;
}

const NONE: FaultShares = { rateLimit: 0, retryAfterSeconds: 1, serverError: 0, timeout: 0 };

export class JiraFaults {
  private rateLimitRemaining = 0;
  private rateLimitRetryAfter = 5;
  private shares: FaultShares = NONE;
  private random: () => number = Math.random;
  /** How many faults were injected, by kind (for tests and the control room). */
  readonly injected = { rateLimit: 0, serverError: 0, timeout: 0 };

  /** The next `count` Jira requests answer 429. */
  rateLimitNext(count: number, retryAfterSeconds = 5): void {
    this.rateLimitRemaining = count;
    this.rateLimitRetryAfter = retryAfterSeconds;
  }

  /** The next `count` requests whose path matches answer 429 with a long Retry-After (Jira busy for a while there). */
  busyFor(path: RegExp, count: number, retryAfterSeconds = 60): void {
    this.busyPaths.push({ path, remaining: count, retryAfterSeconds });
  }

  private busyPaths: { path: RegExp; remaining: number; retryAfterSeconds: number }[] = [];

  /** From now on, a seeded share of requests fails (all shares 0 switches it off). */
  injectShares(shares: Partial<FaultShares>, seed = 1): void {
    this.shares = { ...NONE, ...shares };
    this.random = seededRandom(seed);
  }

  /** Forge storage faults: a seeded share of KVS requests answers 429 or 503 (nothing is applied). */
  private kvsShares = { rateLimit: 0, unavailable: 0 };
  private kvsRandom: () => number = Math.random;
  readonly kvsInjected = { rateLimit: 0, unavailable: 0 };

  injectKvsShares(shares: Partial<{ rateLimit: number; unavailable: number }>, seed = 2): void {
    this.kvsShares = { rateLimit: 0, unavailable: 0, ...shares };
    this.kvsRandom = seededRandom(seed);
  }

  takeKvsFault(): Response | null {
    const { rateLimit, unavailable } = this.kvsShares;
    if (rateLimit + unavailable === 0) return null;
    const roll = this.kvsRandom();
    if (roll < rateLimit) {
      this.kvsInjected.rateLimit++;
      return Response.json({ code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests.' }, { status: 429 });
    }
    if (roll < rateLimit + unavailable) {
      this.kvsInjected.unavailable++;
      return Response.json({ code: 'SERVICE_UNAVAILABLE', message: 'Storage is unavailable.' }, { status: 503 });
    }
    return null;
  }

  /** Whether this request gets no answer at all. */
  takeTimeout(): boolean {
    if (this.shares.timeout > 0 && this.random() < this.shares.timeout) {
      this.injected.timeout++;
      return true;
    }
    return false;
  }

  takeRateLimit(path = ''): Response | null {
    const busy = this.busyPaths.find((b) => b.remaining > 0 && b.path.test(path));
    if (busy) {
      busy.remaining -= 1;
      return tooManyRequests(busy.retryAfterSeconds);
    }
    if (this.rateLimitRemaining > 0) {
      this.rateLimitRemaining -= 1;
      return tooManyRequests(this.rateLimitRetryAfter);
    }
    const roll = this.shares.rateLimit + this.shares.serverError > 0 ? this.random() : 1;
    if (roll < this.shares.rateLimit) {
      this.injected.rateLimit++;
      return tooManyRequests(this.shares.retryAfterSeconds);
    }
    if (roll < this.shares.rateLimit + this.shares.serverError) {
      this.injected.serverError++;
      return Response.json({ errorMessages: ['Service Unavailable'], errors: {} }, { status: 503 });
    }
    return null;
  }
}

function tooManyRequests(retryAfterSeconds: number): Response {
  return Response.json(
    { errorMessages: ['Rate limit exceeded.'], errors: {} },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'RateLimit-Reason': 'jira-burst-based', 'X-RateLimit-Remaining': '0' } },
  );
}
