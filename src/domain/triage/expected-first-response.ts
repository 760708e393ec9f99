import type { ResponseTarget } from '../config/app-config';

/** A business day of working time, for "next business day" wording. */
const BUSINESS_DAY_MINUTES = 8 * 60;

/**
 * How the reporter is told when to expect a first response, from the response target of the
 * incident's priority level. Targets of a full business day or more, or no target, read "by the
 * next business day" rather than a precise figure a small team may not keep.
 * @example expectedFirstResponse({ acknowledgeMinutes: 60, hours: 'around-the-clock' }) // 'within 1 hour'
 */
export function expectedFirstResponse(target: ResponseTarget | undefined): string {
  if (!target || (target.hours === 'business' && target.acknowledgeMinutes >= BUSINESS_DAY_MINUTES)) return 'by the next business day';
  const minutes = target.acknowledgeMinutes;
  const amount = minutes % 60 === 0 ? plural(minutes / 60, 'hour') : plural(minutes, 'minute');
  return target.hours === 'business' ? `within ${amount.replace(/(hours?|minutes?)$/, 'business $1')}` : `within ${amount}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
