/**
 * Report templates: the sections a document has, the prompt each shows to the people who write
 * it, and which facts the app fills in from the incident's own data. Admins edit them in the
 * settings; the defaults are in default-templates.ts.
 */

/** The three documents the app generates (seed 000 and 002; GDPR Art. 33(3) for the breach summary). */
export const REPORT_KINDS = ['postmortem', 'final-report', 'breach-summary'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * Facts the app can write into a section, each read from data people recorded as the incident
 * ran: nothing here is typed again for the report.
 */
export const FACT_BLOCKS = [
  'overview',
  'impact',
  'detection',
  'priority-history',
  'sla',
  'legal',
  'roles',
  'phases',
  'runbook',
  'evidence',
  'linked-issues',
  'action-items',
  'timeline',
  'breach-nature',
  'breach-contact',
] as const;
export type FactBlock = (typeof FACT_BLOCKS)[number];

export interface ReportSection {
  /** Stable id: written text is kept under it between generations. */
  id: string;
  heading: string;
  /** What the writer is asked; null for sections the app writes on its own. */
  prompt: string | null;
  facts: FactBlock[];
}

export interface ReportTemplate {
  kind: ReportKind;
  title: string;
  /** One line under the title, saying what the document is for. */
  purpose: string;
  sections: ReportSection[];
}

/** The section of `template` with this id, or undefined. */
export const sectionOf = (template: ReportTemplate, sectionId: string): ReportSection | undefined => template.sections.find((s) => s.id === sectionId);

/** Whether people write anything in this section (it has a prompt). */
export const isWritable = (section: ReportSection): boolean => section.prompt !== null;
