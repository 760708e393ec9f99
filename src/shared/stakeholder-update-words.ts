import { zonedTimeInWords } from './time-in-words';

/**
 * What stakeholders read in an update, built the same on the server (the notification) and in the
 * panel (the preview), so the preview is exactly what recipients get.
 */
export const UPDATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const UPDATE_STATUS_WORDS: Readonly<Record<UpdateStatus, string>> = {
  investigating: 'Investigating',
  identified: 'Cause identified',
  monitoring: 'Fixed, monitoring',
  resolved: 'Resolved',
};

/** What the commander writes; the next update time is an instant. */
export interface StakeholderUpdateText {
  status: UpdateStatus;
  known: string;
  doing: string;
  /** What the team needs from stakeholders; empty: nothing. */
  need: string;
  nextUpdateAt: string;
}

/** The incident an update is about, as recipients read it. */
export interface UpdateSubjectFacts {
  issueKey: string;
  summary: string;
  /** The level in words ("Critical"), or null when not set. */
  levelLabel: string | null;
}

/**
 * The notification's subject: the incident and where it stands.
 * @example updateSubject({ issueKey: 'SEC-7', summary: 'Database is offline', levelLabel: 'Critical' }, 'investigating')
 *   // 'Update on SEC-7 (Critical): Investigating - Database is offline'
 */
export function updateSubject(incident: UpdateSubjectFacts, status: UpdateStatus): string {
  const level = incident.levelLabel ? ` (${incident.levelLabel})` : '';
  return `Update on ${incident.issueKey}${level}: ${UPDATE_STATUS_WORDS[status]} - ${incident.summary}`;
}

/**
 * The notification's body, in the order stakeholders read it; times in `timeZone`, named.
 * @example updateBody({ status: 'monitoring', known: 'A bad deploy.', doing: 'Rolled back.', need: '', nextUpdateAt: '2026-12-07T10:00:00.000Z' }, 'Europe/Berlin')
 *   // 'Status: Fixed, monitoring\n\nWhat we know:\nA bad deploy.\n\nWhat we are doing:\nRolled back.\n\nWhat we need from you:\nNothing at the moment.\n\nNext update by Mon 7 Dec 2026, 11:00 (Europe/Berlin).'
 */
export function updateBody(update: StakeholderUpdateText, timeZone: string): string {
  return [
    `Status: ${UPDATE_STATUS_WORDS[update.status]}`,
    `What we know:\n${update.known.trim()}`,
    `What we are doing:\n${update.doing.trim()}`,
    `What we need from you:\n${update.need.trim() || 'Nothing at the moment.'}`,
    update.status === 'resolved' ? 'This is the last update unless something changes.' : `Next update by ${zonedTimeInWords(update.nextUpdateAt, timeZone)}.`,
  ].join('\n\n');
}

/**
 * Who receives it, in words: counted, never listed by id.
 * @example recipientsInWords({ users: ['a', 'b'], groups: ['execs'] }) // '2 people and 1 group'
 * @example recipientsInWords({ users: [], groups: [] }) // 'nobody (no stakeholders are set for this category and level)'
 */
export function recipientsInWords(recipients: { users: readonly string[]; groups: readonly string[] }): string {
  const people = recipients.users.length === 1 ? '1 person' : `${recipients.users.length} people`;
  const groups = recipients.groups.length === 1 ? '1 group' : `${recipients.groups.length} groups`;
  if (recipients.users.length + recipients.groups.length === 0) return 'nobody (no stakeholders are set for this category and level)';
  if (recipients.groups.length === 0) return people;
  if (recipients.users.length === 0) return groups;
  return `${people} and ${groups}`;
}
