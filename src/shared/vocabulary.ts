/**
 * The incident vocabulary shared by the backend and every Custom UI: plain constants only, so the
 * UIs can import it without pulling backend code into their bundles.
 *
 * Categories follow the "what to report" taxonomy drawn from the seed documents
 * (shared/docs/incident-practice.md); impact and urgency use the four-level scales that Jira Service
 * Management uses for its own impact and urgency fields.
 */
export const INCIDENT_CATEGORIES = [
  { id: 'technical', label: 'Technical problem (infrastructure or code)' },
  { id: 'phishing', label: 'Phishing' },
  { id: 'malware', label: 'Malware on a device' },
  { id: 'physical-safety', label: 'Physical safety' },
  { id: 'security-breach', label: 'Security breach' },
  { id: 'lost-device', label: 'Unlocked or lost device' },
  { id: 'data-exposure', label: 'Data exposure' },
  { id: 'denial-of-service', label: 'Denial of service' },
  { id: 'other', label: 'Other' },
] as const;

export type IncidentCategoryId = (typeof INCIDENT_CATEGORIES)[number]['id'];
export const INCIDENT_CATEGORY_IDS = INCIDENT_CATEGORIES.map((c) => c.id) as [IncidentCategoryId, ...IncidentCategoryId[]];

export const IMPACT_LEVELS = [
  { id: 'extensive', label: 'Extensive / widespread' },
  { id: 'significant', label: 'Significant / large' },
  { id: 'moderate', label: 'Moderate / limited' },
  { id: 'minor', label: 'Minor / localised' },
] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number]['id'];
export const IMPACT_LEVEL_IDS = IMPACT_LEVELS.map((l) => l.id) as [ImpactLevel, ...ImpactLevel[]];

export const URGENCY_LEVELS = [
  { id: 'critical', label: 'Critical' },
  { id: 'high', label: 'High' },
  { id: 'medium', label: 'Medium' },
  { id: 'low', label: 'Low' },
] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number]['id'];
export const URGENCY_LEVEL_IDS = URGENCY_LEVELS.map((l) => l.id) as [UrgencyLevel, ...UrgencyLevel[]];

/** The issue property our app mirrors the incident record into (indexed by jira:entityProperty). */
export const INCIDENT_PROPERTY_KEY = 'incident-response';
