import { DEFAULT_TEMPLATES } from './default-templates';
import type { ReportKind, ReportTemplate } from './report-templates';

/**
 * The postmortem policy and where documents go. Seed 000: a blameless postmortem for high and
 * critical incidents within two weeks; so by default the two highest levels, due 14 days after
 * the incident is resolved.
 */
export interface PostmortemSettings {
  /** Priority levels that require a postmortem; null means the two highest levels of the current matrix. */
  requiredLevels: string[] | null;
  dueDays: number;
  /** The Confluence space postmortems are published to; null publishes them as Jira comments. */
  confluenceSpaceKey: string | null;
  templates: ReportTemplate[];
}

export const DEFAULT_POSTMORTEM_SETTINGS: PostmortemSettings = {
  requiredLevels: null,
  dueDays: 14,
  confluenceSpaceKey: null,
  templates: DEFAULT_TEMPLATES,
};

/** The template of that kind: the configured one, or the default when an admin removed it. */
export function templateOf(settings: PostmortemSettings, kind: ReportKind): ReportTemplate {
  return settings.templates.find((t) => t.kind === kind) ?? DEFAULT_TEMPLATES.find((t) => t.kind === kind)!;
}
