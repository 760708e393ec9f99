/** In a file of its own: the shipped rule pack lists overrides, and the settings that read the pack hold them. */
import type { LegalPeriod } from './legal-rule';

/** Changes a rule where it applies: `jurisdiction` equal to the rule's, or "EU-XX" for a Member State in the profile. */
export interface RuleOverride {
  ruleId: string;
  jurisdiction: string;
  period?: LegalPeriod;
  recipient?: string;
  disabled?: boolean;
  note: string;
}
