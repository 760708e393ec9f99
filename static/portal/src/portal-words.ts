/**
 * Which message says each thing the portal shows that the backend names by id or in its source
 * words: the default categories, the reporter's answers and the first-response promise. Written
 * out key by key, so every key the portal uses is in the code (the unused-key check reads it).
 */
import type { MessageKey } from '../../common/i18n/message-key';
import type { HOW_BAD_ANSWERS, HOW_URGENT_ANSWERS, PERSONAL_DATA_ANSWERS } from '../../../src/shared/portal-report';
import type { CategoryView, ReportStatusView } from '../../../src/shared/resolver-contract';
import type { I18n } from '../../common/i18n/i18n-provider';

export const PERSONAL_DATA_KEYS: Record<(typeof PERSONAL_DATA_ANSWERS)[number]['id'], MessageKey> = {
  yes: 'portal.report.personalData.answer.yes',
  no: 'portal.report.personalData.answer.no',
  unsure: 'portal.report.personalData.answer.unsure',
};

export const HOW_BAD_KEYS: Record<(typeof HOW_BAD_ANSWERS)[number]['id'], MessageKey> = {
  me: 'portal.report.whoIsAffected.answer.onlyMe',
  some: 'portal.report.whoIsAffected.answer.myTeam',
  many: 'portal.report.whoIsAffected.answer.many',
};

export const HOW_URGENT_KEYS: Record<(typeof HOW_URGENT_ANSWERS)[number]['id'], MessageKey> = {
  'can-wait': 'portal.report.howUrgent.answer.canWait',
  today: 'portal.report.howUrgent.answer.today',
  now: 'portal.report.howUrgent.answer.rightNow',
};

interface CategoryKeys {
  label: MessageKey;
  description: MessageKey;
  examples: MessageKey[];
  advice: MessageKey | null;
}

/** The default categories (src/domain/config/default-config.ts) by id; the translation test holds the en-US texts to them. */
export const DEFAULT_CATEGORY_KEYS: Record<string, CategoryKeys> = {
  technical: {
    label: 'portal.category.technical.label',
    description: 'portal.category.technical.description',
    examples: ['portal.category.technical.example1', 'portal.category.technical.example2'],
    advice: null,
  },
  phishing: {
    label: 'portal.category.phishing.label',
    description: 'portal.category.phishing.description',
    examples: ['portal.category.phishing.example1', 'portal.category.phishing.example2'],
    advice: 'portal.category.phishing.advice',
  },
  malware: {
    label: 'portal.category.malware.label',
    description: 'portal.category.malware.description',
    examples: ['portal.category.malware.example1', 'portal.category.malware.example2'],
    advice: 'portal.category.malware.advice',
  },
  'physical-safety': {
    label: 'portal.category.physicalSafety.label',
    description: 'portal.category.physicalSafety.description',
    examples: ['portal.category.physicalSafety.example1', 'portal.category.physicalSafety.example2'],
    advice: 'portal.category.physicalSafety.advice',
  },
  'security-breach': {
    label: 'portal.category.securityBreach.label',
    description: 'portal.category.securityBreach.description',
    examples: ['portal.category.securityBreach.example1', 'portal.category.securityBreach.example2'],
    advice: 'portal.category.securityBreach.advice',
  },
  'lost-device': {
    label: 'portal.category.lostDevice.label',
    description: 'portal.category.lostDevice.description',
    examples: ['portal.category.lostDevice.example1', 'portal.category.lostDevice.example2'],
    advice: 'portal.category.lostDevice.advice',
  },
  'data-exposure': {
    label: 'portal.category.dataExposure.label',
    description: 'portal.category.dataExposure.description',
    examples: ['portal.category.dataExposure.example1', 'portal.category.dataExposure.example2'],
    advice: 'portal.category.dataExposure.advice',
  },
  'denial-of-service': {
    label: 'portal.category.denialOfService.label',
    description: 'portal.category.denialOfService.description',
    examples: ['portal.category.denialOfService.example1', 'portal.category.denialOfService.example2'],
    advice: null,
  },
  other: {
    label: 'portal.category.other.label',
    description: 'portal.category.other.description',
    examples: ['portal.category.other.example1'],
    advice: null,
  },
};

/**
 * A category in the viewer's language. Each part the admin left as the app's default (it reads
 * exactly as the source locale's text) is translated; a part the admin wrote themselves is shown as
 * they wrote it, since nobody has translated it.
 */
export function localizedCategory(category: CategoryView, { t, source }: Pick<I18n, 't' | 'source'>): CategoryView {
  const keys = DEFAULT_CATEGORY_KEYS[category.id];
  if (!keys) return category;
  const unchanged = (key: MessageKey | null, value: string) => key !== null && source(key) === value;
  const examplesUnchanged = keys.examples.length === category.examples.length && keys.examples.every((k, i) => unchanged(k, category.examples[i]!));
  return {
    id: category.id,
    label: unchanged(keys.label, category.label) ? t(keys.label) : category.label,
    description: unchanged(keys.description, category.description) ? t(keys.description) : category.description,
    examples: examplesUnchanged ? keys.examples.map((k) => t(k)) : category.examples,
    advice: unchanged(keys.advice, category.advice) ? t(keys.advice!) : category.advice,
  };
}

/** The default category whose source label this is (the request page gets the label the reporter picked), if any. */
export function categoryIdOfLabel(label: string, source: I18n['source']): string | null {
  return Object.entries(DEFAULT_CATEGORY_KEYS).find(([, keys]) => source(keys.label) === label)?.[0] ?? null;
}

/** The personal-data answer whose source words these are, if any. */
export function personalDataKeyOfLabel(label: string, source: I18n['source']): MessageKey | null {
  return Object.values(PERSONAL_DATA_KEYS).find((key) => source(key) === label) ?? null;
}

export type PromiseValues = { promise: 'nextBusinessDay' | 'hours' | 'businessHours' | 'minutes' | 'businessMinutes' | 'other'; amount: number };

/**
 * The first-response promise (`ReportStatusView.expectedResponse`, as
 * src/domain/triage/expected-first-response.ts words it) as values for the message's select and
 * plural; anything else reads "as soon as they can" rather than English in another language.
 * @example promiseValues('within 4 business hours') // { promise: 'businessHours', amount: 4 }
 */
export function promiseValues(expectedResponse: ReportStatusView['expectedResponse']): PromiseValues {
  if (expectedResponse === 'by the next business day') return { promise: 'nextBusinessDay', amount: 0 };
  const within = /^within (\d+) (business )?(hour|minute)s?$/.exec(expectedResponse);
  if (!within) return { promise: 'other', amount: 0 };
  const unit = within[3] === 'hour' ? 'Hours' : 'Minutes';
  return { promise: within[2] ? (`business${unit}` as const) : unit === 'Hours' ? 'hours' : 'minutes', amount: Number(within[1]) };
}
