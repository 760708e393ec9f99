import type { AppConfig } from '../config/app-config';
import { newIncidentRecord, NO_CIA, type IncidentRecord } from '../incident/incident-record';
import { computePriority } from '../priority/compute-priority';
import { levelAt } from '../triage/category-defaults';
import type { AlertClassification } from './alert-classification';

/**
 * The record an alert group's incident starts with: the classification on the active matrix, its
 * level, no reporter (a monitor is not a person to thank), and still an event: a person confirms it,
 * as for a report from the portal. An outage is the availability flag.
 * @example alertIntakeRecord('10042', now, { categoryId: 'outage', impact: 'high', urgency: 'high' }, config).priority // 'Critical'
 */
export function alertIntakeRecord(issueId: string, now: string, classification: AlertClassification, config: AppConfig): IncidentRecord {
  const matrix = config.priority.matrix;
  const impact = levelAt(matrix.impact, classification.impact).id;
  const urgency = levelAt(matrix.urgency, classification.urgency).id;
  const { effective } = computePriority(matrix, impact, urgency, null);
  const category = config.taxonomy.categories.find((c) => c.id === classification.categoryId);
  return {
    ...newIncidentRecord(issueId, now, matrix.id),
    category: category?.id ?? null,
    impact,
    urgency,
    priority: effective,
    cia: { ...NO_CIA, availability: true },
  };
}
