/**
 * Starting points for the legal profile questionnaire: a preset answers every question, and the
 * admin then changes what differs. Every answer not named is "No": a preset is a statement about
 * the organisation, so it leaves nothing "Not sure" that it can settle.
 */
import type { OrganisationProfile } from '../domain/legal/organisation-profile';
import { RESIDENCES, type ResidenceView } from './legal-vocabulary';

const NOTHING: OrganisationProfile = {
  euEstablished: 'no',
  operatesIn: [],
  establishedIn: [],
  sector: null,
  memberStates: [],
  processor: 'no',
  nis2: 'none',
  trustServiceProvider: 'no',
  telecomProvider: 'no',
  dora: 'none',
  secRegistrant: 'no',
  hipaa: 'none',
  caHealthFacility: 'no',
  nydfsCovered: 'no',
  usBanking: 'no',
  usBankServiceProvider: 'no',
  ftcFinancialInstitution: 'no',
  regSpInstitution: 'no',
  regSpServiceProvider: 'no',
  auAppEntity: 'no',
  auReportingEntity: 'no',
  auSoci: 'no',
  certInScope: 'no',
  cardMerchant: 'no',
  acquirerCountry: null,
  craManufacturer: 'no',
  chCriticalInfrastructure: 'no',
  aiHighRiskProvider: 'no',
  cisaCoveredEntity: 'no',
};

const US_PLACES = RESIDENCES.filter((r): r is ResidenceView => r.startsWith('US-'));

export interface ProfilePreset {
  id: string;
  label: string;
  /** What it assumes, in a sentence. */
  description: string;
  profile: OrganisationProfile;
}

export const PROFILE_PRESETS: readonly ProfilePreset[] = [
  {
    id: 'eu-gdpr-only',
    label: 'EU company, GDPR only',
    description: 'Established in Germany, people in the EU only, in no sector regime (not NIS2, not DORA).',
    profile: { ...NOTHING, euEstablished: 'yes', memberStates: ['DE'], establishedIn: ['EU'], operatesIn: ['EU'], sector: 'software' },
  },
  {
    id: 'de-nis2-important',
    label: 'German NIS2 important entity',
    description: 'Established in Germany, people in the EU only, an important entity under NIS2 (not a financial entity).',
    profile: { ...NOTHING, euEstablished: 'yes', memberStates: ['DE'], establishedIn: ['EU'], operatesIn: ['EU'], sector: 'software', nis2: 'important' },
  },
  {
    id: 'us-public-company',
    label: 'US public company',
    description: 'A US company listed on a US exchange (SEC reports), with customers in every US state, not in health care or banking.',
    profile: { ...NOTHING, establishedIn: [...US_PLACES], operatesIn: [...US_PLACES], sector: 'software', secRegistrant: 'yes' },
  },
];
