import { z } from 'zod';
import type { AlertFormat } from './alert';
import { DEFAULT_ALERT_GROUPING_SETTINGS, type AlertGroupingSettings } from './alert-grouping';

type RelativeLevel = 'low' | 'medium' | 'high';

/**
 * A monitor that sends alerts to the app's web trigger (issue 31, "Alerts in"), as an admin set it
 * up. Its secret is not here: the app generates it, keeps it in Forge's secret storage and shows it
 * once (src/platform/storage/alert-secrets.ts).
 */
export interface AlertSource {
  /** Lower-case slug; the web trigger's path suffix is `/<format>/<id>`. */
  id: string;
  /** What people read, e.g. "Prometheus (production)". */
  name: string;
  format: AlertFormat;
  /** Switched off: its requests are refused (403, once the secret is checked) and nothing is stored. */
  enabled: boolean;
  /** Where its incidents are created. */
  projectKey: string;
  issueTypeId: string;
  /** The taxonomy category an alert gets when its `category` label names none the taxonomy has. */
  categoryId: string;
  /** The label whose value names a taxonomy category (by id), e.g. "category". */
  categoryLabel: string;
  /** The `severity` label's value -> impact and urgency, on the matrix's relative scale; others: medium/medium. */
  severities: Record<string, { impact: RelativeLevel; urgency: RelativeLevel }>;
  /** Grafana's HMAC signature header (e.g. X-Grafana-Alerting-Signature) when configured there; null: bearer only. */
  hmacHeader: string | null;
  /** Grafana's timestamp header when HMAC signs "<unix seconds>:<body>"; null: the body alone. */
  hmacTimestampHeader: string | null;
}

export interface AlertSettings {
  sources: AlertSource[];
  grouping: AlertGroupingSettings;
}

/** Alertmanager's conventional severities, as most rule sets write them. */
export const DEFAULT_SEVERITIES: AlertSource['severities'] = {
  critical: { impact: 'high', urgency: 'high' },
  error: { impact: 'medium', urgency: 'high' },
  warning: { impact: 'medium', urgency: 'medium' },
  info: { impact: 'low', urgency: 'low' },
};

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { sources: [], grouping: DEFAULT_ALERT_GROUPING_SETTINGS };

const relative = z.enum(['low', 'medium', 'high']);
const header = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,100}$/, 'A header name is letters, digits and hyphens.')
  .refine((h) => h.toLowerCase() !== 'authorization', 'Grafana refuses Authorization as a custom header; name another.');

export const alertSourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use lower-case letters, digits and hyphens (at most 40), e.g. "prometheus".'),
  name: z.string().trim().min(1, 'Give the source a name.').max(120),
  format: z.enum(['alertmanager', 'grafana', 'generic']),
  enabled: z.boolean(),
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'Pick the project its incidents go to.'),
  issueTypeId: z.string().regex(/^\d{1,18}$/, 'Pick the issue type its incidents get.'),
  categoryId: z.string().min(1).max(64),
  categoryLabel: z.string().min(1).max(100),
  severities: z.record(z.string().min(1).max(64), z.object({ impact: relative, urgency: relative })),
  hmacHeader: header.nullable(),
  hmacTimestampHeader: header.nullable(),
}) satisfies z.ZodType<AlertSource>;

/** Settings saved before alert sources existed have none: the web trigger refuses every request. */
export const alertSettingsSchema = z
  .object({
    sources: z.array(alertSourceSchema).max(20, 'At most 20 alert sources.'),
    grouping: z.object({
      resolveUnconfirmedOnResolved: z.boolean(),
      flappingWindowMinutes: z.number().int().min(0).max(1440),
    }),
  })
  .superRefine((settings, ctx) => {
    const seen = new Set<string>();
    settings.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `Two sources are called "${s.id}": each needs its own.` });
      seen.add(s.id);
    });
  }) satisfies z.ZodType<AlertSettings>;
