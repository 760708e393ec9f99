import { DateTime } from 'luxon';
import { z } from 'zod';
import { WEEKDAYS } from './business-calendar';
import { isKnownHolidayRegion } from './holiday-dates';
import type { SlaSettings } from './sla-settings';

const id = z.string().min(1).max(64);
const names = z.array(z.string().min(1).max(255)).max(50);
const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:mm (00:00-24:00).');
const period = z.object({ start: clockTime, end: clockTime }).refine((p) => p.start < p.end, 'A working period must end after it starts.');
const timeZone = z.string().refine((zone) => DateTime.local().setZone(zone).isValid, 'Not an IANA time zone (for example Europe/Berlin).');
const holidayRegion = z
  .object({ country: z.string().regex(/^[A-Z]{2}$/), state: z.string().max(10).nullable(), region: z.string().max(10).nullable() })
  .refine(isKnownHolidayRegion, 'The holiday dataset does not know this country, state or region.');
const calendar = z.object({
  id,
  name: z.string().min(1).max(120),
  timeZone,
  week: z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(period).max(6)])) as Record<(typeof WEEKDAYS)[number], z.ZodArray<typeof period>>),
  holidays: holidayRegion.nullable(),
  closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(200),
});
const minutes = z
  .number()
  .int('Give whole minutes.')
  .positive('A target must be a positive number of minutes.')
  .max(366 * 24 * 60, 'A target can be at most a year (527,040 minutes).');
const recipients = z.object({
  assignee: z.boolean(),
  reporter: z.boolean(),
  watchers: z.boolean(),
  users: z.array(z.string().min(1).max(128)).max(20),
  groups: names,
});
/** Who is told on a warning and on a breach; also a project's own path (project settings). */
export const escalationPathSchema = z.object({ warning: recipients, breach: recipients });
const path = escalationPathSchema;

/** The SLA part of the stored settings, with checks that say what to fix. */
export const slaSettingsSchema = z
  .object({
    calendars: z.array(calendar).min(1).max(20),
    policies: z.record(z.string(), z.object({ calendarId: id, targetMinutes: z.object({ acknowledge: minutes, contain: minutes, resolve: minutes }) })),
    warnAtPercent: z.number().int('Give a whole percentage.').min(1, 'Warn at 1 to 99 % of a target.').max(99, 'Warn at 1 to 99 % of a target.'),
    statuses: z.object({ pause: names, contained: names, resolved: names }),
    escalation: z.object({ default: path, byLevel: z.record(z.string(), path) }),
  })
  .superRefine((sla, ctx) => {
    const ids = new Set(sla.calendars.map((c) => c.id));
    sla.calendars.forEach((c, i) => {
      if (WEEKDAYS.every((d) => c.week[d].length === 0))
        ctx.addIssue({
          code: 'custom',
          path: ['calendars', i, 'week'],
          message: `Calendar "${c.name}" has no working hours: give at least one day a working period such as 09:00-17:00.`,
        });
    });
    for (const [level, policy] of Object.entries(sla.policies)) {
      if (!ids.has(policy.calendarId))
        ctx.addIssue({
          code: 'custom',
          path: ['policies', level, 'calendarId'],
          message: `The policy for "${level}" uses calendar "${policy.calendarId}", which does not exist: use one of ${[...ids].map((i) => `"${i}"`).join(', ')}.`,
        });
    }
  }) satisfies z.ZodType<SlaSettings>;
