/** The shapes every settings check shares, apart from the checks (so the on-call and alert checks need not import the main one that calls them). */
import type { SettingsSectionId } from '../../shared/settings-sections';

/** One thing wrong with proposed settings: where, in which section of the page, and what to do about it. */
export interface ConfigProblem {
  section: SettingsSectionId;
  path: string;
  message: string;
}

/** What the site has, when the caller could look: names the settings must refer to. */
export interface SiteVocabulary {
  jiraPriorities: string[] | null;
  securityLevels: string[] | null;
  projectKeys: string[] | null;
  /** The site's issue types, by id; null when unknown. */
  issueTypeIds: string[] | null;
  /** Confluence spaces the admin can see; null when unknown (no Confluence: publishing falls back to comments). */
  confluenceSpaceKeys: string[] | null;
}
