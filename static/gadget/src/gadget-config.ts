/**
 * The gadget's configuration, saved by Jira through view.submit and handed back as
 * extension.gadgetConfiguration. Read defensively (it is stored outside the app); the resolver
 * validates it again.
 */
import type { StatsQueryInput } from '../../../src/shared/stats-contract';
export { DEFAULT_CONFIG, readConfig, REFRESH_CHOICES, type GadgetConfig } from '../../../src/shared/gadget-config';

export const PERIOD_LABELS: Record<StatsQueryInput['period'], string> = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '365d': 'Last 365 days',
  quarter: 'This quarter',
  custom: 'Custom dates',
};
export const GROUPING_LABELS: Record<StatsQueryInput['grouping'], string> = { day: 'By day', week: 'By week', month: 'By month' };
