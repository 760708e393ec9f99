import type { PriorityMatrix } from '../priority/priority-matrix';
import type { LegalSettings } from '../legal/legal-settings';
import type { SlaSettings } from '../sla/sla-settings';
import type { ResponseSettings } from '../response/response-settings';
import type { PostmortemSettings } from '../postmortem/postmortem-settings';
import type { EscalationPath } from '../sla/sla-settings';
import type { StakeholderContact } from '../response/stakeholder-contacts';
import type { OnCallSettings } from '../oncall/oncall-settings';
import type { AlertSettings } from '../alerts/alert-source';
import type { StakeholderUpdateSettings } from '../stakeholders/stakeholder-settings';
import type { AppLocale } from '../../shared/app-locales';

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
  /** What the reporter should do at once (change the password, disconnect the laptop), on the portal; empty: nothing shown. */
  advice: string;
}

/** Which issues are incidents: the projects and issue types ticked, or all of them where chosen; nothing ticked means none. */
export interface IncidentScope {
  /** The incident projects, ticked one by one: none ticked means none (unless `allProjects`). */
  projectKeys: string[];
  /** The incident issue types, ticked one by one: none ticked means none (unless `allIssueTypes`). */
  issueTypeIds: string[];
  /** Every project, also those created later: chosen on purpose, never implied by an empty list. */
  allProjects: boolean;
  /** Every issue type (for a project that holds only incidents). */
  allIssueTypes: boolean;
  /**
   * Whether an admin has set incident response up. Until then (a fresh install: nothing stored)
   * the app takes nothing in and writes nothing to any issue, however busy the site.
   */
  setUp: boolean;
}

/** Seed 002's minimal program: who owns incident response and who answers, and where reports arrive. */
export interface ProgramSettings {
  /** Jira account id of the incident-response owner. */
  ownerAccountId: string | null;
  /** Jira account ids of the support staff (responders). */
  responderAccountIds: string[];
  /** Where employees report and responders coordinate, e.g. the portal plus a chat channel. */
  channel: string;
  /** When someone last reviewed the incident metrics (SAMM incident detection level 3). */
  metricsReviewedAt: string | null;
  /** Getting-started items an admin ticked by hand (those the app cannot see for itself). */
  confirmedSteps: string[];
}

/** Per-project overrides (the project settings page): a project's own calendar, escalation path and extra contacts. */
export interface ProjectOverride {
  /** Replaces the calendar of every SLA policy for this project's incidents. */
  calendarId: string | null;
  /** Replaces the escalation paths (default and per level) for this project's incidents. */
  escalation: EscalationPath | null;
  /** Added to the site's contacts for this project's incidents. */
  contacts: StakeholderContact[];
}

/**
 * The app's settings, stored in Forge storage and edited on the admin page (Admin-settings
 * issue). Every field has a default, though a fresh install does nothing until an admin ticks its scope.
 */
export interface AppConfig {
  schemaVersion: 2;
  scope: IncidentScope;
  /** Reviewed every `reviewEveryMonths` months (6-12); the settings page reminds when a review is due. */
  taxonomy: { categories: ReportCategory[]; reviewedAt: string | null; reviewEveryMonths: number };
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
  /**
   * `requestTypeIds`: the portal request types that are incident reports; the portal panel asks its
   * questions on those only (none ticked: on none, unless `allRequestTypes`).
   */
  intake: { acknowledgeOnPortal: boolean; requestTypeIds: string[]; allRequestTypes: boolean };
  program: ProgramSettings;
  /** The cost of an hour of unplanned work, the statistics gadget's default. */
  costs: { hourlyRate: number; currency: string };
  /** Jira groups whose members may change the settings, besides Jira administrators. */
  access: { adminGroups: string[] };
  /** Project key -> overrides. */
  projects: Record<string, ProjectOverride>;
  /** On-call rotas and when the app pages them. */
  oncall: OnCallSettings;
  /** Monitors that send alerts to the app's web trigger. */
  alerts: AlertSettings;
  /** How often stakeholders hear how an incident goes, per level, and who they are per category and level. */
  stakeholders: StakeholderUpdateSettings;
  /**
   * `default`: the language of what the app writes for a person whose Jira locale it does not know
   * (Jira may withhold it for privacy) or does not speak, and of messages to many people at once.
   */
  language: { default: AppLocale };
}
