/**
 * What the use cases need from the outside world. Implemented by src/platform; the use cases
 * themselves never import @forge/*.
 */
import type { ConfigReading } from '../domain/config/app-config-schema';
import type { IncidentIndex } from '../domain/incident/incident-index';
import type { IncidentRecord, JiraPriorityChange } from '../domain/incident/incident-record';
import type { StatusChangeFact } from '../domain/sla/sla-facts';
import type { EscalationRecipients } from '../domain/sla/sla-settings';
import type { ChainLink, TimelineEntry } from '../domain/timeline/timeline-entry';

export type JiraPermissionKey = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER';

export interface IssueSnapshot {
  id: string;
  key: string;
  summary: string;
  status: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  /** When the status last changed category: identifies one "closed" episode. */
  statusCategoryChangedAt: string | null;
  priority: string | null;
  reporter: string | null;
  securityLevel: string | null;
  /** The security level's id: what an issue created from this one must carry. */
  securityLevelId: string | null;
  projectId: string | null;
  issueTypeId: string | null;
  created: string;
  /** The incident-response issue property as Jira returned it: untrusted, anyone with edit rights can change it. */
  incidentProperty: unknown;
  /** What the portal reporter submitted (the property keyed by the app id's UUID): untrusted. */
  portalReport: unknown;
}

export interface NamedOption {
  id: string;
  name: string;
}

/** What editmeta says the caller may set on an issue; null when the field is not editable for them. */
export interface EditableChoices {
  priorities: NamedOption[] | null;
  securityLevels: NamedOption[] | null;
}

export interface FieldWrites {
  priorityId?: string;
  securityLevelId?: string;
}

/** Jira, acting as the user who invoked the function (asUser), so Jira's own permissions apply. */
export interface JiraAsUser {
  permissions(keys: JiraPermissionKey[], issueKey?: string): Promise<Record<JiraPermissionKey, boolean>>;
  /** null when the issue does not exist or the user cannot see it (Jira answers 404 for both). */
  issue(issueKey: string): Promise<IssueSnapshot | null>;
  setIncidentIndex(issueKey: string, index: IncidentIndex): Promise<void>;
  editableChoices(issueKey: string): Promise<EditableChoices>;
  editFields(issueKey: string, writes: FieldWrites): Promise<void>;
  /** Whether that user can browse the issue (role holders must see the incident). */
  userCanSee(issueKey: string, accountId: string): Promise<boolean>;
  displayNames(accountIds: string[]): Promise<Record<string, string>>;
  /** Creates an issue as the user (their Create issues permission applies). */
  createIssue(fields: NewIssueFields): Promise<{ id: string; key: string }>;
}

/**
 * Moving a request to a done status as the responder (asUser), so Jira's workflow, its conditions and
 * the person's Transition issues permission decide. 'refused': Jira offered them no transition to a
 * done status, or refused the one offered.
 */
export interface RequestStatusJira {
  resolveRequest(issueKey: string): Promise<'resolved' | 'refused'>;
}

/** An issue the app creates from an incident: it carries the incident's security level (null: none). */
export interface NewIssueFields {
  projectId: string;
  issueTypeId: string;
  summary: string;
  description: object;
  securityLevelId: string | null;
}

/** An issue found by a search, with what an escalation needs. */
export interface FoundIssue {
  id: string;
  key: string;
  summary: string;
  assignee: string | null;
  /** Who reported it: internal messages never go to them. */
  reporter: string | null;
}

