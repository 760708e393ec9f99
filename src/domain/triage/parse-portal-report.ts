import { HOW_BAD_ANSWERS, HOW_URGENT_ANSWERS, PERSONAL_DATA_ANSWERS } from '../../shared/portal-report';
import type { ReportCategory } from '../config/app-config';
import type { PersonalDataAnswer, ReporterSuggestion } from '../incident/incident-record';

const oneOf = <T extends string>(answers: readonly { id: T }[], value: unknown): T | null =>
  typeof value === 'string' ? (answers.find((a) => a.id === value)?.id ?? null) : null;

/**
 * Reads the portal property, which the customer's browser wrote: anything that is not one of the
 * known answers is dropped (the report is still taken, with that answer missing), never trusted.
 * Returns null when there is no portal property at all (an agent created the issue in Jira).
 * @example parsePortalReport({ category: 'phishing', personalData: 'maybe' }, DEFAULT_CATEGORIES) // { category: 'phishing', personalData: null, ... }
 */
export function parsePortalReport(property: unknown, categories: readonly ReportCategory[]): ReporterSuggestion | null {
  if (typeof property !== 'object' || property === null || Array.isArray(property)) return null;
  const p = property as Record<string, unknown>;
  return {
    category: typeof p.category === 'string' && categories.some((c) => c.id === p.category) ? p.category : null,
    personalData: oneOf(PERSONAL_DATA_ANSWERS, p.personalData) as PersonalDataAnswer | null,
    howBad: oneOf(HOW_BAD_ANSWERS, p.howBad),
    howUrgent: oneOf(HOW_URGENT_ANSWERS, p.howUrgent),
  };
}
