import type { Residence, Tri } from './legal-answers';
import type { SectorView } from '../../shared/organisation-profile-labels';

/**
 * The organisation's regulatory profile (§2.10 entity flags), set once per site in the settings.
 * Defaults are "unsure": the app cannot know, and an unsure flag shows a rule as possible.
 */
export interface OrganisationProfile {
  euEstablished: Tri;
  /**
   * Where the people whose personal data the organisation holds live. A place left out cannot be
   * where an incident's affected people live unless the responder says so; empty: not answered.
   */
  operatesIn: Residence[];
  /**
   * Where the organisation is established or carries on business (its own link to a law's territory,
   * territorial-scope.ts): Australia's Privacy Act (s 5B(3)), POPIA (s 3(1)(b)), or an establishment
   * under the GDPR-like laws reach it whatever the affected people's residence. Empty: not answered.
   */
  establishedIn: Residence[];
  /** What the organisation does, in the questionnaire's words; it only chooses which questions to ask first. */
  sector: SectorView | null;
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
  /** A clinic, health facility, home health agency or hospice licensed in California (Health & Safety Code 1280.15). */
  caHealthFacility: Tri;
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
  operatesIn: [],
  establishedIn: [],
  sector: null,
  memberStates: [],
  processor: 'unsure',
  nis2: 'unsure',
  trustServiceProvider: 'unsure',
  telecomProvider: 'unsure',
  dora: 'unsure',
  secRegistrant: 'unsure',
  hipaa: 'unsure',
  caHealthFacility: 'unsure',
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

/** Whether an admin has answered any of it: a fresh install's profile is all "not sure". */
export function isProfileAnswered(p: OrganisationProfile): boolean {
  return (Object.keys(UNSURE_PROFILE) as (keyof OrganisationProfile)[]).some((k) => JSON.stringify(p[k]) !== JSON.stringify(UNSURE_PROFILE[k]));
}

export type ProfileFlag = { [K in keyof OrganisationProfile]: OrganisationProfile[K] extends string ? K : never }[keyof OrganisationProfile];
