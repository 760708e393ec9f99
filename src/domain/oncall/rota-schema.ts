import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Rota, RotaOverride } from './rota-shape';

/** Limits that keep one rota small enough for a settings page and for Forge's storage. */
export const MAX_PEOPLE = 50;
export const MAX_OVERRIDES = 200;

const accountId = z.string().min(1, 'Pick a person.').max(128);
const people = (role: string) => z.array(accountId).max(MAX_PEOPLE, `At most ${MAX_PEOPLE} people can take turns as ${role}.`);
const zone = z.string().refine((name) => DateTime.local().setZone(name).isValid, 'Not an IANA time zone (for example Europe/Berlin).');
const instant = z.iso.datetime({ offset: true, message: 'Give an ISO date and time with its offset, e.g. 2026-12-24T09:00:00+01:00.' });
const isoDate = z.iso.date('Give the first shift as YYYY-MM-DD.');
const override = z
  .object({ from: instant, to: instant, role: z.enum(['primary', 'secondary']), accountId, reason: z.string().max(255) })
  .refine((o) => Date.parse(o.from) < Date.parse(o.to), { message: 'An override must end after it starts.', path: ['to'] });

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The first pair of overrides for the same role whose intervals share an instant, as indexes. */
function firstOverlap(overrides: readonly RotaOverride[]): [number, number] | null {
  const sorted = overrides.map((o, i) => ({ i, role: o.role, from: Date.parse(o.from), to: Date.parse(o.to) })).sort((a, b) => a.from - b.from);
  for (const [k, a] of sorted.entries()) {
    const b = sorted.slice(k + 1).find((o) => o.role === a.role);
    if (b && b.from < a.to) return [Math.min(a.i, b.i), Math.max(a.i, b.i)];
  }
  return null;
}

/** A rota as the settings store it, with checks that say what to fix. */
export const rotaSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().min(1, 'Give the rota a name.').max(120),
    zone,
    handOff: z.object({
      every: z.enum(['week', 'day']),
      weekday: z.number().int().min(1, 'Weekday is 1 (Monday) to 7 (Sunday).').max(7, 'Weekday is 1 (Monday) to 7 (Sunday).').optional(),
      at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:mm (00:00-23:59) for the hand-off time.'),
    }),
    primary: people('primary').min(1, 'Add at least one person as primary.'),
    secondary: people('secondary'),
    startsOn: isoDate,
    overrides: z.array(override).max(MAX_OVERRIDES, `At most ${MAX_OVERRIDES} overrides; remove ones that have ended.`),
  })
  .superRefine((rota, ctx) => {
    // Zod runs this check even when a field above failed; it only speaks about well-formed fields.
    const startDay = DateTime.fromISO(rota.startsOn, { zone: 'utc' });
    const { every, weekday } = rota.handOff;
    const weekdayName = weekday === undefined ? undefined : WEEKDAY_NAMES[weekday - 1];
    if (every === 'week' && startDay.isValid && weekdayName && weekday !== startDay.weekday)
      ctx.addIssue({
        code: 'custom',
        path: ['startsOn'],
        message: `The first shift (${rota.startsOn}) is a ${WEEKDAY_NAMES[startDay.weekday - 1]}, but hand-offs are on ${weekdayName}: start on a ${weekdayName}.`,
      });
    const overlap = firstOverlap(rota.overrides);
    if (overlap) {
      const [a, b] = overlap.map((i) => rota.overrides[i]!);
      ctx.addIssue({
        code: 'custom',
        path: ['overrides', overlap[1]],
        message: `Two ${a!.role} overrides overlap (${a!.from} to ${a!.to} and ${b!.from} to ${b!.to}): only one person can cover a role at a time.`,
      });
    }
  }) satisfies z.ZodType<Rota>;
