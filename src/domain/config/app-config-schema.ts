import { z } from 'zod';
import type { AppConfig } from './app-config';
import { DEFAULT_LANGUAGE_SETTINGS, DEFAULT_PROGRAM_SETTINGS, defaultAppConfig } from './default-config';
import { APP_LOCALES } from '../../shared/app-locales';
import { CHECKLIST_ITEM_IDS } from '../program/getting-started';
import { escalationPathSchema } from '../sla/sla-settings-schema';
import { validateMatrix } from '../priority/validate-matrix';
import { slaSettingsSchema } from '../sla/sla-settings-schema';
import { DEFAULT_LEGAL_SETTINGS } from '../legal/legal-settings';
import { legalSettingsSchema } from '../legal/legal-settings-schema';
import { DEFAULT_RESPONSE_SETTINGS } from '../response/response-settings';
import { responseSettingsSchema } from '../response/response-settings-schema';
import { DEFAULT_POSTMORTEM_SETTINGS } from '../postmortem/postmortem-settings';
import { postmortemSettingsSchema } from '../postmortem/postmortem-settings-schema';
import { DEFAULT_ONCALL_SETTINGS, onCallSettingsSchema } from '../oncall/oncall-settings';
import { DEFAULT_ALERT_SETTINGS, alertSettingsSchema } from '../alerts/alert-source';
import { DEFAULT_STAKEHOLDER_SETTINGS, stakeholderSettingsSchema } from '../stakeholders/stakeholder-settings';
import { upgradeToExplicitLists } from './explicit-lists-upgrade';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const axisLevel = z.object({ id, label: text(80).min(1), description: text(500) });
const relative = z.enum(['low', 'medium', 'high']);
const accountId = z.string().min(1).max(128);
const projectKey = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'A project key is upper-case letters, digits and underscores, starting with a letter (e.g. "SEC").');
const contacts = responseSettingsSchema.shape.contacts;
const defaults = DEFAULT_PROGRAM_SETTINGS();

const projectOverride = z.object({
  calendarId: id.nullable(),
  escalation: escalationPathSchema.nullable(),
  contacts,
});

/** The stored settings' shape; the admin page (Admin-settings issue) writes through the same schema. */
export const appConfigSchema = z.object({
  schemaVersion: z.literal(2),
  /**
   * Settings saved before scopes existed made every issue an incident: so does the default. Settings
   * saved before `setUp` existed were saved by an admin, so they count as set up. Settings saved
   * while an empty list meant "all" are read by upgradeToExplicitLists first.
   */
  scope: z
    .object({
      projectKeys: z.array(projectKey).max(100),
      issueTypeIds: z.array(z.string().regex(/^\d{1,18}$/, 'An issue type id is a number.')).max(50),
      allProjects: z.boolean(),
      allIssueTypes: z.boolean(),
      setUp: z.boolean().default(true),
    })
    .default({ projectKeys: [], issueTypeIds: [], allProjects: true, allIssueTypes: true, setUp: true }),
  taxonomy: z.object({
    categories: z
      .array(
        z.object({
          id,
          label: text(120).min(1),
          description: text(500),
          examples: z.array(text(200)).max(10),
          defaultImpact: relative,
          defaultUrgency: relative,
          restrictTo: text(255).nullable(),
          // Added later: settings stored before it have no advice, which shows nothing.
          advice: text(600).default(''),
        }),
      )
      .min(1)
      .max(50),
    reviewedAt: z.iso.datetime({ offset: true, message: 'Give the review time as an ISO date-time.' }).nullable(),
    reviewEveryMonths: z
      .number()
      .int()
      .min(6, 'Review the taxonomy at least every 12 months and at most every 6: give 6 to 12.')
      .max(12, 'Review the taxonomy at least every 12 months and at most every 6: give 6 to 12.')
      .default(12),
  }),
  priority: z.object({
    matrix: z.object({
      id,
      name: text(120),
      help: text(1000),
      impact: z.array(axisLevel).min(1).max(10),
      urgency: z.array(axisLevel).min(1).max(10),
      levels: z.array(axisLevel).min(1).max(10),
      cells: z.array(z.object({ impact: id, urgency: id, score: z.number().nullable(), level: id })).max(100),
    }),
    jiraPriorityByLevel: z.record(z.string(), text(255)),
  }),
  sla: slaSettingsSchema,
  /** Settings saved before the legal clocks existed have none: the defaults apply. */
  legal: legalSettingsSchema.default(() => structuredClone(DEFAULT_LEGAL_SETTINGS)),
  /** Settings saved before the response workspace existed have none: the default runbooks apply. */
  response: responseSettingsSchema.default(() => structuredClone(DEFAULT_RESPONSE_SETTINGS)),
  /** Settings saved before the postmortem generator existed have none: the default policy and templates apply. */
  postmortem: postmortemSettingsSchema.default(() => structuredClone(DEFAULT_POSTMORTEM_SETTINGS)),
  intake: z.object({
    acknowledgeOnPortal: z.boolean(),
    requestTypeIds: z
      .array(z.string().regex(/^\d{1,18}$/, 'A request type id is a number.'))
      .max(50)
      .default([]),
    allRequestTypes: z.boolean(),
  }),
  program: z
    .object({
      ownerAccountId: accountId.nullable(),
      responderAccountIds: z.array(accountId).max(100),
      channel: text(300),
      metricsReviewedAt: z.iso.datetime({ offset: true }).nullable(),
      confirmedSteps: z
        .array(z.enum(CHECKLIST_ITEM_IDS as [string, ...string[]]))
        .max(CHECKLIST_ITEM_IDS.length)
        .default([]),
    })
    .default(defaults.program),
  costs: z
    .object({
      hourlyRate: z.number().min(0, 'The hourly rate cannot be negative.').max(100_000),
      currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter ISO currency code, e.g. "EUR".'),
    })
    .default(defaults.costs),
  access: z.object({ adminGroups: z.array(z.string().trim().min(1).max(255)).max(20) }).default(defaults.access),
  projects: z.record(projectKey, projectOverride).default({}),
  /** Settings saved before on-call existed have none: nobody is paged until an admin adds a rota. */
  oncall: onCallSettingsSchema.default(() => structuredClone(DEFAULT_ONCALL_SETTINGS)),
  /** Settings saved before alert sources existed have none: the web trigger refuses every request. */
  alerts: alertSettingsSchema.default(() => structuredClone(DEFAULT_ALERT_SETTINGS)),
  /** Settings saved before stakeholder updates existed read with the default cadence and no stakeholders. */
  stakeholders: stakeholderSettingsSchema.default(() => structuredClone(DEFAULT_STAKEHOLDER_SETTINGS)),
  /** Settings saved before the default language existed read in the source language, en-US. */
  language: z
    .object({ default: z.enum(APP_LOCALES, { message: "Choose one of the app's languages: English, German, Spanish or French." }) })
    .default(DEFAULT_LANGUAGE_SETTINGS),
});

