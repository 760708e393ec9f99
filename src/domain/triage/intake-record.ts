import type { AppConfig } from '../config/app-config';
import { computePriority } from '../priority/compute-priority';
import { newIncidentRecord, NO_CIA, type IncidentRecord, type ReporterSuggestion } from '../incident/incident-record';
import { reporterProposal } from './reporter-proposal';

/**
 * The record a new report starts with: the reporter's category (when it is one the taxonomy
 * knows), its default impact and urgency on the active matrix (raised by the reporter's "who is
 * affected" and "how urgent" where those say it is worse) and the priority they give. It is
 * still an event; a responder confirms or dismisses it. Data protection reports start with the
 * confidentiality flag set when the reporter says personal data may be involved.
 * @example intakeRecord('1', '2026-03-01T09:00:00.000Z', { category: 'phishing', ... }, defaultAppConfig()).priority // 'Mild'
 */
export function intakeRecord(issueId: string, reportedAt: string, report: ReporterSuggestion | null, config: AppConfig): IncidentRecord {
  const matrix = config.priority.matrix;
  const base = newIncidentRecord(issueId, reportedAt, matrix.id);
  const category = config.taxonomy.categories.find((c) => c.id === report?.category);
  // The category's defaults, raised where the reporter's own answers say it is worse (reporter-proposal.ts).
  const { impact, urgency } = reporterProposal(matrix, category, report);
  const { effective } = computePriority(matrix, impact, urgency, null);
  const personal = report?.personalData === 'yes' || report?.personalData === 'unsure';
  return {
    ...base,
    category: category?.id ?? null,
    impact,
    urgency,
    priority: effective,
    cia: { ...NO_CIA, confidentiality: personal },
    reporter: report,
  };
}
