/**
 * The postmortem / report part of the UI contract: the generated document (as a small block model
 * the panel previews and the app renders to ADF and Markdown), the policy, follow-ups and similar
 * incidents. Re-exported by resolver-contract.ts, which the UIs import.
 */
export type ReportKindView = 'postmortem' | 'final-report' | 'breach-summary';

/** A run of text; only the app sets links (to issues and pages it knows), never people's text. */
export interface InlineView {
  text: string;
  strong?: true;
  href?: string;
}

export type ReportBlockView =
  | { type: 'paragraph'; inlines: InlineView[] }
  | { type: 'bullets'; items: InlineView[][] }
  | { type: 'table'; header: string[]; rows: InlineView[][][] }
  | { type: 'note'; text: string };

export interface ReportSectionView {
  id: string;
  heading: string;
  /** What writers are asked; null for sections the app writes alone. */
  prompt: string | null;
  /** What people wrote, kept between generations; null when not yet written. */
  written: { text: string; by: string; at: string } | null;
  /** How many times people saved this section (0: never); a save names the one it was based on. */
  revision: number;
  /** What the app wrote from the incident's data. */
  facts: ReportBlockView[];
}

export interface ReportDocumentView {
  kind: ReportKindView;
  title: string;
  purpose: string;
  generatedAt: string;
  /** Key facts under the title: incident, priority, status, timeline integrity. */
  lead: InlineView[];
  sections: ReportSectionView[];
}

export interface FollowUpView {
  key: string;
  summary: string;
  status: string;
  done: boolean;
  url: string | null;
}

export interface LinkedIssueView extends FollowUpView {
  /** How it is linked, in Jira's words ("relates to", "is blocked by"). */
  relation: string;
}

export interface PublicationView {
  target: 'confluence' | 'jira-comment';
  url: string | null;
  /** Confluence page version, or how many times the comment was written. */
  version: number;
  publishedAt: string;
  publishedBy: string;
}

export interface PostmortemDutyView {
  state: 'not-required' | 'pending' | 'due' | 'published';
  resolvedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  /** Whose job it is: the incident commander when one is set. */
  owner: string | null;
  requiredLevels: string[];
  dueDays: number;
}

export interface SimilarIncidentView {
  key: string;
  url: string | null;
  summary: string;
  status: string;
  category: string | null;
  priority: string | null;
  reportedAt: string | null;
  postmortemUrl: string | null;
}

export interface ReportView {
  document: ReportDocumentView;
  kinds: { kind: ReportKindView; title: string }[];
  duty: PostmortemDutyView;
  publication: PublicationView | null;
  /** Where publishing goes now: a Confluence space, or a Jira comment. */
  /** Where Publish goes: a restricted incident's report is always an internal comment on it (see publish-report.ts). */
  publishTarget: { target: 'confluence'; spaceKey: string } | { target: 'jira-comment'; why: 'no-space' | 'restricted' };
  followUps: FollowUpView[];
  canEdit: boolean;
}

export interface ReportMarkdownView {
  filename: string;
  mediaType: 'text/markdown';
  content: string;
}

export interface ReportSectionInput {
  kind: ReportKindView;
  sectionId: string;
  text: string;
  /** The section's revision the writer started from: a save over a colleague's newer text is refused. */
  expectedRevision: number;
}

export interface FollowUpInput {
  summary: string;
}
