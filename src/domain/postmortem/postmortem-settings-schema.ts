import { z } from 'zod';
import { DEFAULT_TEMPLATES } from './default-templates';
import type { PostmortemSettings } from './postmortem-settings';
import { FACT_BLOCKS, REPORT_KINDS } from './report-templates';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes');
const text = (max: number) => z.string().max(max);

const templateSchema = z.object({
  kind: z.enum(REPORT_KINDS),
  title: text(120).min(1),
  purpose: text(500),
  sections: z
    .array(z.object({ id, heading: text(120).min(1), prompt: text(1000).nullable(), facts: z.array(z.enum(FACT_BLOCKS)).max(FACT_BLOCKS.length) }))
    .min(1)
    .max(20)
    .refine((sections) => new Set(sections.map((s) => s.id)).size === sections.length, 'section ids must be unique within a template'),
});

/** The stored postmortem settings; a space key is what Confluence allows (letters and digits). */
export const postmortemSettingsSchema = z.object({
  requiredLevels: z.array(z.string().min(1).max(64)).max(10).nullable(),
  dueDays: z.number().int().min(1, 'give at least one day').max(365),
  confluenceSpaceKey: z
    .string()
    .regex(/^[A-Za-z0-9]{1,255}$/, 'a Confluence space key has letters and digits only')
    .nullable(),
  templates: z
    .array(templateSchema)
    .max(REPORT_KINDS.length)
    .refine((ts) => new Set(ts.map((t) => t.kind)).size === ts.length, 'one template per kind')
    .default(() => structuredClone(DEFAULT_TEMPLATES)),
}) satisfies z.ZodType<PostmortemSettings>;
