import { type BusinessCalendar, isAroundTheClock } from '../sla/business-calendar';
import type { SlaPolicy } from '../sla/sla-settings';

/** A business day of working time, for "next business day" wording. */
const BUSINESS_DAY_MINUTES = 8 * 60;

/**
 * How the reporter is told when to expect a first response, from the acknowledge target of the
 * incident's SLA policy. Office-hours targets of a full business day or more, or no policy, read
 * "by the next business day" rather than a precise figure a small team may not keep.
 * @example expectedFirstResponse({ calendarId: '24x7', targetMinutes: { acknowledge: 60, contain: 240, resolve: 1440 } }, AROUND_THE_CLOCK) // 'within 1 hour'
 */
export function expectedFirstResponse(policy: SlaPolicy | undefined, calendar: BusinessCalendar | undefined): string {
  if (!policy || !calendar) return 'by the next business day';
  const minutes = policy.targetMinutes.acknowledge;
  const business = !isAroundTheClock(calendar);
  if (business && minutes >= BUSINESS_DAY_MINUTES) return 'by the next business day';
  const amount = minutes % 60 === 0 ? plural(minutes / 60, 'hour') : plural(minutes, 'minute');
  return business ? `within ${amount.replace(/(hours?|minutes?)$/, 'business $1')}` : `within ${amount}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
