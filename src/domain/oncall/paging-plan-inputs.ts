import type { AppConfig } from '../config/app-config';
import { AROUND_THE_CLOCK, type BusinessCalendar } from '../sla/business-calendar';
import { calendarOf, escalationPathFor } from '../sla/sla-settings';

/**
 * The business calendar whose hours are "business hours" for paging a level: the on-call settings'
 * own calendar, else the calendar of the level's SLA policy (so paging and SLA clocks agree on when
 * the team works), else around the clock: a level without a calendar of its own is one nobody set
 * office hours for, and the policy alone (any-hour, never) still decides.
 * @example pagingCalendar(defaultAppConfig(), 'Mild').id // 'office'
 */
export function pagingCalendar(config: AppConfig, level: string): BusinessCalendar {
  const own = config.oncall.calendarId === null ? undefined : config.sla.calendars.find((c) => c.id === config.oncall.calendarId);
  const policy = config.sla.policies[level];
  return own ?? (policy ? calendarOf(config.sla, policy) : undefined) ?? AROUND_THE_CLOCK;
}

/**
 * The people paged after the secondary: the level's SLA escalation path, warning then breach, each
 * person once. Groups are not paged one by one (a page names a person).
 * @example pagingEscalationPath(configWithBreachUsers(['acc-morgan']), 'Critical') // ['acc-morgan']
 */
export function pagingEscalationPath(config: AppConfig, level: string): string[] {
  const path = escalationPathFor(config.sla, level);
  return [...new Set([...path.warning.users, ...path.breach.users])];
}

/** The level's label as people read it ("Critical", or a preset's "P1 - Critical"). */
export const levelLabel = (config: AppConfig, level: string): string => config.priority.matrix.levels.find((l) => l.id === level)?.label ?? level;

/** Minutes a page of this level waits for "I'm on it". */
export const ackWindowMinutes = (config: AppConfig, level: string): number => config.oncall.ackWindows.byLevel[level] ?? config.oncall.ackWindows.otherwise;
