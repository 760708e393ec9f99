/**
 * The legal profile's and the legal section's words as message keys, by the codes src/shared stores
 * (its English labels are the source texts of these keys; countries are named by Intl.DisplayNames).
 */
import type { VerificationView, ResidenceView } from '../../../src/shared/legal-vocabulary';
import type { SectorView } from '../../../src/shared/organisation-profile-labels';
import type { MessageKey } from '../../common/i18n/message-key';
import type { Translate } from '../../common/i18n/translate';

/**
 * A country by its ISO code, in the reader's language (Intl names every country in every locale).
 * @example countryName('DE', 'de-DE') // 'Deutschland'
 */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The places that are countries, named by Intl (the UK by its ISO code, GB). */
const COUNTRY_CODE: Partial<Record<ResidenceView, string>> = { UK: 'GB', CH: 'CH', CA: 'CA', AU: 'AU', SG: 'SG', IN: 'IN', BR: 'BR', JP: 'JP', ZA: 'ZA' };

/** Where affected people live, in words: a country by its name, the others (the EU, US states) by their keys. */
export function residenceName(place: ResidenceView, t: Translate, locale: string): string {
  const country = COUNTRY_CODE[place];
  return country ? countryName(country, locale) : t(RESIDENCE_WORDS[place as keyof typeof RESIDENCE_WORDS]);
}

/** Where affected people live that is not a country (RESIDENCE_LABELS). */
const RESIDENCE_WORDS = {
  EU: 'admin.legal.residence.EU',
  'US-CA': 'admin.legal.residence.US-CA',
  'US-CO': 'admin.legal.residence.US-CO',
  'US-FL': 'admin.legal.residence.US-FL',
  'US-ME': 'admin.legal.residence.US-ME',
  'US-NY': 'admin.legal.residence.US-NY',
  'US-TX': 'admin.legal.residence.US-TX',
  'US-VT': 'admin.legal.residence.US-VT',
  'US-WA': 'admin.legal.residence.US-WA',
  'US-AL': 'admin.legal.residence.US-AL',
  'US-AZ': 'admin.legal.residence.US-AZ',
  'US-DE': 'admin.legal.residence.US-DE',
  'US-LA': 'admin.legal.residence.US-LA',
  'US-other': 'admin.legal.residence.US-other',
  other: 'admin.legal.residence.other',
} satisfies Partial<Record<ResidenceView, MessageKey>>;

/** How far a rule was checked: its label and what it means (VERIFICATION_LABELS, VERIFICATION_LEGEND). */
export const VERIFICATION_WORDS: Record<VerificationView, { label: MessageKey; legend: MessageKey }> = {
  P: { label: 'admin.legal.verification.P.label', legend: 'admin.legal.verification.P.legend' },
  S: { label: 'admin.legal.verification.S.label', legend: 'admin.legal.verification.S.legend' },
  S1: { label: 'admin.legal.verification.S1.label', legend: 'admin.legal.verification.S1.legend' },
  UNVERIFIED: { label: 'admin.legal.verification.UNVERIFIED.label', legend: 'admin.legal.verification.UNVERIFIED.legend' },
  custom: { label: 'admin.legal.verification.custom.label', legend: 'admin.legal.verification.custom.legend' },
};

/** What the organisation does (SECTOR_LABELS). */
export const SECTOR_WORDS: Record<SectorView, MessageKey> = {
  software: 'admin.legalProfile.sectorName.software',
  finance: 'admin.legalProfile.sectorName.finance',
  health: 'admin.legalProfile.sectorName.health',
  infrastructure: 'admin.legalProfile.sectorName.infrastructure',
  manufacturing: 'admin.legalProfile.sectorName.manufacturing',
  retail: 'admin.legalProfile.sectorName.retail',
  public: 'admin.legalProfile.sectorName.public',
  other: 'admin.legalProfile.sectorName.other',
};

/** The presets' names, by preset id (PROFILE_PRESETS). */
export const PRESET_WORDS: Record<string, MessageKey> = {
  'eu-gdpr-only': 'admin.legalProfile.preset.eu-gdpr-only',
  'de-nis2-important': 'admin.legalProfile.preset.de-nis2-important',
  'us-public-company': 'admin.legalProfile.preset.us-public-company',
};

export interface QuestionWords {
  question: MessageKey;
  help: MessageKey;
  /** Each answer's words, by its stored value. */
  options: Record<string, MessageKey>;
}