/** Jira as the app (asApp), for triggers and scheduled runs that have no user. */
export interface JiraAsApp {
  issueById(issueId: string): Promise<IssueSnapshot | null>;
  setIncidentIndex(issueKey: string, index: IncidentIndex): Promise<void>;
  editableChoices(issueKey: string): Promise<EditableChoices>;
  editFields(issueKey: string, writes: FieldWrites): Promise<void>;
  /** Whether a comment carrying this comment-property key exists (the app's own markers). */
  hasMarkedComment(issueKey: string, propertyKey: string): Promise<boolean>;
  /** Internal comments are for agents only: JSM hides them from the customer on the portal. */
  addComment(issueKey: string, body: object, markerPropertyKey: string, audience: 'public' | 'internal'): Promise<void>;
  notifyReporter(issueKey: string, message: { subject: string; textBody: string }): Promise<void>;
  /** An internal message: never to the reporter (named so watchers can leave them out), only to people who can browse the issue. */
  notify(issueKey: string, message: { subject: string; textBody: string }, to: EscalationRecipients, reporter: string | null): Promise<void>;
  /** Issues matching the JQL, up to `maxPages` pages of 100 (enhanced search). */
  search(jql: string, maxPages: number): Promise<FoundIssue[]>;
  /** Up to 100 issues by id; one that is gone or hidden from the app is left out rather than failing the rest. */
  findByIds(issueIds: string[]): Promise<FoundIssue[]>;
  /** The incident-response property of up to 100 issues, as Jira holds it (untrusted: anyone with edit rights can change it). */
  mirrorsOf(issueIds: string[]): Promise<Map<string, { key: string; property: unknown }>>;
  /** Whether a person (not an app) has changed the issue's Jira priority (its changelog, first 100 entries). */
  priorityChangedByPeople(issueKey: string): Promise<boolean>;
  /** Deletes the incident-response property of an issue the app has no incident for (gone already is fine). */
  removeIncidentIndex(issueKey: string): Promise<void>;
  /** Writes many mirrors in one bulk request per 100 issues (Jira applies them asynchronously). */
  setIncidentIndexes(entries: { issueId: string; index: IncidentIndex }[]): Promise<void>;
}

export interface IncidentStore {
  get(issueId: string): Promise<IncidentRecord | undefined>;
  /** The record, the settings and the intake progress in one storage request (the panel's budget is three requests). */
  /** With the timeline's head hint, so the panel's newest timeline block costs one more query only. */
  /** The record with the settings as they apply to the issue's project (its overrides applied). */
  getWithSettings(issue: {
    id: string;
    key: string;
  }): Promise<{ record: IncidentRecord | undefined; config: SettingsReading; intake: IntakeProgress | undefined; timelineHead: ChainLink | null }>;
  /** One page of stored records in key order, after `cursor`; the next cursor, or null at the end. */
  page(cursor: string | null, limit: number): Promise<{ records: IncidentRecord[]; next: string | null }>;
  /** Where the mirror patrol has got to, and saving it. */
  patrolCursor(): Promise<string | null>;
  setPatrolCursor(cursor: string | null): Promise<void>;
  /** Many records and the settings, in batches of 25 keys (the KVS batch limit). */
  getManyWithSettings(issueIds: string[]): Promise<{ records: Map<string, IncidentRecord>; config: SettingsReading }>;
  put(record: IncidentRecord): Promise<void>;
  /**
   * Writes the record only if the stored one still has revision `basedOn` (or there is none and
   * `basedOn` is 0), under a short lease so two writers never both pass the check. Returns the
   * stored revision when it had moved on.
   */
  putIfRevision(record: IncidentRecord, basedOn: number): Promise<{ saved: true } | { saved: false; currentRevision: number }>;
  /** Creates the record only if none exists; returns false when one already did. */
  create(record: IncidentRecord): Promise<boolean>;
  /** Saves one Jira priority change under its own key; saving it again is harmless. */
  addPriorityChange(issueId: string, change: JiraPriorityChange): Promise<void>;
  priorityChanges(issueId: string): Promise<JiraPriorityChange[]>;
  /** Saves one status change under its own key (the SLA facts' source of truth); saving it again is harmless. */
  addStatusChange(issueId: string, change: StatusChangeFact): Promise<void>;
  statusChanges(issueId: string): Promise<StatusChangeFact[]>;
}

/**
 * The settings as stored, with the installation's mirror key (domain/incident/mirror-tag.ts), read in
 * the same storage request: every writer of the mirror has the settings at hand already.
 */
export type SettingsReading = ConfigReading & { mirrorKey: string };

