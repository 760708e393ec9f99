/**
 * The organisation-profile questions in words, for the settings page and for the panel's "may apply:
 * depends on …" line. Keyed by the profile's fields (src/domain/legal/organisation-profile.ts).
 */
export const PROFILE_LABELS: Record<string, string> = {
  euEstablished: 'Established in the EU',
  processor: 'Processes data for others (processor, vendor)',
  nis2: 'NIS2 entity',
  dora: 'DORA financial entity',
  trustServiceProvider: 'Trust service provider (eIDAS)',
  telecomProvider: 'Telecom provider',
  secRegistrant: 'SEC registrant',
  hipaa: 'HIPAA',
  nydfsCovered: 'NYDFS covered entity',
  usBanking: 'US banking organisation',
  usBankServiceProvider: 'US bank service provider',
  ftcFinancialInstitution: 'FTC Safeguards financial institution',
  regSpInstitution: 'Reg S-P covered institution',
  regSpServiceProvider: 'Reg S-P service provider',
  cisaCoveredEntity: 'CIRCIA covered entity',
  auAppEntity: 'Australian Privacy Act (APP) entity',
  auReportingEntity: 'Australian ransomware reporting business',
  auSoci: 'Australian critical infrastructure (SOCI)',
  certInScope: 'In scope of CERT-In directions (India)',
  cardMerchant: 'Accepts payment cards',
  craManufacturer: 'Manufacturer under the Cyber Resilience Act',
  chCriticalInfrastructure: 'Swiss critical infrastructure',
  aiHighRiskProvider: 'Provider of a high-risk AI system',
};
