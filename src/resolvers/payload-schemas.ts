/**
 * Payload schemas per resolver key: anything else is refused with VALIDATION_FAILED, before
 * anything is read or stored. Values that depend on the settings (is this a known category or
 * impact?) are checked by the use cases against the live settings.
 */
import { z } from 'zod';
import { DATA_TYPES, RESIDENCES, THRESHOLD_KEYS, TRIGGER_KEYS, type TriggerKeyView } from '../shared/legal-vocabulary';
import { TEXT_LIMITS } from '../shared/resolver-contract';

export const emptyPayload = z.object({}).strict();
/** incident/get: the panel's first paint asks for the timeline's place only (it reads the block when its Response section opens). */
export const incidentGetPayload = z.object({ timeline: z.literal('deferred').optional() }).strict();

const settingId = z.string().min(1, 'Choose a value.').max(64, 'This value is too long to be a valid choice.');
const reason = z.string().max(TEXT_LIMITS.reason, `Keep it under ${TEXT_LIMITS.reason} characters.`);
/**
 * The letters and digits a person can read in a text: spaces, zero-width and other invisible format
 * characters (U+200B, U+2060, U+FEFF, bidirectional marks) say nothing.
 * @example readableLength('\u200B\u200B ok') // 2
 */
export const readableLength = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

export const incidentEditPayload = z
  .object({
    expectedRevision: z.number().int().min(0),
    category: settingId.nullable().optional(),
    impact: settingId.nullable().optional(),
    urgency: settingId.nullable().optional(),
    exercise: z.boolean().optional(),
    cia: z.object({ confidentiality: z.boolean(), integrity: z.boolean(), availability: z.boolean(), authenticity: z.boolean() }).partial().strict().optional(),
    override: z
      .object({ level: settingId, reason: reason.refine((r) => readableLength(r) >= 3, 'Say why the matrix is overridden (at least a few words).') })
      .strict()
      .nullable()
      .optional(),
    reason: reason.optional(),
  })
  .strict();

export const reporterReplyPayload = z
  .object({
    text: z
      .string()
      .max(TEXT_LIMITS.reporterReply, `Keep the reply under ${TEXT_LIMITS.reporterReply} characters.`)
      .refine((t) => readableLength(t) > 0, 'Write the reply first.'),
    checkedNothingInternal: z.boolean().optional(),
  })
  .strict();

export const reporterReplyDraftPayload = z.object({ dismissing: z.boolean().optional() }).strict();

export const incidentTriagePayload = z
  .object({
    expectedRevision: z.number().int().min(0),
    action: z.enum(['confirm', 'dismiss', 'reopen']),
    reason: reason.optional(),
    reply: reporterReplyPayload.optional(),
  })
  .strict()
  .refine((d) => d.reply === undefined || d.action === 'dismiss', { message: 'A reply to the reporter goes with a dismissal only.', path: ['reply'] });

export const incidentDeclarePayload = z.object({ reason: reason.refine((r) => readableLength(r) > 0, 'Say why this is an incident.') }).strict();

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
          // NIS2 significant, DORA major, SEC material: optional, answers saved before them have none.
          thresholds: z.partialRecord(z.enum(THRESHOLD_KEYS), tri).optional(),
          encrypted: tri.optional(),
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
      delay: z
        .object({ authority: shortText(TEXT_LIMITS.recipient), until: instant.optional(), reviewAt: instant.optional() })
        .strict()
        .optional(),
      allStages: z.boolean().optional(),
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

/** Times in the response workspace and the timeline are stored in UTC, whatever offset the browser sent. */
const utcInstant = instant.transform((s) => new Date(s).toISOString());
const required = (max: number, what: string) => z.string().trim().min(1, `${what} is required.`).max(max, `Keep it under ${max} characters.`);
const revision = z.number().int().min(0);

export const responseRecordPayload = z.discriminatedUnion('action', [
  z
    .object({
      expectedRevision: revision,
      action: z.literal('role'),
      role: z.enum(['commander', 'techLead', 'coordinator', 'comms', 'legalLead', 'scribe']),
      accountId: z
        .string()
        .min(1)
        .max(128)
        .regex(/^[\w:-]+$/, 'Not an account id.')
        .nullable(),
    })
    .strict(),
  z
    .object({
      expectedRevision: revision,
      action: z.literal('phase'),
      phase: z.enum(['detection-analysis', 'containment', 'eradication-recovery', 'post-incident']),
      at: utcInstant,
      reason: reason.optional(),
    })
    .strict(),
  z.object({ expectedRevision: revision, action: z.literal('tick'), runbookId: settingId, stepId: settingId, done: z.boolean() }).strict(),
  z
    .object({
      expectedRevision: revision,
      action: z.literal('evidence'),
      item: required(TEXT_LIMITS.evidenceItem, 'What the item is'),
      sha256: z.string().max(200).optional(),
      content: z
        .string()
        .max(TEXT_LIMITS.evidenceContent, `Paste at most ${TEXT_LIMITS.evidenceContent} characters; hash larger items yourself and give the SHA-256.`)
        .optional(),
      source: required(TEXT_LIMITS.recipient, 'Where it came from'),
      collectedBy: required(TEXT_LIMITS.recipient, 'Who collected it'),
      collectedAt: utcInstant,
    })
    .strict(),
  z
    .object({
      expectedRevision: revision,
      action: z.literal('custody'),
      evidenceId: settingId,
      from: required(TEXT_LIMITS.recipient, 'Who handed it over'),
      to: required(TEXT_LIMITS.recipient, 'Who received it'),
      at: utcInstant,
      why: required(TEXT_LIMITS.reason, 'Why'),
    })
    .strict(),
]);

export const timelineAddPayload = z
  .object({
    kind: z.enum(['note', 'action', 'decision', 'evidence', 'communication']),
    text: required(TEXT_LIMITS.entry, 'The entry'),
    happenedAt: utcInstant.optional(),
    corrects: z.number().int().min(1).optional(),
  })
  .strict();

export const timelinePagePayload = z.object({ block: z.number().int().min(0).max(999_999) }).strict();
export const timelineExportPayload = z
  .object({
    format: z.enum(['json', 'markdown']),
    part: z.number().int().min(0).max(999).optional(),
    asOf: z
      .object({ at: utcInstant, seq: z.number().int().min(0).max(10_000_000) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((p) => (p.part ?? 0) === 0 || p.asOf !== undefined, { message: 'Later parts need the asOf of the first part.', path: ['asOf'] });
export const exerciseCreatePayload = z.object({ kind: z.enum(['tabletop', 'drill']) }).strict();
