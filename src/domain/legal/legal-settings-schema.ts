/**
 * The legal settings' schema, with messages that say what to fix: unknown rule ids, overrides of
 * rules that do not exist, business days without a calendar, custom rules that clash with the pack.
 */
import { z } from 'zod';
import { type Residence, RESIDENCES } from './legal-answers';
import { LEGAL_CALENDAR_IDS, PERIOD_UNITS, TRIGGER_KEYS } from './legal-rule';
import type { LegalSettings } from './legal-settings';
import { SHIPPED_RULES } from './rule-pack';
import { SECTORS } from '../../shared/organisation-profile-labels';

const tri = z.enum(['yes', 'no', 'unsure']);
const text = (max: number) => z.string().trim().min(1).max(max);
const country = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code, e.g. "DE".');

const period = z
  .object({
    amount: z.number().positive('The period must be positive.').max(1000),
    unit: z.enum(PERIOD_UNITS),
    calendar: z.enum(LEGAL_CALENDAR_IDS).optional(),
    cutoff: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A cut-off is a local time "HH:MM".')
      .optional(),
    endOfDay: z.boolean().optional(),
    dayOneIsStart: z.boolean().optional(),
  })
  .strict()
  .refine((p) => p.unit !== 'business_days' || p.calendar !== undefined, { message: 'Business days need a calendar (e.g. "US-federal").', path: ['calendar'] });

const recipients = z
  .object({ assignee: z.boolean(), reporter: z.boolean(), watchers: z.boolean(), users: z.array(text(128)).max(50), groups: z.array(text(255)).max(20) })
  .strict();

/** Places by the residence codes the rules name; absent in settings saved before the question existed. */
const places = z
  .array(z.enum(RESIDENCES as [Residence, ...Residence[]]))
  .max(RESIDENCES.length)
  .default(() => []);

const profile = z
  .object({
    euEstablished: tri,
    operatesIn: places,
    establishedIn: places,
    sector: z.enum(SECTORS).nullable().default(null),
    memberStates: z.array(country).max(27),
    processor: tri,
    nis2: z.enum(['essential', 'important', 'none', 'unsure']),
    trustServiceProvider: tri,
    telecomProvider: tri,
    dora: z.enum(['credit-institution', 'ccp', 'trading-venue', 'other-financial-entity', 'none', 'unsure']),
    secRegistrant: tri,
    hipaa: z.enum(['covered-entity', 'business-associate', 'none', 'unsure']),
    // Added with the 2026-12-07 pack: settings saved before it have no answer yet.
    caHealthFacility: tri.default('unsure'),
    nydfsCovered: tri,
    usBanking: tri,
    usBankServiceProvider: tri,
    ftcFinancialInstitution: tri,
    regSpInstitution: tri,
    regSpServiceProvider: tri,
    auAppEntity: tri,
    auReportingEntity: tri,
    auSoci: tri,
    certInScope: tri,
    cardMerchant: tri,
    acquirerCountry: country.nullable(),
    craManufacturer: tri,
    chCriticalInfrastructure: tri,
    aiHighRiskProvider: tri,
    cisaCoveredEntity: tri,
  })
  .strict();

const packIds = new Set(SHIPPED_RULES.map((r) => r.id));

export const legalSettingsSchema = z
  .object({
    profile,
    enabled: z.record(z.string(), z.boolean()),
    overrides: z
      .array(
        z
          .object({
            ruleId: text(80),
            jurisdiction: text(16),
            period: period.optional(),
            recipient: text(300).optional(),
            disabled: z.boolean().optional(),
            note: z.string().max(500),
          })
          .strict(),
      )
      .max(200),
    customRules: z
      .array(
        z
          .object({
            id: z.string().regex(/^custom\.[a-z0-9._-]{1,60}$/, 'Custom rule ids start with "custom." and use lower-case letters, digits, dots or dashes.'),
            regime: text(120),
            stage: text(200),
            recipient: text(300),
            trigger: z.enum(TRIGGER_KEYS),
            period: period.nullable(),
            softWording: z.string().max(300).nullable(),
            policyTargetHours: z
              .number()
              .positive()
              .max(24 * 366)
              .nullable(),
            requiresPersonalData: z.boolean(),
            residences: z.array(z.enum(RESIDENCES)).max(RESIDENCES.length),
            citation: text(500),
            lateRequiresReasons: z.boolean(),
          })
          .strict()
          .refine((r) => r.period !== null || r.softWording !== null, {
            message: 'A rule without a period needs the wording of the duty (e.g. "promptly").',
            path: ['softWording'],
          }),
      )
      .max(100),
    policyTargetHours: z.record(
      z.string(),
      z
        .number()
        .positive('A policy target must be positive.')
        .max(24 * 366),
    ),
    escalation: z
      .object({
        atPercent: z.array(z.number().int().min(1, 'Reminders are at 1-99 % of the window.').max(99, 'Reminders are at 1-99 % of the window.')).max(5),
        recipients,
      })
      .strict(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const known = new Set([...packIds, ...s.customRules.map((r) => r.id)]);
    for (const id of Object.keys(s.enabled)) if (!known.has(id)) ctx.addIssue({ code: 'custom', path: ['enabled', id], message: `No rule "${id}" exists.` });
    for (const id of Object.keys(s.policyTargetHours))
      if (!known.has(id)) ctx.addIssue({ code: 'custom', path: ['policyTargetHours', id], message: `No rule "${id}" exists.` });
    s.overrides.forEach((o, i) => {
      if (!known.has(o.ruleId)) ctx.addIssue({ code: 'custom', path: ['overrides', i, 'ruleId'], message: `No rule "${o.ruleId}" exists to override.` });
    });
    const seen = new Set<string>();
    s.customRules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['customRules', i, 'id'], message: `Two custom rules are called "${r.id}".` });
      seen.add(r.id);
    });
  }) satisfies z.ZodType<LegalSettings, unknown>;
