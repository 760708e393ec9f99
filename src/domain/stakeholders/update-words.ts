import { zonedTimeInWords } from '../../shared/time-in-words';
import { formatDuration } from '../../shared/durations';
import { recipientsInWords, UPDATE_STATUS_WORDS, type UpdateSubjectFacts } from '../../shared/stakeholder-update-words';
import type { StakeholderUpdateDraft } from './stakeholder-update';

/**
 * The timeline's words for a sent update: the status and what it said, for the postmortem too.
 * @example updateTimelineText({ status: 'investigating', known: 'Phishing mail.', doing: 'Blocking the sender.', need: '', nextUpdateAt: '2026-12-07T10:00:00.000Z' }, { users: ['a'], groups: [] })
 *   // 'Stakeholder update sent to 1 person (Investigating). What we know: Phishing mail. What we are doing: Blocking the sender.'
 */
export function updateTimelineText(update: StakeholderUpdateDraft, recipients: { users: readonly string[]; groups: readonly string[] }): string {
  const need = update.need.trim() ? ` What we need: ${update.need.trim()}` : '';
  return `Stakeholder update sent to ${recipientsInWords(recipients)} (${UPDATE_STATUS_WORDS[update.status]}). What we know: ${update.known.trim()} What we are doing: ${update.doing.trim()}${need}`;
}

/**
 * The reminder to the commander: what is due, when, and where to write it.
 * @example reminderMessage({ issueKey: 'SEC-7', summary: 'Database is offline', levelLabel: 'Critical' }, '2026-12-07T09:30:00.000Z', '2026-12-07T09:35:00.000Z', 30, 'Europe/Berlin').subject
 *   // 'Stakeholder update due on SEC-7: Database is offline'
 */
export function reminderMessage(
  incident: UpdateSubjectFacts,
  dueAt: string,
  now: string,
  cadenceMinutes: number,
  timeZone: string,
): { subject: string; textBody: string } {
  const late = Date.parse(now) - Date.parse(dueAt);
  const when =
    late >= 60_000 ? `was due ${formatDuration(late)} ago, at ${zonedTimeInWords(dueAt, timeZone)}` : `is due now, at ${zonedTimeInWords(dueAt, timeZone)}`;
  const level = incident.levelLabel ?? 'This';
  return {
    subject: `Stakeholder update due on ${incident.issueKey}: ${incident.summary}`,
    textBody: [
      `The next stakeholder update on ${incident.issueKey} ${when}.`,
      `${level} incidents update their stakeholders every ${formatDuration(cadenceMinutes * 60_000)}.`,
      'Write it in the Incident response panel, under "Stakeholder updates", or snooze this reminder there.',
    ].join('\n\n'),
  };
}
