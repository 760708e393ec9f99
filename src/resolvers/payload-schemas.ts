/** Payload schemas per resolver key: anything else is refused with VALIDATION_FAILED. */
import { z } from 'zod';
import { IMPACT_LEVEL_IDS, INCIDENT_CATEGORY_IDS, URGENCY_LEVEL_IDS } from '../shared/vocabulary';

export const emptyPayload = z.object({}).strict();

export const incidentEditPayload = z
  .object({
    expectedRevision: z.number().int().min(0),
    category: z.enum(INCIDENT_CATEGORY_IDS).nullable().optional(),
    impact: z.enum(IMPACT_LEVEL_IDS).nullable().optional(),
    urgency: z.enum(URGENCY_LEVEL_IDS).nullable().optional(),
    exercise: z.boolean().optional(),
  })
  .strict();
