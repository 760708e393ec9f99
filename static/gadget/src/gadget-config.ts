/**
 * The gadget's configuration, saved by Jira through view.submit and handed back as
 * extension.gadgetConfiguration. Read defensively (it is stored outside the app); the resolver
 * validates it again.
 */
import { STATS_GROUPINGS, STATS_PERIODS, type StatsQueryInput } from '../../../src/shared/stats-contract';

export const PERIOD_LABELS: Record<StatsQueryInput['period'], string> = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '365d': 'Last 365 days',
  quarter: 'This quarter',
  custom: 'Custom dates',
};
export const GROUPING_LABELS: Record<StatsQueryInput['grouping'], string> = { day: 'By day', week: 'By week', month: 'By month' };
export const REFRESH_CHOICES = [0, 15, 30, 60] as const;

export type GadgetConfig = StatsQueryInput;

export const DEFAULT_CONFIG: GadgetConfig = {
  projects: ['SEC', 'OPS'],
  period: '90d',
  grouping: 'week',
  includeExercises: false,
  // The site's cost rate (app settings), until the gadget sets its own.
  hourlyRate: null,
  currency: null,
  hideNames: false,
  refreshMinutes: 0,
};

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function readConfig(raw: unknown): GadgetConfig {
  const r = (raw ?? {}) as Partial<Record<keyof GadgetConfig, unknown>>;
  const projects = Array.isArray(r.projects) ? r.projects.filter((p): p is string => typeof p === 'string' && /^[A-Z][A-Z0-9_]*$/.test(p)) : [];
  const period = STATS_PERIODS.includes(r.period as never) ? (r.period as GadgetConfig['period']) : DEFAULT_CONFIG.period;
  const custom = period === 'custom' && isDate(r.from) && isDate(r.to) ? { from: r.from, to: r.to } : {};
  return {
    projects: projects.length > 0 ? projects : DEFAULT_CONFIG.projects,
    period: period === 'custom' && !('from' in custom) ? DEFAULT_CONFIG.period : period,
    ...custom,
    grouping: STATS_GROUPINGS.includes(r.grouping as never) ? (r.grouping as GadgetConfig['grouping']) : DEFAULT_CONFIG.grouping,
    includeExercises: r.includeExercises === true,
    ...(typeof r.hourlyRate === 'number' && r.hourlyRate >= 0 && r.hourlyRate <= 100_000 && typeof r.currency === 'string' && /^[A-Z]{3}$/.test(r.currency)
      ? { hourlyRate: r.hourlyRate, currency: r.currency }
      : { hourlyRate: null, currency: null }),
    hideNames: r.hideNames === true,
    refreshMinutes: REFRESH_CHOICES.includes(r.refreshMinutes as never) ? (r.refreshMinutes as number) : 0,
  };
}
