/**
 * The settings page's contract (admin page and project settings page). The settings document is
 * the app's stored settings type itself, so what the page edits is exactly what is validated
 * and stored; it is imported as a type only.
 */
import type { AppConfig, ProjectOverride } from '../domain/config/app-config';
import type { SettingsSectionId } from './settings-sections';

export type SettingsDocument = AppConfig;
export type ProjectOverrideDocument = ProjectOverride;

export interface SettingChangeView {
  section: SettingsSectionId;
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

export interface SettingsVersionView {
  version: number;
  at: string;
  /** Jira account id of the admin who saved it. */
  by: string;
  action: 'save' | 'revert' | 'import' | 'project';
  /** For a revert, the version whose settings were restored. */
  revertedTo: number | null;
  changes: SettingChangeView[];
  /** How many changes there were; more than `changes` lists when the diff was long. */
  total: number;
}

export interface ChecklistItemView {
  id: string;
  label: string;
  /** What the seed asks for, in a sentence. */
  why: string;
  done: boolean;
  /** 'app' when the app saw the answer in its settings or data; 'confirmed' when an admin ticked it. */
  source: 'app' | 'confirmed' | null;
  /** Items the app cannot see are ticked by hand. */
  manual: boolean;
  /** The settings section where the item is done. */
  section: string;
}

export interface MaturityCriterionView {
  id: string;
  level: 1 | 2 | 3;
  /** What the level asks for, after seed 001. */
  label: string;
  /** What to do in the app to meet it. */
  next: string;
  met: boolean;
}

export interface StreamMaturityView {
  stream: 'detection' | 'response';
  level: 0 | 1 | 2 | 3;
  criteria: MaturityCriterionView[];
}

export interface LegalRuleChoiceView {
  id: string;
  regime: string;
  stage: string;
  jurisdiction: string;
  verification: string;
  enabledByDefault: boolean;
}

/** A portal request type an admin may pick as an incident report. */
export interface RequestTypeChoiceView {
  id: string;
  name: string;
  projectKey: string;
  projectName: string;
  issueTypeId: string;
  /** In no request type group: the portal does not show it until an admin adds it to one. */
  hiddenFromPortal: boolean;
}

export interface SettingsView {
  config: SettingsDocument;
  defaults: SettingsDocument;
  version: number;
  /** Why the stored settings could not be used (the defaults are in force), if they could not. */
  storedProblems: string[];
  site: {
    jiraPriorities: string[];
    /** null when the caller may not list them (only Jira administrators can). */
    securityLevels: string[] | null;
    projects: { key: string; name: string }[];
    issueTypes: { id: string; name: string }[];
    /** Spaces a report can be published to; null when the site has no Confluence. */
    confluenceSpaces: { key: string; name: string }[] | null;
    /** The service desks' request types; null when the site has no Jira Service Management. */
    requestTypes: RequestTypeChoiceView[] | null;
    /** The admin's profile time zone: proposed for the office calendar. */
    timeZone: string | null;
    /** The country whose public holidays that zone suggests, when only one does. */
    holidayCountry: string | null;
  };
  legalRules: LegalRuleChoiceView[];
  taxonomyReview: { dueAt: string | null; due: boolean };
  checklist: ChecklistItemView[];
  maturity: StreamMaturityView[];
  facts: { exercises12m: number; postmortemsRequired12m: number; postmortemsPublished12m: number };
  history: SettingsVersionView[];
  lastSweep: { window: string; ranAt: string } | null;
  alertSources: AlertSourcesStateView;
  /** One per saved rota, in the rotas' order. */
  rotaPreviews: RotaPreviewView[];
  /** Tombstones of deleted incidents, newest first (kept for the retention period). */
  deletedIncidents: DeletedIncidentView[];
}

export interface DeletedIncidentView {
  issueKey: string;
  deletedAt: string;
  /** A display name. */
  deletedBy: string;
  reportedAt: string;
  category: string | null;
  priority: string | null;
  timelineEntries: number;
  lastHash: string;
  evidenceHashes: string[];
  retainedUntil: string;
}

export interface SettingsSaveInput {
  config: SettingsDocument;
  /** The version the page loaded; a save on top of a newer one is refused (CONFLICT). */
  baseVersion: number;
}

export interface SettingsSavedView {
  version: number;
  changes: SettingChangeView[];
  total: number;
}

export interface SettingsImportInput {
  /** The exported JSON file's text. */
  json: string;
  baseVersion: number;
  /** Only show what would change; store nothing. */
  dryRun: boolean;
}

export interface SettingsImportView {
  dryRun: boolean;
  /** Set when the import was applied. */
  version: number | null;
  changes: SettingChangeView[];
  total: number;
}

export interface SettingsExportView {
  fileName: string;
  json: string;
}

export interface ProjectSettingsView {
  projectKey: string;
  override: ProjectOverrideDocument | null;
  version: number;
  calendars: { id: string; name: string }[];
  siteContacts: number;
}

export interface ProjectSettingsSaveInput {
  override: ProjectOverrideDocument | null;
  baseVersion: number;
}

/** What the alert-sources section shows beside the settings: never a secret, only whether one is set. */
export interface AlertSourcesStateView {
  /**
   * The app's alerts web trigger on this site (a source's URL adds `/<format>/<id>`); null when Forge
   * could not give it (the page says so).
   */
  triggerUrl: string | null;
  /** Source id -> whether it has a secret (saved sources only). */
  secretSet: Record<string, boolean>;
}

export interface AlertSecretRotateInput {
  /** A saved source's id. */
  sourceId: string;
}

/** The new secret, returned this once: the page shows it and later loads only say that one is set. */
export interface AlertSecretView {
  sourceId: string;
  secret: string;
  /** The source's full web trigger URL; null when Forge could not give the base. */
  url: string | null;
}

/**
 * A source's web trigger URL: the site's trigger plus `/<format>/<id>` (the path suffix Forge passes
 * to the handler names the format and the source).
 * @example alertSourceUrl('https://x.hello.atlassian-dev.net/x1/abc', { format: 'alertmanager', id: 'prometheus' }) // '.../x1/abc/alertmanager/prometheus'
 */
export function alertSourceUrl(triggerUrl: string | null, source: { format: string; id: string }): string | null {
  return triggerUrl === null ? null : `${triggerUrl.replace(/\/+$/, '')}/${source.format}/${source.id}`;
}

/** Who holds the pager at one time, by account id (the page shows names). */
export interface OnCallPairView {
  primary: string | null;
  secondary: string | null;
}

/** A saved rota as of the page's load: who is on call now and the next hand-offs, for the preview. */
export interface RotaPreviewView extends OnCallPairView {
  rotaId: string;
  /** When this answer stops holding (the shift ends or an override begins or ends). */
  until: string;
  /** The reasons of overrides in force now, by role. */
  overrideReasons: Partial<Record<'primary' | 'secondary', string>>;
  /** The rota's first shift is still to come: nobody is on call from it yet. */
  notStarted: boolean;
  next: (OnCallPairView & { at: string })[];
}
