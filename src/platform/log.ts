/**
 * Structured logs. Forge keeps 100 lines per runtime minute, so log decisions, not chatter, and
 * never log tenant data beyond ids.
 */
export function logEvent(event: string, fields: Record<string, string | number | boolean | null> = {}): void {
  console.log(JSON.stringify({ event, ...fields }));
}
