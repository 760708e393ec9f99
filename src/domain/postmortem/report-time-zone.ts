import { calendarOf, type SlaSettings } from '../sla/sla-settings';

/**
 * The one zone a document about an incident (its postmortem, its timeline in Markdown) writes its
 * times in: the zone of the working-hours calendar the incident's priority runs on, else the site's
 * first calendar's, so it is the zone the responders and their stakeholders work in. Null when no
 * calendar is set: the document then says it uses UTC.
 * @example reportTimeZone('critical', sla with critical on a Europe/Berlin calendar) // 'Europe/Berlin'
 */
export function reportTimeZone(priority: string | null, sla: SlaSettings): string | null {
  const policy = priority === null ? undefined : sla.policies[priority];
  const calendar = (policy && calendarOf(sla, policy)) ?? sla.calendars[0];
  return calendar?.timeZone ?? null;
}
