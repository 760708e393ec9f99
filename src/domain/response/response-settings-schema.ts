import { z } from 'zod';
import { PHASES } from './lifecycle-phases';
import type { ResponseSettings } from './response-settings';
import { TOMBSTONE_RETENTION_DAYS } from '../incident/tombstone';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);

/** The stored runbooks and contacts; step and runbook ids are unique so ticks stay attached. */
export const responseSettingsSchema = z.object({
  runbooks: z
    .array(
      z.object({
        id,
        title: text(120).min(1),
        categories: z.array(id).max(50),
        steps: z
          .array(z.object({ id, text: text(500).min(1), phase: z.enum(PHASES) }))
          .min(1)
          .max(60)
          .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, 'step ids must be unique within a runbook'),
      }),
    )
    .max(50)
    .refine((books) => new Set(books.map((b) => b.id)).size === books.length, 'runbook ids must be unique'),
  contacts: z
    .array(
      z.object({
        id,
        name: text(120).min(1),
        role: text(120),
        channel: text(300),
        emergency: text(300),
        categories: z.array(id).max(50),
        levels: z.array(id).max(20),
        tellWithinMinutes: z.number().int().positive('"Tell within" must be a positive number of minutes, or empty for no deadline.').max(525_600).nullable(),
        lawEnforcement: z.boolean().default(false),
      }),
    )
    .max(200),
  deletedRetentionDays: z
    .number()
    .int()
    .min(TOMBSTONE_RETENTION_DAYS.min, 'Keep deleted incidents for at least one day.')
    .max(TOMBSTONE_RETENTION_DAYS.max, 'Forge storage keeps a record for at most 365 days.')
    .default(TOMBSTONE_RETENTION_DAYS.default),
}) satisfies z.ZodType<ResponseSettings>;
