import { z } from 'zod';
import { STATS_GROUPINGS, STATS_PERIODS } from '../shared/stats-contract';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-22.')
  .refine((d) => Number.isFinite(Date.parse(d)), 'Not a real date.');

/**
 * The gadget's saved configuration, checked again here: it reaches the resolver from the browser.
 * Projects are Jira keys (they end up in JQL, quoted), at most 10; a custom period at most 3 years.
 */
export const statsQueryPayload = z
  .object({
    projects: z
      .array(z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'Use Jira project keys such as SEC.'))
      .min(1, 'Choose at least one project.')
      .max(10, 'Choose at most 10 projects.'),
    period: z.enum(STATS_PERIODS),
    from: isoDate.optional(),
    to: isoDate.optional(),
    grouping: z.enum(STATS_GROUPINGS),
    includeExercises: z.boolean(),
    hourlyRate: z.number().min(0, 'The rate cannot be negative.').max(100_000, 'That rate looks wrong.').nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR.')
      .nullable(),
    hideNames: z.boolean(),
    refreshMinutes: z.number().int().min(0).max(1440),
  })
  .strict()
  .refine((q) => q.period !== 'custom' || (q.from && q.to && q.from <= q.to && Date.parse(q.to) - Date.parse(q.from) <= 3 * 366 * 86_400_000), {
    message: 'A custom period needs a start and an end, the start first, at most three years apart.',
    path: ['from'],
  })
  .transform((q) => ({ ...q, projects: [...new Set(q.projects)] }));
