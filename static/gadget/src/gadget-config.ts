/**
 * The gadget's configuration, saved by Jira through view.submit and handed back as
 * extension.gadgetConfiguration. Read defensively: it is stored outside the app.
 */
export const PERIODS = [
  { id: '30d', label: 'Last 30 days', jql: '-30d' },
  { id: '90d', label: 'Last 90 days', jql: '-90d' },
  { id: '365d', label: 'Last 365 days', jql: '-365d' },
] as const;
export type PeriodId = (typeof PERIODS)[number]['id'];

export interface GadgetConfig {
  projects: string[];
  period: PeriodId;
}

export const DEFAULT_CONFIG: GadgetConfig = { projects: ['SEC', 'OPS'], period: '90d' };

export function readConfig(raw: unknown): GadgetConfig {
  const r = (raw ?? {}) as Partial<GadgetConfig>;
  const projects = Array.isArray(r.projects) ? r.projects.filter((p) => typeof p === 'string' && /^[A-Z][A-Z0-9_]*$/.test(p)) : [];
  const period = PERIODS.some((p) => p.id === r.period) ? (r.period as PeriodId) : DEFAULT_CONFIG.period;
  return { projects: projects.length > 0 ? projects : DEFAULT_CONFIG.projects, period };
}
