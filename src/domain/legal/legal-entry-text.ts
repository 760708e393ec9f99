import { RESIDENCE_LABELS, TRIGGER_LABELS, type ResidenceView, type TriggerKeyView } from '../../shared/legal-vocabulary';
import type { LegalAnswersView } from '../../shared/legal-contract';

/** A rule as people know it: its regime and stage ("EU GDPR", "Notify the supervisory authority"). */
export interface RuleName {
  regime: string;
  stage: string;
}

export type LegalEntryFact =
  | { action: 'answer'; answers: LegalAnswersView }
  | { action: 'start'; trigger: TriggerKeyView; reason?: string | undefined }
  | { action: 'decide'; rule: RuleName; decision: 'notify' | 'not-required' | 'delay'; rationale?: string | undefined }
  | { action: 'sent'; rule: RuleName; recipient: string; lateReason?: string | undefined };

const DECISIONS = { notify: 'will notify', 'not-required': 'notice not required', delay: 'delayed at the authorities’ request' } as const;
const PERSONAL_DATA = { yes: 'personal data involved', no: 'no personal data', unsure: 'not sure whether personal data is involved' } as const;
const RISK = { none: 'no risk to the people', risk: 'a risk to the people', high: 'a high risk to the people', unsure: 'risk not yet assessed' } as const;

/**
 * The timeline's words for a legal fact. Entries are kept for good (hash-chained), so they are
 * written for people: regimes and stages, not rule ids; trigger descriptions, not trigger codes.
 * Times are not in the text: the entry's own time is shown in each viewer's zone.
 * @example legalEntryText({ action: 'start', trigger: 'aware_at' }) // 'Legal clock started: Aware that a reportable breach happened'
 */
export function legalEntryText(fact: LegalEntryFact): string {
  const why = (text: string | undefined) => (text ? ` (${text})` : '');
  switch (fact.action) {
    case 'answer':
      return `Legal questions answered: ${answersInWords(fact.answers)}`;
    case 'start':
      return `Legal clock started: ${TRIGGER_LABELS[fact.trigger]}${why(fact.reason)}`;
    case 'decide':
      return `Legal decision: ${fact.rule.regime}, ${fact.rule.stage}: ${DECISIONS[fact.decision]}${why(fact.rationale)}`;
    case 'sent':
      return `Legal notice sent: ${fact.rule.regime}, ${fact.rule.stage}, to ${fact.recipient}${why(fact.lateReason)}`;
  }
}

function answersInWords(a: LegalAnswersView): string {
  const where = a.residences.map((r) => RESIDENCE_LABELS[r as ResidenceView] ?? r).join(', ');
  return [
    a.personalData ? PERSONAL_DATA[a.personalData] : 'personal data not answered',
    a.risk ? RISK[a.risk] : 'risk not answered',
    where ? `people in ${where}${a.residencesComplete ? '' : ' and maybe elsewhere'}` : 'where the people live not answered',
  ].join('; ');
}
