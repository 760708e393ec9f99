import { zonedTimeInLocale } from '../../shared/time-in-words';
import type { Reader } from '../words/translate';
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
 * The reminder to the commander, in their language: what is due, when, and where to write it. Times
 * name their zone; en-US keeps the app's own wording of a time ("Mon 7 Dec 2026, 10:30 (Europe/Berlin)").
 * @example reminderMessage({ issueKey: 'SEC-7', summary: 'Database is offline', levelLabel: 'Critical' }, '2026-12-07T09:30:00.000Z', '2026-12-07T09:35:00.000Z', 30, 'Europe/Berlin', { locale: 'en-US', t }).subject
 *   // 'Stakeholder update due on SEC-7: Database is offline'
 */
export function reminderMessage(
  incident: UpdateSubjectFacts,
  dueAt: string,
  now: string,
  cadenceMinutes: number,
  timeZone: string,
  { locale, t }: Reader,
): { subject: string; textBody: string } {
  const late = Date.parse(now) - Date.parse(dueAt);
  const when = zonedTimeInLocale(dueAt, timeZone, locale);
  const { issueKey } = incident;
  const cadence = formatDuration(cadenceMinutes * 60_000);
  return {
    subject: t('message.stakeholders.reminder.subject', { issueKey, summary: incident.summary }),
    textBody: [
      late >= 60_000
        ? t('message.stakeholders.reminder.wasDue', { issueKey, late: formatDuration(late), when })
        : t('message.stakeholders.reminder.dueNow', { issueKey, when }),
      incident.levelLabel
        ? t('message.stakeholders.reminder.cadence', { level: incident.levelLabel, cadence })
        : t('message.stakeholders.reminder.cadenceNoLevel', { cadence }),
      t('message.stakeholders.reminder.where'),
    ].join('\n\n'),
  };
}
