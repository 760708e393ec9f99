/**
 * The legal clocks' vocabulary, shared by the backend and the incident panel: plain constants
 * only (shared/docs/legal-notification-rules.md §2.3, §2.10).
 */

/** Clock-start triggers people record on the incident (§2.3), with the words the panel uses. */
export const TRIGGER_LABELS = {
  detected_at: 'First signal noticed (detected)',
  aware_at: 'Aware that a reportable breach happened',
  significant_aware_at: 'Aware the incident is significant (NIS2)',
  classified_major_at: 'Classified as major (DORA)',
  high_risk_determined_at: 'High risk to individuals determined',
  discovered_at: 'Discovered (known, or should have been known)',
  breach_determined_at: 'Determined that a breach occurred',
  aware_and_scoped_at: 'Aware and scope identified (Maine)',
  materiality_determined_at: 'Determined to be material (SEC)',
  missing_facts_established_at: 'Facts missing from the 8-K established (SEC)',
  assessment_completed_at: 'Assessment concluded it is notifiable',
  reasonable_grounds_suspect_at: 'Reasonable grounds to suspect a breach',
  reasonable_grounds_believe_at: 'Reasonable grounds to believe a breach occurred',
  reasonable_belief_at: 'Reasonable belief of a covered incident (CIRCIA)',
  personal_data_affected_known_at: 'Learned personal data was affected (Brazil)',
  vendor_notice_received_at: 'Notified of the breach by a vendor',
  ransom_paid_at: 'Ransom or extortion payment made',
  authority_request_received_at: 'An authority asked for a report',
  handling_ended_at: 'Incident handling ended',
  corrective_measure_available_at: 'Fix or mitigation available (CRA)',
} as const;
export type TriggerKeyView = keyof typeof TRIGGER_LABELS;
export const TRIGGER_KEYS = Object.keys(TRIGGER_LABELS) as TriggerKeyView[];

/** Where affected people live: the jurisdictions the shipped rules name. */
export const RESIDENCE_LABELS = {
  EU: 'European Union / EEA',
  UK: 'United Kingdom',
  CH: 'Switzerland',
  'US-CA': 'California',
  'US-CO': 'Colorado',
  'US-FL': 'Florida',
  'US-ME': 'Maine',
  'US-NY': 'New York',
  'US-TX': 'Texas',
  'US-VT': 'Vermont',
  'US-WA': 'Washington',
  'US-AL': 'Alabama',
  'US-AZ': 'Arizona',
  'US-DE': 'Delaware',
  'US-LA': 'Louisiana',
  'US-other': 'Other US states',
  CA: 'Canada',
  AU: 'Australia',
  SG: 'Singapore',
  IN: 'India',
  BR: 'Brazil',
  JP: 'Japan',
  ZA: 'South Africa',
  other: 'Elsewhere',
} as const;
export type ResidenceView = keyof typeof RESIDENCE_LABELS;
export const RESIDENCES = Object.keys(RESIDENCE_LABELS) as ResidenceView[];

export const DATA_TYPE_LABELS = {
  health: 'Health information (PHI)',
  card: 'Payment card data',
  financial: 'Financial data or banking credentials',
  credentials: 'Login credentials',
  sensitive: 'Sensitive / special-category data',
  unlawfulPurpose: 'Unlawful purpose suspected (e.g. theft, unauthorised access)',
} as const;
export type DataTypeView = keyof typeof DATA_TYPE_LABELS;
export const DATA_TYPES = Object.keys(DATA_TYPE_LABELS) as DataTypeView[];

export const VERIFICATION_LABELS = {
  P: 'Checked against the primary text',
  S: 'Secondary sources only',
  S1: 'A single secondary source',
  UNVERIFIED: 'Unverified: confirm before relying on it',
  custom: "Your organisation's own rule",
} as const;

/** Shown with every legal timer (legal-notification-rules.md, preamble). */
export const LEGAL_DISCLAIMER = 'These clocks are an engineering aid, not legal advice: confirm with counsel which rules apply and when.';