export interface ConfigReading {
  config: AppConfig;
  /** Why the stored settings were not used, when they were not. */
  problems: string[];
}

/**
 * Reads stored settings: none means the defaults, not set up; settings that do not parse, or a
 * matrix with holes, fall back to the defaults with the problems named, so a broken setting can
 * never stop intake or silently leave an incident without a priority. The fallback keeps the stored
 * scope when that part is sound (else: not set up), so a typo elsewhere never makes every project
 * of a busy site an incident project.
 */
export function readAppConfig(stored: unknown): ConfigReading {
  if (stored === undefined || stored === null) return { config: notSetUpConfig(), problems: [] };
  const upgraded = upgradeToExplicitLists(upgradeSettings(stored));
  const parsed = appConfigSchema.safeParse(upgraded);
  if (!parsed.success) return { config: fallbackKeepingScope(upgraded), problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const matrixProblems = validateMatrix(parsed.data.priority.matrix);
  if (matrixProblems.length > 0)
    return { config: { ...defaultAppConfig(), scope: parsed.data.scope }, problems: matrixProblems.map((p) => `${p.path}: ${p.message}`) };
  return { config: parsed.data, problems: [] };
}

function fallbackKeepingScope(stored: unknown): AppConfig {
  const scope = appConfigSchema.shape.scope.safeParse((stored as { scope?: unknown } | null)?.scope);
  return scope.success ? { ...defaultAppConfig(), scope: scope.data } : notSetUpConfig();
}

/**
 * What a fresh install runs with: the defaults, not set up, with nothing ticked in the scope. Nothing
 * is stored until an admin saves, so the app never acts on a site nobody has set it up on.
 */
export function notSetUpConfig(): AppConfig {
  const config = defaultAppConfig();
  return {
    ...config,
    scope: { projectKeys: [], issueTypeIds: [], allProjects: false, allIssueTypes: false, setUp: false },
    intake: { ...config.intake, requestTypeIds: [], allRequestTypes: false },
  };
}

/**
 * Settings of version 1 had first-response targets only ({ acknowledgeMinutes, hours }); they
 * become the acknowledge targets of the default SLA policies, on the 24/7 or the office calendar.
 */
function upgradeSettings(stored: unknown): unknown {
  const v1 = stored as { schemaVersion?: unknown; responseTargets?: Record<string, { acknowledgeMinutes?: unknown; hours?: unknown }> };
  if (typeof stored !== 'object' || v1.schemaVersion !== 1) return stored;
  const { responseTargets, ...rest } = v1;
  const sla = defaultAppConfig().sla;
  for (const [level, target] of Object.entries(responseTargets ?? {})) {
    const policy = sla.policies[level];
    if (!policy || typeof target.acknowledgeMinutes !== 'number') continue;
    policy.targetMinutes.acknowledge = target.acknowledgeMinutes;
    policy.calendarId = target.hours === 'around-the-clock' ? '24x7' : 'office';
  }
  return { ...rest, schemaVersion: 2, sla };
}
