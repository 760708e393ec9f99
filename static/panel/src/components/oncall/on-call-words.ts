import type { OnCallView } from '../../../../../src/shared/resolver-contract';
import type { I18n } from '../../../../common/i18n/i18n-provider';
import { formatTime } from '../labels';
import { presetText } from '../matrix-words';

type Words = Pick<I18n, 't' | 'locale' | 'source'>;

/**
 * A moment in a named zone, with the zone said in full so nobody guesses whose 09:00 it is:
 * "Mon 14 Dec 2026, 09:00 (Europe/Berlin)", in the viewer's language.
 */
export const zonedTime = (iso: string, timeZone: string, locale: string): string => formatTime(iso, timeZone, locale);

/** The viewer's zone (from their Jira profile), else the browser's. */
const viewerZone = (timeZone: string | undefined) => timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "On call now: Sam (primary), Riley (secondary), until Mon 14 Dec 2026, 09:00 (Europe/Berlin)." */
export function onCallNowText(view: OnCallView, { t, locale }: Words): string {
  if (!view.rota) return t('panel.oncall.noRota');
  const people = [
    view.primary && t('panel.oncall.primary', { name: view.primary.name }),
    view.secondary && t('panel.oncall.secondary', { name: view.secondary.name }),
  ].filter(Boolean);
  return t('panel.oncall.now', {
    who: people.length > 0 ? people.join(', ') : t('panel.oncall.nobody'),
    hasUntil: view.until ? 'yes' : 'no',
    until: view.until ? zonedTime(view.until, view.rota.zone, locale) : '',
  });
}

/** One page sent or place passed over ("Paged Sam (primary on call) at ..."); the place is the backend's words. */
export function pageText(page: NonNullable<OnCallView['paging']>['pages'][number], timeZone: string | undefined, { t, locale }: Words): string {
  if (page.kind === 'paged') return t('panel.oncall.paged', { name: page.name, role: page.role, when: zonedTime(page.at, viewerZone(timeZone), locale) });
  // The backend names nobody as 'Nobody' (src/usecases/paging-view.ts).
  return page.name === 'Nobody' ? t('panel.oncall.nobodyAs', { role: page.role }) : t('panel.oncall.passedOver', { name: page.name, role: page.role });
}

/** Where the paging stands, in one sentence. */
export function pagingStateText(paging: NonNullable<OnCallView['paging']>, timeZone: string | undefined, words: Words): string {
  const { t, locale } = words;
  // The level as the backend names it: a preset's name the admin kept reads in the viewer's words.
  const level = presetText(paging.level, words);
  const viewerTime = (iso: string) => zonedTime(iso, viewerZone(timeZone), locale);
  switch (paging.state) {
    case 'waiting-for-hours':
      return paging.startsAt
        ? t('panel.oncall.state.waitingForHours', { level, when: viewerTime(paging.startsAt) })
        : t('panel.oncall.state.notPaged', { level });
    case 'waiting-for-acknowledgement':
      return t('panel.oncall.state.waitingForAcknowledgement', { minutes: paging.windowMinutes });
    case 'acknowledged':
      return t('panel.oncall.state.acknowledged', {
        known: paging.acknowledgedBy ? 'yes' : 'no',
        name: paging.acknowledgedBy?.name ?? '',
        since: paging.acknowledgedAt ? 'yes' : 'no',
        when: paging.acknowledgedAt ? viewerTime(paging.acknowledgedAt) : '',
      });
    case 'ended':
      return t('panel.oncall.state.ended');
  }
}
