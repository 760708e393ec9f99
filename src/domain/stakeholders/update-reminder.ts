import type { SnoozeMinutes } from './stakeholder-settings';

/** A snoozed reminder: for which due time, and until when. The cadence record (the updates) stays as it was. */
export interface ReminderSnooze {
  dueAt: string;
  until: string;
  by: string;
}

/**
 * The snooze a person asks for now: the reminder of this due time comes `minutes` from now.
 * @example snoozeReminder('2026-12-07T09:30:00.000Z', 30, '2026-12-07T09:31:00.000Z', 'acc-riley').until // '2026-12-07T10:01:00.000Z'
 */
export function snoozeReminder(dueAt: string, minutes: SnoozeMinutes, now: string, by: string): ReminderSnooze {
  return { dueAt, until: new Date(Date.parse(now) + minutes * 60_000).toISOString(), by };
}

/**
 * When the commander is reminded of an update due at `dueAt`: then, or when a snooze of that same
 * due time ends if later. A snooze of an earlier due time (an update was sent since) does nothing.
 * @example reminderAt('2026-12-07T09:30:00.000Z', { dueAt: '2026-12-07T09:30:00.000Z', until: '2026-12-07T10:00:00.000Z', by: 'a' }) // '2026-12-07T10:00:00.000Z'
 * @example reminderAt('2026-12-07T09:30:00.000Z', { dueAt: '2026-12-07T09:00:00.000Z', until: '2026-12-07T10:00:00.000Z', by: 'a' }) // '2026-12-07T09:30:00.000Z'
 */
export function reminderAt(dueAt: string, snooze: ReminderSnooze | null): string {
  if (!snooze || snooze.dueAt !== dueAt || Date.parse(snooze.until) <= Date.parse(dueAt)) return dueAt;
  return snooze.until;
}

/**
 * The reminder to send now, named so it is sent once: once per due time, and once more per snooze
 * of it. Null when nothing is due or the reminder's time has not come.
 * @example reminderToSend('2026-12-07T09:30:00.000Z', null, '2026-12-07T09:35:00.000Z') // 'stakeholder-reminder:2026-12-07T09:30:00.000Z'
 * @example reminderToSend('2026-12-07T09:30:00.000Z', null, '2026-12-07T09:25:00.000Z') // null
 */
export function reminderToSend(dueAt: string | null, snooze: ReminderSnooze | null, now: string): string | null {
  if (dueAt === null) return null;
  const at = reminderAt(dueAt, snooze);
  if (Date.parse(now) < Date.parse(at)) return null;
  return at === dueAt ? `stakeholder-reminder:${dueAt}` : `stakeholder-reminder:${dueAt}:snoozed:${at}`;
}
