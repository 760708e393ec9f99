/**
 * The gadget's configuration, saved by Jira through view.submit and handed back as
 * extension.gadgetConfiguration. Read defensively (it is stored outside the app); the resolver
 * validates it again.
 */
import type { StatsQueryInput } from '../../../src/shared/stats-contract';
import type { MessageKey } from '../../common/i18n/message-key';
export { DEFAULT_CONFIG, readConfig, REFRESH_CHOICES, type GadgetConfig } from '../../../src/shared/gadget-config';

export const PERIOD_LABELS: Record<StatsQueryInput['period'], MessageKey> = {
  '30d': 'gadget.period.last30Days',
  '90d': 'gadget.period.last90Days',
  '365d': 'gadget.period.last365Days',
  quarter: 'gadget.period.quarter',
  custom: 'gadget.period.custom',
};
/** The view's heading for each period but custom dates (whose heading names the dates: gadget.view.heading.custom). */
export const PERIOD_HEADINGS: Record<Exclude<StatsQueryInput['period'], 'custom'>, MessageKey> = {
  '30d': 'gadget.view.heading.last30Days',
  '90d': 'gadget.view.heading.last90Days',
  '365d': 'gadget.view.heading.last365Days',
  quarter: 'gadget.view.heading.quarter',
};
export const GROUPING_LABELS: Record<StatsQueryInput['grouping'], MessageKey> = {
  day: 'gadget.grouping.day',
  week: 'gadget.grouping.week',
  month: 'gadget.grouping.month',
};