export interface ConfigStore {
  get(): Promise<SettingsReading>;
}

export interface IntakeProgress {
  startedAt: string;
  completedAt: string | null;
  /** What intake could not do and why, shown to responders (e.g. an unmapped Jira priority). */
  notes: string[];
}

export interface ReportLedger {
  get(issueId: string): Promise<IntakeProgress | undefined>;
  put(issueId: string, progress: IntakeProgress): Promise<void>;
  /** Starts intake: writes the progress only if there is none; false when another delivery did. */
  claim(issueId: string, startedAt: string): Promise<boolean>;
  /** Takes over an intake whose runner started at `startedAt` and never finished; false when another delivery did. */
  claimTakeover(issueId: string, startedAt: string): Promise<boolean>;
  /** Claims the close notice for one closing (keyed by when it closed); false when already claimed. */
  claimClosedNotice(issueId: string, closedAt: string, at: string): Promise<boolean>;
  releaseClosedNotice(issueId: string, closedAt: string): Promise<void>;
}

/** Escalation steps, claimed once each, so a repeated or overlapping sweep never sends one twice. */
export interface EscalationLedger {
  /** Claims the steps not claimed before; returns those this call claimed. */
  claim(issueId: string, steps: string[], at: string): Promise<Set<string>>;
  release(issueId: string, steps: Iterable<string>): Promise<void>;
}

export interface SweepLedger {
  /** Claims a run window once; false when another run already claimed it. */
  claim(windowId: string, ranAt: string): Promise<boolean>;
  last(): Promise<{ window: string; ranAt: string } | null>;
}

/**
 * The incident's timeline: append-only, one storage key per entry. Writers race for the next
 * number with create-only writes; the chain logic lives in usecases/append-to-timeline.ts.
 */
export interface TimelineLog {
  /** Where the chain ended when last written; may lag behind when writers race. */
  headHint(issueId: string): Promise<ChainLink | null>;
  /** The entries with these numbers that exist (one batch of at most 25). */
  entries(issueId: string, seqs: number[]): Promise<Map<number, TimelineEntry>>;
  /** Writes the entry only if its number is free; false when another writer took it. */
  create(entry: TimelineEntry): Promise<boolean>;
  setHeadHint(issueId: string, link: ChainLink): Promise<void>;
  /** Entries numbered block*100 .. block*100+99 (one storage query). */
  block(issueId: string, block: number): Promise<TimelineEntry[]>;
  /** Every entry in order, one storage page of at most 100 at a time. */
  pages(issueId: string): AsyncIterable<TimelineEntry[]>;
}

/**
 * When each incident must next be looked at (a warning, a breach, a legal reminder falls due), kept
 * in storage where only the app writes: the sweep finds due incidents here as well as by JQL, so
 * an edited issue property cannot hide an incident from its escalations.
 */
export interface DueQueue {
  /** Adds an entry for the incident's next check (null: nothing to schedule). Older entries stay until they come due. */
  schedule(issueId: string, nextCheck: string | null): Promise<void>;
  /** Entries due at `now`, oldest first, at most `limit` (one storage query page). */
  due(now: string, limit: number): Promise<{ entryKey: string; issueId: string; at: string }[]>;
  remove(entryKeys: string[]): Promise<void>;
}

/**
 * Incidents whose Jira side (priority, indexed mirror) may be behind their record: marked before
 * Jira is asked, cleared once it followed; the sweep catches up what is left marked.
 */
export interface JiraFollowLedger {
  /**
   * `followPriority`: Jira offered the responder the priority their change maps to (editmeta, as
   * them), so the sweep may finish setting it as the app. Without it the sweep catches up the mirror
   * only: the app never sets a priority Jira did not let the person set.
   */
  mark(issueId: string, issueKey: string, at: string, followPriority: boolean): Promise<void>;
  clear(issueId: string): Promise<void>;
  /** The oldest marks first, at most `limit`. */
  behind(limit: number): Promise<{ issueId: string; issueKey: string; at: string; followPriority: boolean }[]>;
}
