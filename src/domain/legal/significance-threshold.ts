/**
 * Significance thresholds a regime's clocks wait on (issue 30, item 3): NIS2 reporting is owed only
 * for a significant incident (NIS2 Art 23(1), 23(3)), DORA reporting only for a major ICT-related
 * incident (DORA Art 19(1)), the SEC 8-K only for a material one (Form 8-K Item 1.05(a)). Until a
 * responder decides, the rule is pending on that question, not owed.
 */
import type { ThresholdKey, Tri } from './legal-answers';
import type { TriggerKey } from './trigger-key';

/**
 * The clock-start a responder records once the threshold is met: recording it is a "yes", so the
 * panel's existing start form settles the question without a second answer.
 */
export const THRESHOLD_TRIGGERS: Record<ThresholdKey, TriggerKey> = {
  nis2Significant: 'significant_aware_at',
  doraMajor: 'classified_major_at',
  secMaterial: 'materiality_determined_at',
};

/**
 * An explicit answer wins (a later "no" after a start was recorded means it was reassessed); else a
 * recorded start means "yes"; else the question is open.
 * @example thresholdMet('nis2Significant', { nis2Significant: 'no' }, () => true) // 'no'
 * @example thresholdMet('doraMajor', {}, (t) => t === 'classified_major_at') // 'yes'
 */
export function thresholdMet(key: ThresholdKey, answers: Partial<Record<ThresholdKey, Tri>> | undefined, hasFact: (t: TriggerKey) => boolean): Tri {
  const answer = answers?.[key];
  if (answer === 'yes' || answer === 'no') return answer;
  return hasFact(THRESHOLD_TRIGGERS[key]) ? 'yes' : 'unsure';
}
