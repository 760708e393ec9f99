/**
 * Payload schemas per resolver key: anything else is refused with VALIDATION_FAILED, before
 * anything is read or stored. Values that depend on the settings (is this a known category or
 * impact?) are checked by the use cases against the live settings.
 */
import { z } from 'zod';
import { DATA_TYPES, RESIDENCES, TRIGGER_KEYS, type TriggerKeyView } from '../shared/legal-vocabulary';
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

const instant = z.iso.datetime({ offset: true, message: 'Give a date and time with its offset, e.g. 2026-03-02T09:00:00Z.' });
const tri = z.enum(['yes', 'no', 'unsure']);
const ruleId = z.string().min(1, 'Choose a rule.').max(80, 'This is not a rule id.');
const entryId = z.string().min(1).max(40);
const shortText = (max: number) => z.string().max(max, `Keep it under ${max} characters.`);
const count = z.number().int('Give a whole number of people.').min(0, 'Give zero or more people.').max(10_000_000_000);

export const legalRecordPayload = z.discriminatedUnion('action', [
  z
    .object({
      expectedRevision: z.number().int().min(0),
      action: z.literal('answer'),
      answers: z
        .object({
          personalData: tri.nullable(),
          risk: z.enum(['none', 'risk', 'high', 'unsure']).nullable(),
          residences: z.array(z.enum(RESIDENCES)).max(RESIDENCES.length),
          residencesComplete: z.boolean(),
          dataTypes: z.partialRecord(z.enum(DATA_TYPES), tri),
          affected: z.partialRecord(z.enum([...RESIDENCES, 'total']), count),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      expectedRevision: z.number().int().min(0),
      action: z.literal('start'),
      trigger: z.enum(TRIGGER_KEYS as [TriggerKeyView, ...TriggerKeyView[]]),
      at: instant,
      timeZone: z.string().min(1).max(64).refine(isTimeZone, 'Unknown time zone.'),
      reason: reason.optional(),
      evidence: shortText(TEXT_LIMITS.reason).optional(),
      corrects: entryId.optional(),
    })
    .strict(),
  z
    .object({
      expectedRevision: z.number().int().min(0),
      action: z.literal('decide'),
      ruleId,
      decision: z.enum(['notify', 'not-required', 'delay']),
      rationale: reason.optional(),
      evidence: z.array(shortText(TEXT_LIMITS.reason)).max(10).optional(),
      delay: z.object({ authority: shortText(TEXT_LIMITS.recipient), until: instant.optional(), reviewAt: instant.optional() }).strict().optional(),
    })
    .strict(),
  z
    .object({
      expectedRevision: z.number().int().min(0),
      action: z.literal('sent'),
      ruleId,
      sentAt: instant,
      recipient: shortText(TEXT_LIMITS.recipient),
      reference: shortText(TEXT_LIMITS.reference).optional(),
      lateReason: reason.optional(),
      corrects: entryId.optional(),
      reason: reason.optional(),
    })
    .strict(),
]);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
