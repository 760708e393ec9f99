import type { Condition } from '../applicability';
import type { ClockStart, LegalPeriod, LegalRule, TriggerKey, Verification } from '../legal-rule';
import { DAY_CONVENTION_OF } from './day-conventions';
import { territoryOf } from './territorial-tests';

type RuleFields = Pick<LegalRule, 'id' | 'regime' | 'jurisdiction' | 'stage' | 'recipient' | 'citation' | 'urls'> & Partial<LegalRule>;

/** A pack rule with the defaults of §2.1: hard when it has a period, UNVERIFIED rules switched off. */
export function defineRule(fields: RuleFields & { start: ClockStart; verification: Verification; zone: string }): LegalRule {
  const period = fields.period ?? null;
  return {
    kind: period ? 'hard' : 'soft',
    period,
    softWording: null,
    policyTargetHours: null,
    appliesWhen: [],
    exceptions: '',
    lateRequiresReasons: false,
    delayProvisions: [],
    status: 'in_force',
    effectiveFrom: null,
    enabledByDefault: fields.verification !== 'UNVERIFIED' && (fields.status ?? 'in_force') === 'in_force',
    origin: 'pack',
    territory: fields.territory ?? territoryOf(fields.id),
    // Declared per rule in day-conventions.ts; 'elapsed' (the strict reading) until declared, which the pack test refuses.
    dayConvention: DAY_CONVENTION_OF[fields.id]?.convention ?? 'elapsed',
    ...(DAY_CONVENTION_OF[fields.id]?.roll ? { roll: DAY_CONVENTION_OF[fields.id]!.roll } : {}),
    ...fields,
  };
}

export const fact = (trigger: TriggerKey): ClockStart => ({ fact: trigger });
export const sentOf = (...ruleIds: string[]): ClockStart => ({ sentOf: ruleIds });
export const hours = (amount: number): LegalPeriod => ({ amount, unit: 'hours' });
export const calendarDays = (amount: number): LegalPeriod => ({ amount, unit: 'calendar_days' });
export const months = (amount: number): LegalPeriod => ({ amount, unit: 'calendar_months' });
export const personalData: Condition = { personalData: true };
