import { EMPTY_LEGAL_FACTS, type LegalFacts } from '../../../src/domain/legal/legal-facts';
import type { LegalAnswers } from '../../../src/domain/legal/legal-answers';
import { NO_ANSWERS } from '../../../src/domain/legal/legal-answers';
import type { TriggerKey } from '../../../src/domain/legal/legal-rule';
import { DEFAULT_LEGAL_SETTINGS, type LegalSettings, resolveRules } from '../../../src/domain/legal/legal-settings';
import { evaluateObligations, type Obligation } from '../../../src/domain/legal/evaluate-obligations';
import { type OrganisationProfile, UNSURE_PROFILE } from '../../../src/domain/legal/organisation-profile';

export interface Given {
  profile?: Partial<OrganisationProfile>;
  answers?: Partial<LegalAnswers>;
  starts?: Partial<Record<TriggerKey, string>>;
  /** [rule id, sent at], in the order they were recorded. */
  sent?: [string, string][];
  now: string;
  settings?: Partial<LegalSettings>;
}

/** Facts as people would record them, for a test. */
export function factsOf(given: Given): LegalFacts {
  return {
    ...EMPTY_LEGAL_FACTS,
    answers: { ...NO_ANSWERS, personalData: 'yes', ...given.answers },
    starts: Object.entries(given.starts ?? {}).map(([trigger, at], i) => ({
      id: `start-${i + 1}`,
      trigger: trigger as TriggerKey,
      at: at!,
      timeZone: 'UTC',
      recordedBy: 'acc-test',
      recordedAt: at!,
      reason: null,
      evidence: null,
      corrects: null,
    })),
    sent: (given.sent ?? []).map(([ruleId, sentAt], i) => ({
      id: `sent-${i + 1}`,
      ruleId,
      sentAt,
      recipient: 'Authority',
      reference: null,
      lateReason: 'test',
      recordedBy: 'acc-test',
      recordedAt: sentAt,
      corrects: null,
      reason: null,
    })),
  };
}

export function obligationsFor(given: Given): Obligation[] {
  const profile = { ...UNSURE_PROFILE, ...given.profile };
  const settings: LegalSettings = { ...DEFAULT_LEGAL_SETTINGS, ...given.settings, profile };
  return evaluateObligations(resolveRules(settings), factsOf(given), profile, Date.parse(given.now));
}

export const iso = (ms: number | null | undefined) => (typeof ms === 'number' ? new Date(ms).toISOString() : null);
