/**
 * How long before an issue was created something recorded on it may have happened. An event often
 * comes before its report (someone noticed days later, a breach is found weeks after it began), so a
 * little earlier is allowed; year 0 or 1970 is a typing error, and a legal clock started there would
 * be long overdue. Thirty days (from the start of that day, UTC) covers a late report; anything
 * older belongs in the description.
 */
export const EARLIEST_EVENT_DAYS = 30;

const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The day of an instant in words, in UTC (e.g. "3 November 2026"). */
const dayInWords = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/**
 * Why `at` is too early for an issue created at `issueCreated`, in words; null when it may stand.
 * @example tooEarlyForIssue('2026-10-01T00:00:00Z', '2026-11-03T10:00:00Z') // 'This is more than 30 days before the issue was created (3 November 2026). Give a time on or after 4 October 2026.'
 * @example tooEarlyForIssue('2026-10-20T00:00:00Z', '2026-11-03T10:00:00Z') // null
 */
export function tooEarlyForIssue(at: string, issueCreated: string): string | null {
  const created = Date.parse(issueCreated);
  if (Number.isNaN(created)) return null;
  // From the start of that day (UTC), so the day the message names is allowed whole.
  const back = created - EARLIEST_EVENT_DAYS * DAY_MS;
  const earliest = back - (back % DAY_MS);
  if (Date.parse(at) >= earliest) return null;
  return `This is more than ${EARLIEST_EVENT_DAYS} days before the issue was created (${dayInWords(created)}). Give a time on or after ${dayInWords(earliest)}.`;
}
