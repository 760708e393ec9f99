/**
 * Switchable platform faults, so tests and demos can see how the app copes: Jira's points-based
 * rate limiting answers 429 with Retry-After and RateLimit-Reason
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/).
 */
export class JiraFaults {
  private rateLimitRemaining = 0;

  /** The next `count` Jira requests answer 429. */
  rateLimitNext(count: number): void {
    this.rateLimitRemaining = count;
  }

  takeRateLimit(): Response | null {
    if (this.rateLimitRemaining <= 0) return null;
    this.rateLimitRemaining -= 1;
    return Response.json(
      { errorMessages: ['Rate limit exceeded.'], errors: {} },
      { status: 429, headers: { 'Retry-After': '5', 'RateLimit-Reason': 'jira-burst-based', 'X-RateLimit-Remaining': '0' } },
    );
  }
}
