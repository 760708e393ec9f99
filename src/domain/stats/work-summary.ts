import { AROUND_THE_CLOCK, type BusinessCalendar } from '../sla/business-calendar';
import type { SlaSettings } from '../sla/sla-settings';
import { workingTimeBetween } from '../sla/working-time';
import { utcDay } from './stats-days';

/** One Jira worklog as the statistics need it. */
export interface WorklogFact {
  author: string;
  started: string;
  timeSpentSeconds: number;
}

/** Seconds one person logged on one UTC day (the day the work started), inside and outside business hours. */
export interface WorkDay {
  day: string;
  account: string;
  inside: number;
  outside: number;
}

/**
 * "Business hours" are the office calendar of the SLA settings (the calendar with id "office",
 * else the calendar of the lowest level's policy), so the split follows the team's own hours and
 * holidays; a site without one counts everything as inside.
 */
export function workCalendar(sla: SlaSettings): BusinessCalendar {
  const office = sla.calendars.find((c) => c.id === 'office');
  if (office) return office;
  const ids = Object.values(sla.policies).map((p) => p.calendarId);
  return sla.calendars.find((c) => c.id === ids[ids.length - 1]) ?? AROUND_THE_CLOCK;
}

/**
 * Sums worklogs per day and person, splitting each between working time on `calendar` and the
 * rest. Order-independent: the result is sorted, so the same worklogs always give the same summary.
 * @example workSummary([{ author: 'a', started: '2026-11-20T16:00:00.000Z', timeSpentSeconds: 7200 }], officeHoursUtc) // [{ day: '2026-11-20', account: 'a', inside: 3600, outside: 3600 }]
 */
export function workSummary(worklogs: readonly WorklogFact[], calendar: BusinessCalendar): WorkDay[] {
  const byKey = new Map<string, WorkDay>();
  for (const w of worklogs) {
    const start = Date.parse(w.started);
    if (!Number.isFinite(start) || !(w.timeSpentSeconds > 0)) continue;
    const seconds = Math.round(w.timeSpentSeconds);
    const inside = Math.min(seconds, Math.round(workingTimeBetween(calendar, start, start + seconds * 1000) / 1000));
    const day = utcDay(start);
    const key = `${day}|${w.author}`;
    const entry = byKey.get(key) ?? { day, account: w.author, inside: 0, outside: 0 };
    entry.inside += inside;
    entry.outside += seconds - inside;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => a.day.localeCompare(b.day) || a.account.localeCompare(b.account));
}
