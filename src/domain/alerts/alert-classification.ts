import type { ReportCategory } from '../config/app-config';
import type { NormalizedAlert } from './alert';
import type { AlertSource } from './alert-source';

type RelativeLevel = 'low' | 'medium' | 'high';
const ORDER: RelativeLevel[] = ['low', 'medium', 'high'];
const higher = (a: RelativeLevel, b: RelativeLevel): RelativeLevel => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export interface AlertClassification {
  categoryId: string;
  impact: RelativeLevel;
  urgency: RelativeLevel;
}

/**
 * Category, impact and urgency of a new incident from its alerts: the category the source's
 * category label names (when the taxonomy has it), else the source's default; impact and urgency
 * from each firing alert's severity through the source's table, the worst of the group on each axis
 * (an unknown severity counts as medium). The priority matrix turns them into the level.
 * @example classifyAlerts([critical], prometheus, categories) // { categoryId: 'outage', impact: 'high', urgency: 'high' }
 */
export function classifyAlerts(alerts: readonly NormalizedAlert[], source: AlertSource, categories: readonly ReportCategory[]): AlertClassification {
  const named = alerts.map((a) => a.labels[source.categoryLabel]).find((id) => id !== undefined && categories.some((c) => c.id === id));
  const firing = alerts.filter((a) => a.status === 'firing');
  let impact: RelativeLevel = 'low';
  let urgency: RelativeLevel = 'low';
  for (const alert of firing.length > 0 ? firing : alerts) {
    const mapped = source.severities[(alert.severity ?? '').toLowerCase()] ?? { impact: 'medium', urgency: 'medium' };
    impact = higher(impact, mapped.impact);
    urgency = higher(urgency, mapped.urgency);
  }
  return { categoryId: named ?? source.categoryId, impact, urgency };
}
