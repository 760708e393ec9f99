import type { Tri } from './legal-answers';

/**
 * The organisation's regulatory profile (§2.10 entity flags), set once per site in the settings.
 * Defaults are "unsure": the app cannot know, and an unsure flag shows a rule as possible.
 */
export interface OrganisationProfile {
  euEstablished: Tri;
  /** EU Member States whose national rules apply (ISO codes; the first is where DORA reports go). */
  memberStates: string[];
  /** The organisation processes data for others (processor, operator, vendor, data intermediary). */
  processor: Tri;
  nis2: 'essential' | 'important' | 'none' | 'unsure';
  trustServiceProvider: Tri;
  telecomProvider: Tri;
  dora: 'credit-institution' | 'ccp' | 'trading-venue' | 'other-financial-entity' | 'none' | 'unsure';
  secRegistrant: Tri;
  hipaa: 'covered-entity' | 'business-associate' | 'none' | 'unsure';
  nydfsCovered: Tri;
  usBanking: Tri;
  usBankServiceProvider: Tri;
  ftcFinancialInstitution: Tri;
  regSpInstitution: Tri;
  regSpServiceProvider: Tri;
  auAppEntity: Tri;
  auReportingEntity: Tri;
  auSoci: Tri;
  certInScope: Tri;
  cardMerchant: Tri;
  /** Country (ISO code) of the card acquirer, whose working days the Visa deadlines count. */
  acquirerCountry: string | null;
  craManufacturer: Tri;
  chCriticalInfrastructure: Tri;
  aiHighRiskProvider: Tri;
  cisaCoveredEntity: Tri;
}

export const UNSURE_PROFILE: OrganisationProfile = {
  euEstablished: 'unsure',
  memberStates: [],
  processor: 'unsure',
  nis2: 'unsure',
  trustServiceProvider: 'unsure',
  telecomProvider: 'unsure',
  dora: 'unsure',
  secRegistrant: 'unsure',
  hipaa: 'unsure',
  nydfsCovered: 'unsure',
  usBanking: 'unsure',
  usBankServiceProvider: 'unsure',
  ftcFinancialInstitution: 'unsure',
  regSpInstitution: 'unsure',
  regSpServiceProvider: 'unsure',
  auAppEntity: 'unsure',
  auReportingEntity: 'unsure',
  auSoci: 'unsure',
  certInScope: 'unsure',
  cardMerchant: 'unsure',
  acquirerCountry: null,
  craManufacturer: 'unsure',
  chCriticalInfrastructure: 'unsure',
  aiHighRiskProvider: 'unsure',
  cisaCoveredEntity: 'unsure',
};

export type ProfileFlag = { [K in keyof OrganisationProfile]: OrganisationProfile[K] extends string ? K : never }[keyof OrganisationProfile];
