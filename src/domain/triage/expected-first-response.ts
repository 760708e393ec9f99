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
  const { promise, amount } = firstResponsePromiseValues(policy, calendar);
  if (promise === 'nextBusinessDay') return 'by the next business day';
  const unit = promise === 'hours' || promise === 'businessHours' ? 'hour' : 'minute';
  const words = `${amount} ${promise.startsWith('business') ? 'business ' : ''}${unit}${amount === 1 ? '' : 's'}`;
  return `within ${words}`;
}

/** The first-response promise as a message's values: which promise (a select) and its amount (a plural). */
export interface FirstResponsePromise {
  promise: 'nextBusinessDay' | 'hours' | 'businessHours' | 'minutes' | 'businessMinutes';
  amount: number;
}

/**
 * The same promise as values for a message in the reader's language.
 * @example firstResponsePromiseValues({ calendarId: '24x7', targetMinutes: { acknowledge: 60, contain: 240, resolve: 1440 } }, AROUND_THE_CLOCK) // { promise: 'hours', amount: 1 }
 */
export function firstResponsePromiseValues(policy: SlaPolicy | undefined, calendar: BusinessCalendar | undefined): FirstResponsePromise {
  if (!policy || !calendar) return { promise: 'nextBusinessDay', amount: 0 };
  const minutes = policy.targetMinutes.acknowledge;
  const business = !isAroundTheClock(calendar);
  if (business && minutes >= BUSINESS_DAY_MINUTES) return { promise: 'nextBusinessDay', amount: 0 };
  if (minutes % 60 === 0) return { promise: business ? 'businessHours' : 'hours', amount: minutes / 60 };
  return { promise: business ? 'businessMinutes' : 'minutes', amount: minutes };
}
