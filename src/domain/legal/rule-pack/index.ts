/**
 * The shipped rule pack: every regime of shared/docs/legal-notification-rules.md as data, dated by
 * the review it reflects. Rule ids are stable (they key decisions, sendings and escalations).
 */
import type { LegalRule } from '../legal-rule';
import type { RuleOverride } from '../rule-override';
import { CALIFORNIA_HEALTH_FACILITY_RULES } from './california-health-facilities';
import { EU_UK_RULES } from './eu-uk';
import { REST_OF_WORLD_RULES } from './rest-of-world';
import { UNITED_STATES_RULES } from './united-states';

/** The date the pack was last reviewed against the reference (§2.1 pack_version). */
export const RULE_PACK_VERSION = '2026-12-07';

export const SHIPPED_RULES: readonly LegalRule[] = [...EU_UK_RULES, ...UNITED_STATES_RULES, ...CALIFORNIA_HEALTH_FACILITY_RULES, ...REST_OF_WORLD_RULES];

/** Known national changes to base rules (§2.6), applied when the organisation names the Member State. */
export const SHIPPED_OVERRIDES: readonly RuleOverride[] = [
  {
    ruleId: 'eu.nis2.23.final',
    jurisdiction: 'EU-CZ',
    period: { amount: 30, unit: 'calendar_days' },
    note: 'Czech guidance states the final-report period as 30 days [S].',
  },
  {
    ruleId: 'eu.nis2.23.final_after_progress',
    jurisdiction: 'EU-CZ',
    period: { amount: 30, unit: 'calendar_days' },
    note: 'Czech guidance states the final-report period as 30 days [S].',
  },
];
