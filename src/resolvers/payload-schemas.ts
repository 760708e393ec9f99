/**
 * Payload schemas per resolver key: anything else is refused with VALIDATION_FAILED, before
 * anything is read or stored. Values that depend on the settings (is this a known category or
 * impact?) are checked by the use cases against the live settings.
 */
import { z } from 'zod';
import { TEXT_LIMITS } from '../shared/resolver-contract';

export const emptyPayload = z.object({}).strict();

const settingId = z.string().min(1, 'Choose a value.').max(64, 'This value is too long to be a valid choice.');
const reason = z.string().max(TEXT_LIMITS.reason, `Keep it under ${TEXT_LIMITS.reason} characters.`);

export const incidentEditPayload = z
  .object({
    expectedRevision: z.number().int().min(0),
    category: settingId.nullable().optional(),
    impact: settingId.nullable().optional(),
    urgency: settingId.nullable().optional(),
    exercise: z.boolean().optional(),
    cia: z.object({ confidentiality: z.boolean(), integrity: z.boolean(), availability: z.boolean(), authenticity: z.boolean() }).partial().strict().optional(),
    override: z
      .object({ level: settingId, reason: reason.refine((r) => r.trim().length >= 3, 'Say why the matrix is overridden (at least a few words).') })
      .strict()
      .nullable()
      .optional(),
    reason: reason.optional(),
  })
  .strict();

export const incidentTriagePayload = z
  .object({
    expectedRevision: z.number().int().min(0),
    action: z.enum(['confirm', 'dismiss', 'reopen']),
    reason: reason.optional(),
  })
  .strict();
