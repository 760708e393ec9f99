/**
 * Everything the local Jira site knows, as one JSON-serialisable object so it can be saved to a
 * file and loaded again (no database, no native build step).
 */
/** Bumped when the saved shape or the app's stored records change incompatibly (2: incident records v2). */
export const SITE_STATE_VERSION = 2;

export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: unknown[];
}

export interface ChangelogItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface ChangelogEntry {
  id: string;
  author: string;
  created: string;
  items: ChangelogItem[];
}

export interface IssueFields {
  summary: string;
  description: AdfDoc | null;
  issuetype: string;
  status: string;
  priority: string | null;
  reporter: string | null;
  assignee: string | null;
  labels: string[];
  securityLevelId: string | null;
  created: string;
  updated: string;
  resolutiondate: string | null;
  /** When the status last moved to another status category (Jira's statuscategorychangedate). */
  statuscategorychangedate: string;
  /** Project component names (the affected systems); absent on issues saved before components existed. */
  components?: string[];
}

/** A worklog (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-worklogs/). */
export interface StoredWorklog {
  id: string;
  author: string;
  started: string;
  timeSpentSeconds: number;
  created: string;
  updated: string;
}

export interface StoredIssue {
  id: string;
  key: string;
  projectId: string;
  fields: IssueFields;
  properties: Record<string, unknown>;
  changelog: ChangelogEntry[];
  comments: StoredComment[];
  worklogs?: StoredWorklog[];
  /** A portal request's request type (JSM keeps it in the "Customer Request Type" field). */
  requestTypeId?: string;
}

export interface StoredComment {
  id: string;
  author: string;
  body: AdfDoc;
  created: string;
  updated: string;
  visibility: { type: 'group' | 'role'; value: string } | null;
  /** Comment properties (entity properties on the comment), e.g. an app's marker. */
  properties?: { key: string; value: unknown }[];
}

export interface KvsEntry {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireTime: number | null;
}

export interface OutboxMessage {
  id: string;
  issueKey: string;
  sentAt: string;
  sentBy: string;
  subject: string;
  textBody: string | null;
  htmlBody: string | null;
  recipients: string[];
}

/** A Jira issue link (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-links/). */
export interface StoredIssueLink {
  id: string;
  /** A link type name: Blocks, Cloners, Duplicate or Relates (Jira's defaults). */
  type: string;
  /** The issue on the inward side ("is blocked by") and on the outward side ("blocks"). */
  inwardIssueId: string;
  outwardIssueId: string;
}

export interface ConfluencePage {
  id: string;
  spaceId: string;
  title: string;
  status: 'current';
  authorId: string;
  createdAt: string;
  /** The body as stored: atlas_doc_format (ADF as a JSON string) or storage (XHTML). */
  body: { representation: 'atlas_doc_format' | 'storage'; value: string };
  version: { number: number; authorId: string; createdAt: string; message: string };
}

/** The site's Confluence (cross-product app, optional): spaces and pages. */
export interface ConfluenceState {
  spaces: { id: string; key: string; name: string }[];
  pages: Record<string, ConfluencePage>;
  seq: number;
}

/**
 * Jira shows an issue panel on an issue once someone adds it there with its button, or everywhere its
 * display conditions hold once a Jira admin chose "Show for all work items"
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-panel/).
 */
export interface IssuePanelsState {
  /** Module keys a Jira admin shows on every work item. */
  shownForAll: string[];
  /** Issue id -> module keys added to that issue. */
  addedTo: Record<string, string[]>;
}

export interface SiteState {
  version: typeof SITE_STATE_VERSION;
  seq: { issue: number; comment: number; changelog: number; message: number };
  projectIssueSeq: Record<string, number>;
  issues: Record<string, StoredIssue>;
  kvs: Record<string, KvsEntry>;
  kvsSecrets: Record<string, KvsEntry>;
  outbox: OutboxMessage[];
  gadgetConfigs: Record<string, Record<string, unknown>>;
  /** Added after version 2 was saved, so older saved sites lack them (read with ?? defaults). */
  issueLinks?: StoredIssueLink[];
  confluence?: ConfluenceState;
  /** Where Jira shows the app's issue panels (issue-panels.ts); absent until a panel is added anywhere. */
  issuePanels?: IssuePanelsState;
  /** The portals whose customer access lets anyone raise requests without logging in (portal-access.ts); none by default. */
  anonymousRequestPortals?: string[];
  /** Milliseconds the site clock runs ahead of the machine clock (time travel for demos and tests). */
  clockOffsetMs: number;
  seededAt: string | null;
}

export function emptySiteState(): SiteState {
  return {
    version: SITE_STATE_VERSION,
    seq: { issue: 10000, comment: 20000, changelog: 30000, message: 1 },
    projectIssueSeq: {},
    issues: {},
    kvs: {},
    kvsSecrets: {},
    outbox: [],
    gadgetConfigs: {},
    issueLinks: [],
    confluence: emptyConfluence(),
    clockOffsetMs: 0,
    seededAt: null,
  };
}

/** A site with Confluence has one space for incident reviews, as a small team would set up. */
export function emptyConfluence(): ConfluenceState {
  return { spaces: [{ id: '98305', key: 'IR', name: 'Incident reviews' }], pages: {}, seq: 4_000_000 };
}
