/** Payload schemas of the postmortem resolvers (see payload-schemas.ts for the others). */
import { z } from 'zod';
import { REPORT_KINDS } from '../domain/postmortem/report-templates';
import { TEXT_LIMITS } from '../shared/resolver-contract';

const kind = z.enum(REPORT_KINDS, 'Choose postmortem, final-report or breach-summary.');

export const reportKindPayload = z.object({ kind }).strict();

export const reportSectionPayload = z
  .object({
    kind,
    sectionId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9-]+$/, 'Not a section id.'),
    text: z.string().max(TEXT_LIMITS.section, `Keep a section under ${TEXT_LIMITS.section} characters; put long material in the timeline or evidence.`),
    expectedRevision: z.number('Say which revision of the section you started from (0 when it was never written).').int().min(0).max(1_000_000),
  })
  .strict();

export const followUpPayload = z
  .object({
    summary: z
      .string()
      .trim()
      .min(3, 'Say what needs doing (a few words at least).')
      .max(TEXT_LIMITS.followUp, `Keep the summary under ${TEXT_LIMITS.followUp} characters (Jira's limit).`),
  })
  .strict();
