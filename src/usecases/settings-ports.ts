import type { AppConfig, IncidentScope } from '../domain/config/app-config';
import type { RequestTypeChoiceView, SettingsVersionView } from '../shared/settings-contract';
import type { ProgramFacts } from '../domain/program/program-facts';
import type { AccountFacts } from '../domain/config/escalation-users';

/** One saved version of the settings: who, when, how, and what changed (stored as the page shows it). */
export type SettingsVersionMeta = SettingsVersionView;

export interface CurrentSettings {
  config: AppConfig;
  /** 0 until the first save through the settings page. */
  version: number;
  /** Why stored settings were not used (they read as the defaults), when they were not. */
  problems: string[];
}

export type SaveOutcome = { saved: true; version: number } | { saved: false; reason: 'conflict' | 'busy'; version: number };

/** The settings and their versions in Forge storage. */
export interface SettingsStore {
  current(): Promise<CurrentSettings>;
  /** The settings of one version (version 0: those in force before the first save). */
  version(version: number): Promise<AppConfig | undefined>;
  /** Up to `limit` log entries, newest first, below `before` (exclusive). */
  history(before: number, limit: number): Promise<SettingsVersionMeta[]>;
  /**
   * Stores the settings as the next version, in one transaction with its log entry and snapshot,
   * only if the stored version is still `baseVersion`.
   */
  save(config: AppConfig, meta: Omit<SettingsVersionMeta, 'version'>, baseVersion: number): Promise<SaveOutcome>;
}

/** What the settings page needs from Jira, asked as the admin. */
export interface SettingsJira {
  /** Whether the user is a Jira administrator, and the groups they belong to. */
  whoCanChange(): Promise<{ accountId: string; isJiraAdmin: boolean; groups: string[] }>;
  /**
   * The names the settings refer to, as the site has them; the Jira priorities are those the incident
   * projects offer (`scope`; with none named, the projects the admin sees).
   */
  vocabulary(scope: Pick<IncidentScope, 'projectKeys' | 'issueTypeIds'>): Promise<{
    jiraPriorities: string[];
    securityLevels: string[] | null;
    projects: { key: string; name: string }[];
    issueTypes: { id: string; name: string }[];
    /** null when the site has no Confluence. */
    confluenceSpaces: { key: string; name: string }[] | null;
  }>;
  /** What the setup assistant offers (the page only; saving never needs it). */
  setupFacts(): Promise<{
    /** The service desks' request types; null when the site has no Jira Service Management. */
    requestTypes: RequestTypeChoiceView[] | null;
    /** The admin's profile time zone (to propose the office calendar's). */
    timeZone: string | null;
  }>;
  /** What Jira says these accounts are (portal customer, app or person), by account id; unknown ids are left out. */
  accounts(accountIds: string[]): Promise<Record<string, AccountFacts>>;
  /** Display names by account id (for who deleted an incident). */
  displayNames(accountIds: string[]): Promise<Record<string, string>>;
  /** Counts over the last 12 months before `now`. */
  programFacts(now: string): Promise<ProgramFacts>;
}

/** Alert sources' secrets (Forge secret storage), as the settings page may touch them: never read back. */
export interface AlertSecretsPort {
  /** Whether the source has a secret; the secret itself never leaves storage through the settings. */
  has(sourceId: string): Promise<boolean>;
  /** A new secret replacing the old one at once; returned to the caller once. */
  rotate(sourceId: string): Promise<string>;
  remove(sourceId: string): Promise<void>;
}
