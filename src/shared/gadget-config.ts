/**
 * The statistics gadget's saved configuration, as Jira hands it back in
 * extension.gadgetConfiguration (saved through view.submit). Read defensively: it is stored outside
 * the app. The resolvers read it from the trusted context (never from the payload), so a viewer
 * cannot ask for names the gadget's owner chose to hide or for projects it does not show.
 */
import { STATS_GROUPINGS, STATS_PERIODS, type StatsQueryInput } from './stats-contract';

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
