import type { OnCallView } from '../../../../../src/shared/resolver-contract';
import { zonedTimeInWords } from '../../../../../src/shared/time-in-words';

/**
 * A moment in a named zone, with the zone said in full so nobody guesses whose 09:00 it is:
 * "Mon 14 Dec 2026, 09:00 (Europe/Berlin)", in the same words as every other time the app shows.
 */
export const zonedTime = (iso: string, timeZone: string): string => zonedTimeInWords(iso, timeZone);

/** "On call now: Sam (primary), Riley (secondary), until Mon 14 Dec 2026, 09:00 (Europe/Berlin)". */
export function onCallNowText(view: OnCallView): string {
  if (!view.rota) return view.noRota ?? '';
  const people = [view.primary && `${view.primary.name} (primary)`, view.secondary && `${view.secondary.name} (secondary)`].filter(Boolean);
  const who = people.length > 0 ? people.join(', ') : 'nobody';
  return `On call now: ${who}${view.until ? `, until ${zonedTime(view.until, view.rota.zone)}` : ''}.`;
}

/** Where the paging stands, in one sentence. */
export function pagingStateText(paging: NonNullable<OnCallView['paging']>, timeZone: string | undefined): string {
  const viewerTime = (iso: string) => zonedTime(iso, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  switch (paging.state) {
    case 'waiting-for-hours':
      return paging.startsAt
        ? `${paging.level} incidents page in business hours: paging begins ${viewerTime(paging.startsAt)}.`
        : `${paging.level} incidents are not paged (the paging policy in the settings).`;
    case 'waiting-for-acknowledgement':
      return `Waiting for someone to say "I'm on it" (each page waits ${paging.windowMinutes} minutes, then the next person is paged).`;
    case 'acknowledged':
      return `${paging.acknowledgedBy?.name ?? 'Someone'} is on it${paging.acknowledgedAt ? ` since ${viewerTime(paging.acknowledgedAt)}` : ''}: paging stopped.`;
    case 'ended':
      return 'Paging stopped: the incident was closed, dismissed or made an exercise.';
  }
}
