/**
 * What responders answer on the incident to decide which regimes apply (§2.10): whether personal
 * data is involved, where the affected people live, how many per place, the kinds of data and the
 * risk to individuals. Every answer may be "unsure", which keeps a rule possible rather than hiding it.
 */
export type Tri = 'yes' | 'no' | 'unsure';

export { DATA_TYPES, RESIDENCES } from '../../shared/legal-vocabulary';
import type { DataTypeView, ResidenceView, ThresholdKeyView } from '../../shared/legal-vocabulary';
export type DataType = DataTypeView;
export type Residence = ResidenceView;
export type ThresholdKey = ThresholdKeyView;

export type RiskToIndividuals = 'none' | 'risk' | 'high' | 'unsure';

export interface LegalAnswers {
  personalData: Tri | null;
  risk: RiskToIndividuals | null;
  residences: Residence[];
  /** Whether `residences` is the full list; if not, places not listed are "unsure". */
  residencesComplete: boolean;
  dataTypes: Partial<Record<DataType, Tri>>;
  /** Affected people per residence, plus `total`; missing counts make thresholds "unsure". */
  affected: Partial<Record<Residence | 'total', number>>;
  /**
   * Significance thresholds decided by responders (NIS2 significant, DORA major, SEC material): until
   * one is answered (or its clock start recorded), the regime's clocks are pending on it, not owed.
   * Optional: answers stored before these questions existed have none.
   */
  thresholds?: Partial<Record<ThresholdKey, Tri>>;
  /**
   * The data was encrypted or otherwise unreadable and the key was not compromised (ENCRYPTED_QUESTION).
   * Optional: not answered means the safe harbour is not claimed, as the organisation must show it.
   */
  encrypted?: Tri;
}

export const NO_ANSWERS: LegalAnswers = { personalData: null, risk: null, residences: [], residencesComplete: false, dataTypes: {}, affected: {} };
