import type { PriorityMatrix } from '../priority/priority-matrix';
import type { LegalSettings } from '../legal/legal-settings';
import type { SlaSettings } from '../sla/sla-settings';
import type { ResponseSettings } from '../response/response-settings';
import type { PostmortemSettings } from '../postmortem/postmortem-settings';

/** A relative position on a matrix axis, so category defaults survive a change of matrix. */
export type RelativeLevel = 'low' | 'medium' | 'high';

/** One entry of the "what to report" taxonomy (incident-practice.md A.4). */
export interface ReportCategory {
  id: string;
  label: string;
  /** Shown to reporters on the portal, in plain words. */
  description: string;
  examples: string[];
  defaultImpact: RelativeLevel;
  defaultUrgency: RelativeLevel;
  /** Name of the Jira issue security level applied at intake, or null to leave the issue open. */
  restrictTo: string | null;
}

/**
 * The app's settings, stored in Forge storage and edited on the admin page (Admin-settings
 * issue). Every field has a default, so the app works the minute it is installed.
 */
export interface AppConfig {
  schemaVersion: 2;
  taxonomy: { categories: ReportCategory[]; reviewedAt: string | null };
  priority: {
    matrix: PriorityMatrix;
    /** Priority level id -> Jira priority name; checked against editmeta before use. */
    jiraPriorityByLevel: Record<string, string>;
  };
  /** SLA policies per priority level, business calendars, pause and stop conditions, escalation paths. */
  sla: SlaSettings;
  /** The organisation's regulatory profile, rules switched on or off, overrides, custom rules, reminders. */
  legal: LegalSettings;
  /** Runbooks per category and the stakeholder contacts the panel shows. */
  response: ResponseSettings;
  /** Which incidents need a postmortem and by when, the report templates, where reports are published. */
  postmortem: PostmortemSettings;
  intake: { acknowledgeOnPortal: boolean };
}
