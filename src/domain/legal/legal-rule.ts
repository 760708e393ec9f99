/**
 * A legal-notification rule as data (shared/docs/legal-notification-rules.md §2.1): one row of the
 * regime tables. The shipped pack is dated (RULE_PACK_VERSION); admins disable rules, override
 * values per jurisdiction and add contractual rules of their own in the settings.
 */
import type { Condition } from './applicability';
import type { TerritorialTest } from './territorial-scope';

import type { VerificationView } from '../../shared/legal-vocabulary';
import type { TriggerKey } from './trigger-key';
export { TRIGGER_KEYS, type TriggerKey } from './trigger-key';

/**
 * Where a clock starts: a recorded fact; the actual sending of an earlier report (§2.5: the latest
 * sending of any of the listed rules, e.g. DORA's most recent intermediate report); or 31 December
 * of the year of a fact (HIPAA's annual log of small breaches).
 */
export type ClockStart = { fact: TriggerKey } | { sentOf: string[] } | { yearEndOf: TriggerKey };

/** Business-day calendars the rules name (§2.4); see legal-calendars.ts. */
export const LEGAL_CALENDAR_IDS = [
  'US-federal',
  'US-VT',
  'US-ME',
  'BR-national',
  'JP-government',
  'AU-national',
  'EU-member-state',
  'acquirer-country',
] as const;
export type LegalCalendarId = (typeof LEGAL_CALENDAR_IDS)[number];

export const PERIOD_UNITS = ['hours', 'calendar_days', 'business_days', 'calendar_months'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/**
 * How a rule's primary text counts days (§2.4), declared for every rule in rule-pack/day-conventions.ts:
 * - elapsed: from the exact instant, keeping its time of day (hours; and day or month periods whose text
 *   gives no day rule: the strict reading);
 * - end-of-nth-day: the day of the event is not counted and the period ends at the end of its last day
 *   ("3 calendar days after the day", PDPA s 26D(1); HIPAA's discovery is a day, 164.404(a)(2)), or at the
 *   rule's cut-off on that day (EDGAR);
 * - start-day-is-day-one: the day of the event is day 1, ending at the end of day N (Japan);
 * - exclude-first-day-roll-forward: as end-of-nth-day, and a last day on a weekend or holiday moves to the
 *   end of the next working day of the rule's roll calendar (Acts Interpretation Act 1901 (Cth) s 36).
 */
export const DAY_CONVENTIONS = ['elapsed', 'end-of-nth-day', 'start-day-is-day-one', 'exclude-first-day-roll-forward'] as const;
export type DayConvention = (typeof DAY_CONVENTIONS)[number];

/** A numeric period (§0.2). `days` in a source is modelled as calendar days until verified. */
export interface LegalPeriod {
  amount: number;
  unit: PeriodUnit;
  /** Required for business days; the calendar's zone is where days are counted. */
  calendar?: LegalCalendarId;
  /** Local time on the last day by which the notice must arrive, e.g. EDGAR's "17:30". */
  cutoff?: string;
  /** The deadline is the end of the last day rather than the start's time of day. */
  endOfDay?: boolean;
  /** The start's own day counts as day 1 (Japan, PPC Guideline 3-5-3-4). */
  dayOneIsStart?: boolean;
}

/** A deadline on a non-working day moves to the next working day of a calendar (DORA RTS Art 5(4), Japan). */
export interface DeadlineRoll {
  calendar: LegalCalendarId;
  at: 'noon' | 'end-of-day';
  /** The roll is not available when this holds for the organisation (unsure: no roll, the stricter reading). */
  unless?: Condition;
}

/** A second way to reach the deadline; the earliest wins (DORA initial notification, §1.4). */
export interface DeadlineLimb {
  start: ClockStart;
  period: LegalPeriod;
  /** The limb only counts when the main start happened by this limb's deadline (RTS 2025/301 Art 5(2)). */
  onlyIfMainStartByThen?: boolean;
}

/**
 * How far the citation was checked (words and legend in shared/legal-vocabulary.ts). P: compared with the primary
 * text, so the rule links it on an official host and the citation names the article; S: secondary sources that
 * agree; S1: one secondary source; UNVERIFIED; custom: an admin's own (contractual) rule.
 */
export type Verification = VerificationView;
export type RuleKind = 'hard' | 'soft' | 'on_request';

export interface LegalRule {
  id: string;
  regime: string;
  jurisdiction: string;
  stage: string;
  recipient: string;
  start: ClockStart;
  kind: RuleKind;
  /** The numeric outer limit; null for soft and on-request rules. */
  period: LegalPeriod | null;
  limbs?: DeadlineLimb[];
  roll?: DeadlineRoll;
  /** The law's own words for a soft duty ("without undue delay"), shown verbatim. */
  softWording: string | null;
  /** An internal target for soft wording, in hours from the start: policy, not law (§2.2). */
  policyTargetHours: number | null;
  appliesWhen: Condition[];
  /**
   * The rule's own exceptions and harm thresholds as answers (issue 30, class 1): when any holds the
   * rule is not owed; while one is unanswered the rule is pending on it (GDPR Art 33(1) "unless ...
   * unlikely to result in a risk": `{ risk: ['none'] }`). `exceptions` keeps the law's words.
   */
  notOwedWhen?: Condition[];
  /** What links an incident to the law's territory (territorial-scope.ts); declared for every pack rule. */
  territory: TerritorialTest;
  /**
   * "Whichever is sooner" (issue 30, class 8): the deadline is no later than the sending of any of
   * these notices (Vermont 9 V.S.A. 2435(b)(3): the Attorney General by the time consumers are told).
   */
  dueNoLaterThanSentOf?: string[];
  exceptions: string;
  /** A notice sent after the hard deadline must say why (GDPR 33(1), DORA RTS 5(3)). */
  lateRequiresReasons: boolean;
  /** Lawful delays this rule allows (§2.9), in words; a delay is recorded as a decision. */
  delayProvisions: string[];
  /** The report may be sent more than once, and later clocks follow the latest (DORA updates). */
  repeatable?: boolean;
  /** Shown only when it takes the place of the final report (NIS2 Art 23(4)(e)). */
  replaces?: string;
  /** When the incident is still being handled at this rule's deadline, the named rule is owed instead. */
  replacedIfOngoingBy?: string;
  status: 'in_force' | 'pending';
  /** How the period counts days; see DAY_CONVENTIONS. */
  dayConvention: DayConvention;
  /** The rule applies to clocks that start on or after the start of this local date in `zone` (§2.11). */
  effectiveFrom: string | null;
  citation: string;
  verification: Verification;
  urls: string[];
  /** UNVERIFIED rules and pending rules without a firm date ship switched off. */
  enabledByDefault: boolean;
  /** The regulator's time zone: deadlines are shown in it beside the viewer's. */
  zone: string;
  /** Shipped with the app, or added by an admin (contractual deadlines). */
  origin: 'pack' | 'custom';
}
