/** The reports' ports: Jira as the user for links, follow-ups, comments and searches; Confluence; the report store. */

/** A linked issue as the user may see it, with how it is linked. */
export interface IssueLinkFact {
  id: string;
  key: string;
  summary: string;
  status: string;
  done: boolean;
  relation: string;
}

/** An issue the user may open, as Jira shows it now, with its project and security level. */
export interface OpenableIssue {
  id: string;
  key: string;
  summary: string;
  status: string;
  done: boolean;
  projectId: string | null;
  securityLevelId: string | null;
}

/** An incident found by a search the user ran (they see only what Jira lets them see). */
export interface FoundIncident {
  id: string;
  key: string;
  summary: string;
  status: string;
  priority: string | null;
  reportedAt: string | null;
}

/** What rewriting the report comment did. */
export type CommentRewrite = 'updated' | 'gone' | 'public';

/** Jira as the user, for reports: links, follow-ups, comments, searches. Jira's permissions apply. */
export interface ReportJira {
  links(issueKey: string): Promise<IssueLinkFact[]>;
  /** The issues of these ids the user may open now (at most 100), with where they live; gone or hidden ones are left out. */
  openable(issueIds: string[]): Promise<Map<string, OpenableIssue>>;
  /** Creates a follow-up issue in the incident's project and links it ("relates to"). */
  createFollowUp(
    incident: { key: string; projectId: string; securityLevelId: string | null },
    summary: string,
    description: object,
  ): Promise<{ id: string; key: string }>;
  addComment(issueKey: string, adf: object): Promise<{ id: string }>;
  /** Rewrites the comment while it is still internal; 'gone' when someone deleted it, 'public' (left as it is) when someone shared it with the customer. */
  updateComment(issueKey: string, commentId: string, adf: object): Promise<CommentRewrite>;
  searchIncidents(jql: string, max: number): Promise<FoundIncident[]>;
  /** How many issues match (Jira's approximate count). */
  count(jql: string): Promise<number>;
}

export interface PageRef {
  id: string;
  version: number;
  url: string;
}

/** Confluence as the user (the app declares Confluence optional: the site may not have it). */
export interface ConfluencePages {
  /** The space's id; null when the site has no Confluence or no such space. */
  spaceId(spaceKey: string): Promise<string | null>;
  findByTitle(spaceId: string, title: string): Promise<PageRef | null>;
  create(spaceId: string, title: string, adf: object): Promise<PageRef>;
  /** Writes the next version; null when the page is gone. */
  update(pageId: string, title: string, adf: object): Promise<PageRef | null>;
}

export interface StoredPublication {
  target: 'confluence' | 'jira-comment';
  /** The page id or the comment id; null while the first publication is in flight (a claim). */
  ref: string | null;
  url: string | null;
  version: number;
  publishedAt: string;
  publishedBy: string;
}

/** What people wrote in one section; `revision` counts the saves (absent on sections saved before it was kept: one). */
export interface StoredSection {
  text: string;
  by: string;
  at: string;
  revision?: number;
}

export interface StoredFollowUp {
  issueId: string;
  key: string;
  summary: string;
  createdBy: string;
  createdAt: string;
}

/** Reports in Forge storage: one key per written section, per publication and per follow-up (no read-modify-write races). */
export interface ReportStore {
  written(issueId: string, kind: string): Promise<Record<string, StoredSection>>;
  /**
   * Saves the section only if its stored revision is still `basedOn` (0: never saved), under a short
   * lease so two writers never both pass the check; otherwise returns what is stored now.
   */
  saveSectionIfRevision(
    issueId: string,
    kind: string,
    sectionId: string,
    value: StoredSection & { revision: number },
    basedOn: number,
  ): Promise<{ saved: true } | { saved: false; current: StoredSection | undefined }>;
  publication(issueId: string, kind: string): Promise<StoredPublication | undefined>;
  /** Claims the first publication; false when another publish already holds it. */
  claimPublication(issueId: string, kind: string, claim: StoredPublication): Promise<boolean>;
  putPublication(issueId: string, kind: string, publication: StoredPublication): Promise<void>;
  releasePublication(issueId: string, kind: string): Promise<void>;
  /** The postmortem's address for each of these incidents that has one (one storage batch). */
  postmortemUrls(issueIds: string[]): Promise<Map<string, string>>;
  followUps(issueId: string): Promise<StoredFollowUp[]>;
  addFollowUp(issueId: string, followUp: StoredFollowUp): Promise<void>;
}
