/**
 * The organisation-profile questions in words, for the settings page and for the panel's "may apply:
 * depends on …" line. Keyed by the profile's fields (src/domain/legal/organisation-profile.ts).
 */
export const PROFILE_LABELS: Record<string, string> = {
  euEstablished: 'Established in the EU',
  establishedIn: 'Where the organisation is established or does business',
  processor: 'Processes data for others (processor, vendor)',
  nis2: 'NIS2 entity',
  dora: 'DORA financial entity',
  trustServiceProvider: 'Trust service provider (eIDAS)',
  telecomProvider: 'Telecom provider',
  secRegistrant: 'SEC registrant',
  hipaa: 'HIPAA',
  caHealthFacility: 'Licensed health facility or clinic in California',
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

/** What the organisation does, in words: it orders the questionnaire (the sector's regimes first). */
export const SECTOR_LABELS = {
  software: 'Software, cloud or IT services',
  finance: 'Banking, insurance, payments or investment',
  health: 'Health care or health insurance',
  infrastructure: 'Energy, transport, water or telecoms',
  manufacturing: 'Making products (devices, machines, software sold as a product)',
  retail: 'Shops, e-commerce or consumer services',
  public: 'Public administration',
  other: 'Something else',
} as const;
export type SectorView = keyof typeof SECTOR_LABELS;
export const SECTORS = Object.keys(SECTOR_LABELS) as [SectorView, ...SectorView[]];

/** Countries by name (ISO codes are stored, never shown): the EU Member States, then the others the rules name. */
export const EU_COUNTRY_NAMES: Record<string, string> = {
  AT: 'Austria',
  BE: 'Belgium',
  BG: 'Bulgaria',
  HR: 'Croatia',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DK: 'Denmark',
  EE: 'Estonia',
  FI: 'Finland',
  FR: 'France',
  DE: 'Germany',
  GR: 'Greece',
  HU: 'Hungary',
  IE: 'Ireland',
  IT: 'Italy',
  LV: 'Latvia',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  MT: 'Malta',
  NL: 'Netherlands',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SK: 'Slovakia',
  SI: 'Slovenia',
  ES: 'Spain',
  SE: 'Sweden',
};
export const COUNTRY_NAMES: Record<string, string> = {
  ...EU_COUNTRY_NAMES,
  GB: 'United Kingdom',
  CH: 'Switzerland',
  US: 'United States',
  CA: 'Canada',
  AU: 'Australia',
  SG: 'Singapore',
  IN: 'India',
  BR: 'Brazil',
  JP: 'Japan',
  ZA: 'South Africa',
};

export type ProfileRegion = 'anywhere' | 'EU' | 'US' | 'AU' | 'IN' | 'CH';
export interface ProfileQuestion {
  question: string;
  /** Shown under the question; for "Not sure", how to find out. */
  help: string;
  /** Answers in words; the stored value is never shown. */
  options: readonly { value: string; label: string }[];
  /** Where the regime it decides applies: asked when the organisation operates there (or has not said). */
  region: ProfileRegion;
  /** The sectors for which it is asked first. */
  sectors: readonly SectorView[];
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
] as const;
const q = (
  question: string,
  help: string,
  region: ProfileRegion,
  sectors: readonly SectorView[] = [],
  options: ProfileQuestion['options'] = YES_NO,
): ProfileQuestion => ({
  question,
  help,
  options,
  region,
  sectors,
});

/** The questionnaire, one plain question per profile answer, in the order asked. */
export const PROFILE_QUESTIONS: Record<string, ProfileQuestion> = {
  processor: q(
    'Do you handle personal data for other organisations (as their processor, vendor or service provider)?',
    'Then you tell your customers about a breach rather than the authorities, and fast.',
    'anywhere',
    ['software'],
  ),
  nis2: q(
    'Is the organisation an essential or important entity under NIS2?',
    "Not sure? NIS2 covers medium and large organisations (50 people or EUR 10 million turnover and up) in the sectors of its Annexes I and II (energy, transport, banking, health, water, digital infrastructure, IT services for businesses, public administration, post, waste, chemicals, food, manufacturing, digital providers), and some of any size. Your country's NIS2 authority has a self-check (in Germany the BSI's NIS-2 check); until you know, the NIS2 reports show as possible.",
    'EU',
    ['software', 'infrastructure', 'health', 'manufacturing', 'public', 'finance'],
    [
      { value: 'essential', label: 'Yes, an essential entity' },
      { value: 'important', label: 'Yes, an important entity' },
      { value: 'none', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
  ),
  dora: q(
    'Is the organisation a financial entity under DORA?',
    'DORA covers banks, insurers, investment firms, payment and e-money institutions, crypto-asset service providers, trading venues, clearing houses and similar; its supervisor will have told it. A DORA entity reports to its financial supervisor instead of under NIS2.',
    'EU',
    ['finance'],
    [
      { value: 'credit-institution', label: 'Yes, a bank (credit institution)' },
      { value: 'ccp', label: 'Yes, a clearing house (central counterparty)' },
      { value: 'trading-venue', label: 'Yes, a trading venue (exchange)' },
      { value: 'other-financial-entity', label: 'Yes, another financial entity (insurer, investment firm, payment institution, ...)' },
      { value: 'none', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
  ),
  trustServiceProvider: q(
    'Does it provide trust services (electronic signatures, seals, time stamps, certificates)?',
    'Qualified and other trust service providers under eIDAS.',
    'EU',
    ['software'],
  ),
  telecomProvider: q('Does it provide public telephone or internet access services?', 'Telecom operators have their own breach notice.', 'EU', [
    'infrastructure',
  ]),
  craManufacturer: q(
    'Does it make products with software in them that are sold in the EU?',
    'The Cyber Resilience Act asks manufacturers to report exploited vulnerabilities and severe incidents.',
    'EU',
    ['manufacturing', 'software'],
  ),
  aiHighRiskProvider: q(
    'Does it provide a high-risk AI system (as the EU AI Act defines it)?',
    'For example AI used in hiring, credit scoring, medical devices or critical infrastructure.',
    'EU',
    ['software'],
  ),
  secRegistrant: q('Is it a US public company (files reports with the SEC)?', 'Companies listed on a US exchange, or otherwise filing 10-K reports.', 'US', [
    'finance',
  ]),
  hipaa: q(
    'Does HIPAA apply to it?',
    'Health plans, most US health care providers and clearinghouses are covered entities; a company that handles their health information is a business associate.',
    'US',
    ['health'],
    [
      { value: 'covered-entity', label: 'Yes, a covered entity (health plan, provider, clearinghouse)' },
      { value: 'business-associate', label: 'Yes, a business associate (handles health information for one)' },
      { value: 'none', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
  ),
  caHealthFacility: q(
    'Is it a clinic, health facility, home health agency or hospice licensed in California?',
    'California licensed health facilities report unauthorised access to medical information to the state (Health and Safety Code 1280.15).',
    'US',
    ['health'],
  ),
  nydfsCovered: q(
    'Is it licensed or regulated by the New York Department of Financial Services?',
    'Banks, insurers and money transmitters licensed in New York.',
    'US',
    ['finance'],
  ),
  usBanking: q('Is it a US bank or banking organisation?', 'Supervised by the OCC, the Federal Reserve or the FDIC.', 'US', ['finance']),
  usBankServiceProvider: q('Does it provide services to US banks?', 'A bank service provider under the Bank Service Company Act.', 'US', [
    'finance',
    'software',
  ]),
  ftcFinancialInstitution: q(
    'Is it a US financial institution under the FTC Safeguards Rule (lender, tax preparer, finance company)?',
    'Non-bank financial businesses the FTC oversees.',
    'US',
    ['finance'],
  ),
  regSpInstitution: q('Is it a US broker-dealer, investment adviser or investment company?', "Covered by the SEC's Regulation S-P.", 'US', ['finance']),
  regSpServiceProvider: q(
    'Does it provide services to US broker-dealers or investment advisers?',
    'Their service providers must tell them about a breach.',
    'US',
    ['finance', 'software'],
  ),
  cisaCoveredEntity: q(
    'Is it in a US critical infrastructure sector that CIRCIA covers?',
    'Energy, communications, water, health care, financial services and other critical sectors.',
    'US',
    ['infrastructure'],
  ),
  auAppEntity: q(
    'Is it covered by the Australian Privacy Act?',
    'Most businesses with an Australian link and over AUD 3 million turnover, and some smaller ones.',
    'AU',
  ),
  auReportingEntity: q(
    "Does Australia's ransomware payment reporting apply to it?",
    'Businesses with an Australian link and over AUD 3 million turnover.',
    'AU',
  ),
  auSoci: q('Does it run Australian critical infrastructure (SOCI Act)?', 'Assets listed under the Security of Critical Infrastructure Act.', 'AU', [
    'infrastructure',
  ]),
  certInScope: q(
    'Does it run computer systems in India?',
    "CERT-In's directions cover service providers, data centres and companies with systems in India.",
    'IN',
  ),
  chCriticalInfrastructure: q('Does it run Swiss critical infrastructure?', 'Operators the Swiss Information Security Act names.', 'CH', ['infrastructure']),
  cardMerchant: q('Does it accept payment cards?', 'Card brands ask merchants to report a card data compromise.', 'anywhere', ['retail']),
};

/** What the regions are called in the questionnaire. */
export const PROFILE_REGION_LABELS: Record<ProfileRegion, string> = {
  anywhere: 'Everywhere',
  EU: 'In the European Union',
  US: 'In the United States',
  AU: 'In Australia',
  IN: 'In India',
  CH: 'In Switzerland',
};
