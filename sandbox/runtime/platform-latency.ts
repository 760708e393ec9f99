/**
 * The network round trips a real site costs, which the local site can add (the Control room,
 * bench/felt-speed.ts): milliseconds per invoke from a Custom UI, and per Jira, storage or Confluence
 * request (from the app's functions and from its frames' requestJira). Zero by default. Timers are
 * real (the site fakes only Date), so a wait is a wait.
 */
export class PlatformLatency {
  invokeMs = 0;
  requestMs = 0;

  /** Before an invoke reaches its resolver. */
  invoke(): Promise<void> | undefined {
    return wait(this.invokeMs);
  }

  /** Before a platform request reaches Jira, storage or Confluence. */
  request(): Promise<void> | undefined {
    return wait(this.requestMs);
  }
}

const wait = (ms: number): Promise<void> | undefined => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined);
