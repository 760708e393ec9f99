/**
 * What the reporter submits from the JSM portal. Jira stores it as the issue property keyed by the
 * app id's UUID (forge-platform.md 1.10); the backend treats it as untrusted input. Plain words
 * only: reporters never pick a severity (incident-practice.md A.3).
 */
export const PERSONAL_DATA_ANSWERS = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'unsure', label: 'Not sure' },
] as const;

export const HOW_BAD_ANSWERS = [
  { id: 'me', label: 'Only me or my own device' },
  { id: 'some', label: 'My team or a few people' },
  { id: 'many', label: 'Many people, customers or the whole company' },
] as const;

export const HOW_URGENT_ANSWERS = [
  { id: 'can-wait', label: 'It can wait' },
  { id: 'today', label: 'Someone should look at it today' },
  { id: 'now', label: 'Right now: it is getting worse' },
] as const;

export interface PortalReport {
  category: string | null;
  personalData: string | null;
  howBad: string | null;
  howUrgent: string | null;
}

export const EMPTY_PORTAL_REPORT: PortalReport = { category: null, personalData: null, howBad: null, howUrgent: null };

/**
 * How a reply to the reporter is laid out, the same in the panel's preview and in the public comment
 * the portal shows: a blank line starts a paragraph, a single line break stays a line break, and
 * surrounding spaces and empty paragraphs are dropped.
 * @example replyParagraphs('Thanks.\n\nIt is fixed.\nNothing to do.') // [['Thanks.'], ['It is fixed.', 'Nothing to do.']]
 */
export function replyParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
}
