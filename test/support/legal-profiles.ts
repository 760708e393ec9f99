import { type OrganisationProfile, UNSURE_PROFILE } from '../../src/domain/legal/organisation-profile';

/** An EU-established company in no sector regime (not NIS2, DORA, HIPAA, card merchant, ...). */
export const PROFILE_EU_ONLY: OrganisationProfile = {
  ...(Object.fromEntries(Object.entries(UNSURE_PROFILE).map(([k, v]) => [k, v === 'unsure' ? 'no' : v])) as unknown as OrganisationProfile),
  euEstablished: 'yes',
  // Established in the EU only: no UK, Swiss or other establishment that would reach it (territorial tests, issue 30).
  establishedIn: ['EU'],
  nis2: 'none',
  dora: 'none',
  hipaa: 'none',
  memberStates: ['DE'],
};
