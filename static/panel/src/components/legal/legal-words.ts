/**
 * Which message names each thing of the legal clocks' vocabulary (src/shared/legal-vocabulary.ts names
 * them by id, in English): the clock-start triggers, where affected people live, the kinds of data and
 * how far a rule was checked. Written out key by key, so every key is in the code (the unused-key check).
 */
import type { MessageKey } from '../../../../common/i18n/message-key';
import type { I18n } from '../../../../common/i18n/i18n-provider';
import {
  type DataTypeView,
  ENCRYPTED_QUESTION,
  LEGAL_DISCLAIMER,
  THRESHOLD_LABELS,
  type ResidenceView,
  type TriggerKeyView,
  type VerificationView,
} from '../../../../../src/shared/legal-vocabulary';

export const TRIGGER_LABEL_KEYS: Record<TriggerKeyView, MessageKey> = {
  detected_at: 'panel.legal.trigger.detectedAt',
  aware_at: 'panel.legal.trigger.awareAt',
  significant_aware_at: 'panel.legal.trigger.significantAwareAt',
  classified_major_at: 'panel.legal.trigger.classifiedMajorAt',
  high_risk_determined_at: 'panel.legal.trigger.highRiskDeterminedAt',
  discovered_at: 'panel.legal.trigger.discoveredAt',
  breach_determined_at: 'panel.legal.trigger.breachDeterminedAt',
  aware_and_scoped_at: 'panel.legal.trigger.awareAndScopedAt',
  materiality_determined_at: 'panel.legal.trigger.materialityDeterminedAt',
  missing_facts_established_at: 'panel.legal.trigger.missingFactsEstablishedAt',
  assessment_completed_at: 'panel.legal.trigger.assessmentCompletedAt',
  reasonable_grounds_suspect_at: 'panel.legal.trigger.reasonableGroundsSuspectAt',
  reasonable_grounds_believe_at: 'panel.legal.trigger.reasonableGroundsBelieveAt',
  reasonable_belief_at: 'panel.legal.trigger.reasonableBeliefAt',
  personal_data_affected_known_at: 'panel.legal.trigger.personalDataAffectedKnownAt',
  vendor_notice_received_at: 'panel.legal.trigger.vendorNoticeReceivedAt',
  ransom_paid_at: 'panel.legal.trigger.ransomPaidAt',
  authority_request_received_at: 'panel.legal.trigger.authorityRequestReceivedAt',
  handling_ended_at: 'panel.legal.trigger.handlingEndedAt',
  corrective_measure_available_at: 'panel.legal.trigger.correctiveMeasureAvailableAt',
};

export const RESIDENCE_KEYS: Record<ResidenceView, MessageKey> = {
  EU: 'panel.legal.residence.eu',
  UK: 'panel.legal.residence.uk',
  CH: 'panel.legal.residence.ch',
  'US-CA': 'panel.legal.residence.usCa',
  'US-CO': 'panel.legal.residence.usCo',
  'US-FL': 'panel.legal.residence.usFl',
  'US-ME': 'panel.legal.residence.usMe',
  'US-NY': 'panel.legal.residence.usNy',
  'US-TX': 'panel.legal.residence.usTx',
  'US-VT': 'panel.legal.residence.usVt',
  'US-WA': 'panel.legal.residence.usWa',
  'US-AL': 'panel.legal.residence.usAl',
  'US-AZ': 'panel.legal.residence.usAz',
  'US-DE': 'panel.legal.residence.usDe',
  'US-LA': 'panel.legal.residence.usLa',
  'US-other': 'panel.legal.residence.usOther',
  CA: 'panel.legal.residence.ca',
  AU: 'panel.legal.residence.au',
  SG: 'panel.legal.residence.sg',
  IN: 'panel.legal.residence.in',
  BR: 'panel.legal.residence.br',
  JP: 'panel.legal.residence.jp',
  ZA: 'panel.legal.residence.za',
  other: 'panel.legal.residence.other',
};

export const DATA_TYPE_KEYS: Record<DataTypeView, MessageKey> = {
  health: 'panel.legal.dataType.health',
  card: 'panel.legal.dataType.card',
  financial: 'panel.legal.dataType.financial',
  credentials: 'panel.legal.dataType.credentials',
  sensitive: 'panel.legal.dataType.sensitive',
  unlawfulPurpose: 'panel.legal.dataType.unlawfulPurpose',
  governmentId: 'panel.legal.dataType.governmentId',
};

export const VERIFICATION_KEYS: Record<VerificationView, MessageKey> = {
  P: 'panel.legal.verification.primary',
  S: 'panel.legal.verification.secondary',
  S1: 'panel.legal.verification.singleSecondary',
  UNVERIFIED: 'panel.legal.verification.unverified',
  custom: 'panel.legal.verification.custom',
};

/** The disclaimer the backend sends with every legal view: the app's own words translated, anything else as sent. */
export function legalDisclaimer(text: string, t: I18n['t']): string {
  return text === LEGAL_DISCLAIMER ? t('panel.legal.disclaimer') : text;
}

/** The questions the app itself words (the rule packs word the others), by their source text. */
const QUESTION_KEYS: Record<string, MessageKey> = {
  [ENCRYPTED_QUESTION]: 'panel.legal.answersForm.encrypted',
  [THRESHOLD_LABELS.nis2Significant]: 'panel.legal.question.nis2Significant',
  [THRESHOLD_LABELS.doraMajor]: 'panel.legal.question.doraMajor',
  [THRESHOLD_LABELS.secMaterial]: 'panel.legal.question.secMaterial',
};

/** A question that decides whether a regime applies, in the viewer's words where the app words it; else as the rule pack does. */
export function questionInWords(question: string, { t, source }: Pick<I18n, 't' | 'source'>): string {
  // The applicability form asks the personal-data question in the same words as the rule packs.
  const key = QUESTION_KEYS[question] ?? (source('panel.legal.answersForm.personalData') === question ? 'panel.legal.answersForm.personalData' : null);
  return key ? t(key) : question;
}
