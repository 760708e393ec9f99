import type { AppConfig } from '../config/app-config';
import { impactRank, levelRank, urgencyRank } from '../priority/priority-matrix';
import type { IncidentEditRequest } from './apply-incident-edit';

/**
 * Checks an edit's values against the live settings (the taxonomy and the matrix), which a
 * static schema cannot know. Returns field -> message, empty when the edit is valid.
 */
export function validateIncidentEdit(edit: IncidentEditRequest, config: AppConfig): Record<string, string> {
  const errors: Record<string, string> = {};
  const matrix = config.priority.matrix;
  if (edit.category != null && !config.taxonomy.categories.some((c) => c.id === edit.category)) {
    errors.category = `"${edit.category}" is not a category in the "what to report" list.`;
  }
  if (edit.impact != null && impactRank(matrix, edit.impact) < 0) {
    errors.impact = `Impact must be one of ${matrix.impact.map((l) => l.label).join(', ')}.`;
  }
  if (edit.urgency != null && urgencyRank(matrix, edit.urgency) < 0) {
    errors.urgency = `Urgency must be one of ${matrix.urgency.map((l) => l.label).join(', ')}.`;
  }
  if (edit.override && levelRank(matrix, edit.override.level) < 0) {
    errors.override = `Priority must be one of ${matrix.levels.map((l) => l.label).join(', ')}.`;
  }
  return errors;
}
