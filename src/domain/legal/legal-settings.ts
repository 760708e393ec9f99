/**
 * The legal part of the settings: the organisation's profile, which rules are on, per-jurisdiction
 * overrides, the admin's own contractual rules, policy targets and the escalation steps (§2.6, §2.12).
 */
import type { EscalationRecipients } from '../sla/sla-settings';
import type { Residence } from './legal-answers';
import type { LegalPeriod, LegalRule, TriggerKey } from './legal-rule';
import type { OrganisationProfile } from './organisation-profile';
import { UNSURE_PROFILE } from './organisation-profile';
import type { RuleOverride } from './rule-override';
import { SHIPPED_OVERRIDES, SHIPPED_RULES } from './rule-pack';

export type { RuleOverride } from './rule-override';

/** A deadline of the organisation's own, e.g. a customer contract's breach-notice clause. */
export interface CustomLegalRule {
  id: string;
  regime: string;
  stage: string;
  recipient: string;
  trigger: TriggerKey;
  period: LegalPeriod | null;
  softWording: string | null;
  policyTargetHours: number | null;
  /** Only when personal data is involved; only for people living in these places (empty: anywhere). */
  requiresPersonalData: boolean;
  residences: Residence[];
  citation: string;
  lateRequiresReasons: boolean;
}

export interface LegalSettings {
  profile: OrganisationProfile;
  /** Rule id -> on or off, over the pack's default (UNVERIFIED and undated pending rules ship off). */
  enabled: Record<string, boolean>;
  overrides: RuleOverride[];
  customRules: CustomLegalRule[];
  /** Rule id -> internal target in hours for soft wording (policy, not law). */
  policyTargetHours: Record<string, number>;
  escalation: {
    /** Reminders at these shares of each legal window, plus one when the deadline passes. */
    atPercent: number[];
    recipients: EscalationRecipients;
  };
}

export const DEFAULT_LEGAL_SETTINGS: LegalSettings = {
  profile: UNSURE_PROFILE,
  enabled: {},
  overrides: [],
  customRules: [],
  policyTargetHours: {},
  escalation: { atPercent: [50, 75, 90], recipients: { assignee: true, reporter: false, watchers: true, users: [], groups: [] } },
};

/** A rule as it applies to this organisation, with the override that changed it, if any. */
export interface ResolvedRule extends LegalRule {
  overriddenBy: string | null;
}

const appliesTo = (o: RuleOverride, rule: LegalRule, profile: OrganisationProfile) =>
  o.ruleId === rule.id &&
  (o.jurisdiction === rule.jurisdiction || (o.jurisdiction.startsWith('EU-') && profile.memberStates.includes(o.jurisdiction.slice(3))));

/** The rules in force for the organisation: the pack and custom rules, switched on, overrides applied. */
export function resolveRules(settings: LegalSettings): ResolvedRule[] {
  const all = [...SHIPPED_RULES, ...settings.customRules.map(toLegalRule)];
  const overrides = [...SHIPPED_OVERRIDES, ...settings.overrides];
  const resolved: ResolvedRule[] = [];
  for (const rule of all) {
    if (!(settings.enabled[rule.id] ?? rule.enabledByDefault)) continue;
    const matching = overrides.filter((o) => appliesTo(o, rule, settings.profile));
    if (matching.some((o) => o.disabled)) continue;
    let result: ResolvedRule = { ...rule, overriddenBy: null };
    for (const o of matching)
      result = { ...result, ...(o.period ? { period: o.period } : {}), ...(o.recipient ? { recipient: o.recipient } : {}), overriddenBy: o.jurisdiction };
    const target = settings.policyTargetHours[rule.id];
    resolved.push(target !== undefined ? { ...result, policyTargetHours: target } : result);
  }
  return resolved;
}

function toLegalRule(c: CustomLegalRule): LegalRule {
  return {
    id: c.id,
    regime: c.regime,
    jurisdiction: 'contract',
    stage: c.stage,
    recipient: c.recipient,
    start: { fact: c.trigger },
    kind: c.period ? 'hard' : 'soft',
    period: c.period,
    softWording: c.softWording,
    policyTargetHours: c.policyTargetHours,
    appliesWhen: [
      ...(c.requiresPersonalData ? [{ personalData: true as const }] : []),
      ...(c.residences.length > 0 ? [{ any: c.residences.map((residence) => ({ residence })) }] : []),
    ],
    // The admin's own rule (a contract): its places, if any, are in appliesWhen above.
    territory: { test: 'contract' },
    exceptions: '',
    lateRequiresReasons: c.lateRequiresReasons,
    delayProvisions: [],
    status: 'in_force',
    // A contract's period is counted as its flags say (endOfDay, dayOneIsStart); otherwise from the exact instant.
    dayConvention: 'elapsed',
    effectiveFrom: null,
    citation: c.citation,
    verification: 'custom',
    urls: [],
    enabledByDefault: true,
    zone: 'UTC',
    origin: 'custom',
  };
}