/** The questionnaire's questions, help and answers, by the profile field each decides (PROFILE_QUESTIONS). */
export const QUESTION_WORDS: Record<string, QuestionWords> = {
  processor: {
    question: 'admin.legalProfile.question.processor.question',
    help: 'admin.legalProfile.question.processor.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  nis2: {
    question: 'admin.legalProfile.question.nis2.question',
    help: 'admin.legalProfile.question.nis2.help',
    options: {
      essential: 'admin.legalProfile.question.nis2.answer.essential',
      important: 'admin.legalProfile.question.nis2.answer.important',
      none: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  dora: {
    question: 'admin.legalProfile.question.dora.question',
    help: 'admin.legalProfile.question.dora.help',
    options: {
      'credit-institution': 'admin.legalProfile.question.dora.answer.credit-institution',
      ccp: 'admin.legalProfile.question.dora.answer.ccp',
      'trading-venue': 'admin.legalProfile.question.dora.answer.trading-venue',
      'other-financial-entity': 'admin.legalProfile.question.dora.answer.other-financial-entity',
      none: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  trustServiceProvider: {
    question: 'admin.legalProfile.question.trustServiceProvider.question',
    help: 'admin.legalProfile.question.trustServiceProvider.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  telecomProvider: {
    question: 'admin.legalProfile.question.telecomProvider.question',
    help: 'admin.legalProfile.question.telecomProvider.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  craManufacturer: {
    question: 'admin.legalProfile.question.craManufacturer.question',
    help: 'admin.legalProfile.question.craManufacturer.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  aiHighRiskProvider: {
    question: 'admin.legalProfile.question.aiHighRiskProvider.question',
    help: 'admin.legalProfile.question.aiHighRiskProvider.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  secRegistrant: {
    question: 'admin.legalProfile.question.secRegistrant.question',
    help: 'admin.legalProfile.question.secRegistrant.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  hipaa: {
    question: 'admin.legalProfile.question.hipaa.question',
    help: 'admin.legalProfile.question.hipaa.help',
    options: {
      'covered-entity': 'admin.legalProfile.question.hipaa.answer.covered-entity',
      'business-associate': 'admin.legalProfile.question.hipaa.answer.business-associate',
      none: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  caHealthFacility: {
    question: 'admin.legalProfile.question.caHealthFacility.question',
    help: 'admin.legalProfile.question.caHealthFacility.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  nydfsCovered: {
    question: 'admin.legalProfile.question.nydfsCovered.question',
    help: 'admin.legalProfile.question.nydfsCovered.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  usBanking: {
    question: 'admin.legalProfile.question.usBanking.question',
    help: 'admin.legalProfile.question.usBanking.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  usBankServiceProvider: {
    question: 'admin.legalProfile.question.usBankServiceProvider.question',
    help: 'admin.legalProfile.question.usBankServiceProvider.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  ftcFinancialInstitution: {
    question: 'admin.legalProfile.question.ftcFinancialInstitution.question',
    help: 'admin.legalProfile.question.ftcFinancialInstitution.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  regSpInstitution: {
    question: 'admin.legalProfile.question.regSpInstitution.question',
    help: 'admin.legalProfile.question.regSpInstitution.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  regSpServiceProvider: {
    question: 'admin.legalProfile.question.regSpServiceProvider.question',
    help: 'admin.legalProfile.question.regSpServiceProvider.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  cisaCoveredEntity: {
    question: 'admin.legalProfile.question.cisaCoveredEntity.question',
    help: 'admin.legalProfile.question.cisaCoveredEntity.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  auAppEntity: {
    question: 'admin.legalProfile.question.auAppEntity.question',
    help: 'admin.legalProfile.question.auAppEntity.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  auReportingEntity: {
    question: 'admin.legalProfile.question.auReportingEntity.question',
    help: 'admin.legalProfile.question.auReportingEntity.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  auSoci: {
    question: 'admin.legalProfile.question.auSoci.question',
    help: 'admin.legalProfile.question.auSoci.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  certInScope: {
    question: 'admin.legalProfile.question.certInScope.question',
    help: 'admin.legalProfile.question.certInScope.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  chCriticalInfrastructure: {
    question: 'admin.legalProfile.question.chCriticalInfrastructure.question',
    help: 'admin.legalProfile.question.chCriticalInfrastructure.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
  cardMerchant: {
    question: 'admin.legalProfile.question.cardMerchant.question',
    help: 'admin.legalProfile.question.cardMerchant.help',
    options: {
      yes: 'admin.legalProfile.answer.yes',
      no: 'admin.legalProfile.answer.no',
      unsure: 'admin.legalProfile.answer.unsure',
    },
  },
};
