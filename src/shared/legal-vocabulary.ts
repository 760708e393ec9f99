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
  /** US breach laws' core "personal information": a name with one of these (e.g. RCW 19.255.005, Tex. Bus. & Com. Code 521.002(a)(2)). */
  governmentId: 'Government ID numbers (social security, passport, driving licence)',
} as const;
export type DataTypeView = keyof typeof DATA_TYPE_LABELS;
export const DATA_TYPES = Object.keys(DATA_TYPE_LABELS) as DataTypeView[];

/**
 * Significance thresholds a regime's clocks wait on, as the question that decides them (issue 30,
 * item 3). Recording the matching clock start answers "yes" (src/domain/legal/significance-threshold.ts).
 */
export const THRESHOLD_LABELS = {
  nis2Significant: 'Is this a significant incident under NIS2?',
  doraMajor: 'Is this a major ICT-related incident under DORA?',
  secMaterial: 'Is this incident material to investors (SEC Form 8-K)?',
} as const;
export type ThresholdKeyView = keyof typeof THRESHOLD_LABELS;
export const THRESHOLD_KEYS = Object.keys(THRESHOLD_LABELS) as ThresholdKeyView[];

/** Each rule's territorial test (LegalRule.territory), in words: why a law reaches this incident. */
export const TERRITORIAL_TEST_LABELS = {
  'residents-affected': 'People living there are affected',
  'established-or-residents': 'The organisation is established or does business there, or people living there are affected',
  'organisation-carries-on-business': 'The organisation carries on business there, wherever the affected people live',
  'organisation-established': 'The organisation is established there, wherever the affected people live',
  'regulated-status': 'The organisation has the status the law regulates (see the legal profile)',
  contract: 'A contract, not a law: no territorial test',
} as const;

/**
 * The encryption safe harbour most breach laws share (GDPR Art 34(3)(a), HIPAA "unsecured" PHI, the US states'
 * "unencrypted" personal information): the question that settles it (LegalAnswers.encrypted).
 */
export const ENCRYPTED_QUESTION = 'Was the data encrypted or otherwise unreadable, with the key kept safe?';

/** A deadline bounded by another notice (LegalRule.dueNoLaterThanSentOf), e.g. Vermont 9 V.S.A. 2435(b)(3). */
export const SOONER_BOUND_LABEL = 'Due no later than when this other notice is sent, whichever is sooner';
/** An exception met by the answers (LegalRule.notOwedWhen): the rule is not owed. */
export const NOT_OWED_WHEN_LABEL = "Not owed when the answers meet the law's own exception";

/**
 * How far a rule's citation was checked, in words for people (the codes P/S/S1 are never shown). "Checked against
 * the primary text" means the rule links the official text (legislation site, Official Journal, eCFR) and names
 * the article; test/domain/legal/verification-levels.test.ts holds the pack to that.
 */
export const VERIFICATION_LABELS = {
  P: 'Checked against the primary text',
  S: 'Checked against secondary sources only',
  S1: 'Checked against a single secondary source only',
  UNVERIFIED: 'Not checked: confirm before relying on it',
  custom: "Your organisation's own rule",
} as const;
export type VerificationView = keyof typeof VERIFICATION_LABELS;
export const VERIFICATION_LEVELS = Object.keys(VERIFICATION_LABELS) as VerificationView[];

/** The legend shown beside the labels: what each level means and how much to rely on it. */
export const VERIFICATION_LEGEND: Record<VerificationView, string> = {
  P: 'The deadline and its conditions were compared with the wording of the law (the rule links the official text: a legislation site, the Official Journal or the eCFR), and the citation names the article or section. Where the official site could not be reached, a word-for-word copy was read; the changelog says which. Still confirm with counsel that it applies to you.',
  S: 'Only guidance, law-firm briefings or summaries were read, and they agree with one another; the law itself was not compared. Treat the deadline as likely, not certain.',
  S1: 'Only one second-hand source was read. Treat the deadline as a lead to confirm, not as settled.',
  UNVERIFIED: 'Not confirmed by any reliable source: switched off until someone checks the law itself.',
  custom: 'A deadline your organisation added (for example from a contract); the app did not check it.',
};

/** Shown with every legal timer (legal-notification-rules.md, preamble). */
export const LEGAL_DISCLAIMER = 'These clocks are an engineering aid, not legal advice: confirm with counsel which rules apply and when.';
