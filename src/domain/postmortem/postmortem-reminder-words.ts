import { dayInWords, zonedTimeInWords } from '../../shared/time-in-words';

export interface PostmortemReminderFacts {
  issueKey: string;
  summary: string;
  resolvedAt: string | null;
  dueAt: string;
  late: boolean;
  /** The zone the incident's documents use (report-time-zone.ts); null: UTC, named as such. */
  timeZone: string | null;
}

/**
 * The reminder a commander gets while a postmortem is due, with its times in words and the zone
 * named (an e-mail has no heading to name it once).
 * @example postmortemReminder({ issueKey: 'SEC-7', ..., dueAt: '2026-12-20T09:00:00.000Z', late: false, timeZone: 'Europe/Berlin' }).subject
 *   // '[SEC-7] A postmortem is due by Sun 20 Dec 2026, 10:00 (Europe/Berlin)'
 */
export function postmortemReminder(f: PostmortemReminderFacts): { subject: string; textBody: string } {
  const zone = f.timeZone ?? 'UTC';
  const due = zonedTimeInWords(f.dueAt, zone);
  const resolved = f.resolvedAt ? ` was resolved on ${dayInWords(f.resolvedAt, zone)} and` : '';
  return {
    subject: f.late ? `[${f.issueKey}] The postmortem is overdue: it was due ${due}` : `[${f.issueKey}] A postmortem is due by ${due}`,
    textBody: `${f.issueKey} (${f.summary})${resolved} needs a blameless postmortem by ${due}. Open the incident, generate the postmortem in the incident panel, write what only people can (root cause, what went well and poorly) and publish it.`,
  };
}
