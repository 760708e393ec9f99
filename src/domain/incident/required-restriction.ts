import type { ReportCategory } from '../config/app-config';
import type { LegalAnswers } from '../legal/legal-answers';
import type { CiaFlags } from './incident-record';

/** The part of an incident record that decides whether it must be restricted. */
export interface SensitivityFacts {
  category: string | null;
  cia: CiaFlags;
  legal?: { answers: LegalAnswers };
}

/** From this many people affected, a personal-data incident is restricted whatever the kind of data (HIPAA's media notice starts at 500). */
export const MANY_AFFECTED = 500;

/**
 * Kinds of personal data whose disclosure alone makes an incident sensitive (special categories,
 * health, money, logins, and government ID numbers, which identity theft needs as much as card data).
 */
const SENSITIVE_DATA_TYPES = ['health', 'sensitive', 'card', 'financial', 'credentials', 'governmentId'] as const;

/**
 * Whether the incident itself says it is sensitive, whatever its category: personal data is
 * involved (a firm yes) and it was disclosed (confidentiality), is of a sensitive kind, or
 * concerns many people.
 * @example isSensitive({ category: 'outage', cia: { ...NO_CIA, confidentiality: true }, legal: { answers: { ...NO_ANSWERS, personalData: 'yes' } } }) // true
 */
export function isSensitive(facts: SensitivityFacts): boolean {
  const answers = facts.legal?.answers;
  if (answers?.personalData !== 'yes') return false;
  if (facts.cia.confidentiality) return true;
  if (SENSITIVE_DATA_TYPES.some((t) => answers.dataTypes[t] === 'yes')) return true;
  return (answers.affected.total ?? 0) >= MANY_AFFECTED;
}

/**
 * The issue security level an incident must carry under the current settings, or null for none:
 * its category's level; else, when the incident is sensitive, the level the settings give
 * sensitive categories (the first one named, e.g. "Restricted"). The settings have no level of
 * their own for this, so a site that restricts no category restricts nothing.
 * @example requiredRestriction({ category: 'data-exposure', cia: NO_CIA }, [{ id: 'data-exposure', restrictTo: 'Restricted', ... }]) // 'Restricted'
 */
export function requiredRestriction(facts: SensitivityFacts, categories: readonly Pick<ReportCategory, 'id' | 'restrictTo'>[]): string | null {
  const own = categories.find((c) => c.id === facts.category)?.restrictTo ?? null;
  if (own !== null) return own;
  if (!isSensitive(facts)) return null;
  return categories.find((c) => c.restrictTo !== null)?.restrictTo ?? null;
}
