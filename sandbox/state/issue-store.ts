/**
 * Issue mutations in one place, so REST routes, shell pages and the seed all record changelogs and
 * fire the same events. Permission checks are the callers' job (REST routes check as the caller).
 */
import { ISSUE_TYPES, PRIORITIES, STATUSES, findProject } from './directory';
import type { AdfDoc, ChangelogItem, IssueFields, SiteState, StoredComment, StoredIssue, StoredIssueLink, StoredWorklog } from './site-state';

export interface IssueChange {
  kind: 'created' | 'updated' | 'deleted';
  issue: StoredIssue;
  changelog: { id: string; items: ChangelogItem[] } | null;
  actor: string;
  /** True when the change came through the app (any @forge/api or bridge request): ignoreSelf skips it. */
  selfGenerated: boolean;
}

/** A worklog added, edited or deleted: Jira fires avi:jira:created|updated|deleted:worklog. */
export interface WorklogChange {
  kind: 'created' | 'updated' | 'deleted';
  issue: StoredIssue;
  worklog: StoredWorklog;
  actor: string;
  selfGenerated: boolean;
}

export interface NewIssue {
  projectId: string;
  summary: string;
  description?: AdfDoc | null;
  issuetype?: string;
  priority?: string | null;
  reporter: string;
  assignee?: string | null;
  labels?: string[];
  securityLevelId?: string | null;
  status?: string;
  created?: string;
  components?: string[];
  properties?: Record<string, unknown>;
  /** Created on the portal: the request type it was filed as. */
  requestTypeId?: string;
}

export type FieldEdit = Partial<
  Pick<IssueFields, 'summary' | 'description' | 'priority' | 'assignee' | 'labels' | 'securityLevelId' | 'status' | 'components'>
>;

export class IssueStore {
  private listeners: ((change: IssueChange) => void)[] = [];
  private worklogListeners: ((change: WorklogChange) => void)[] = [];
  private beforeMutateListeners: ((issue: StoredIssue) => void)[] = [];
  /** When an issue (by id) last changed, for the search index's eventual consistency. */
  readonly changedAt = new Map<string, number>();

  constructor(
    private readonly state: SiteState,
    private readonly now: () => number,
    private readonly markDirty: () => void,
  ) {}

  onChange(listener: (change: IssueChange) => void): void {
    this.listeners.push(listener);
  }

  onWorklog(listener: (change: WorklogChange) => void): void {
    this.worklogListeners.push(listener);
  }

  /** Called with the issue as it is just before a change (the search index keeps it while it lags). */
  onBeforeMutate(listener: (issue: StoredIssue) => void): void {
    this.beforeMutateListeners.push(listener);
  }

  all(): StoredIssue[] {
    return Object.values(this.state.issues);
  }

  find(idOrKey: string): StoredIssue | undefined {
    const direct = this.state.issues[idOrKey];
    if (direct) return direct;
    const upper = idOrKey.toUpperCase();
    return this.all().find((i) => i.key === upper);
  }

  create(input: NewIssue, actor: string, selfGenerated: boolean, opts: { silent?: boolean } = {}): StoredIssue {
    const project = findProject(input.projectId);
    if (!project) throw new Error(`no project ${input.projectId}`);
    const id = String(++this.state.seq.issue);
    const number = (this.state.projectIssueSeq[project.id] ?? 0) + 1;
    this.state.projectIssueSeq[project.id] = number;
    const created = input.created ?? new Date(this.now()).toISOString();
    const issue: StoredIssue = {
      id,
      key: `${project.key}-${number}`,
      projectId: project.id,
      fields: {
        summary: input.summary,
        description: input.description ?? null,
        issuetype: input.issuetype ?? ISSUE_TYPES[0].name,
        status: input.status ?? STATUSES[0].name,
        priority: input.priority ?? PRIORITIES[2].name,
        reporter: input.reporter,
        assignee: input.assignee ?? null,
        labels: input.labels ?? [],
        securityLevelId: input.securityLevelId ?? null,
        created,
        updated: created,
        resolutiondate: null,
        statuscategorychangedate: created,
        components: input.components ?? [],
      },
      properties: { ...(input.properties ?? {}) },
      ...(input.requestTypeId ? { requestTypeId: input.requestTypeId } : {}),
      changelog: [],
      comments: [],
    };
    this.state.issues[id] = issue;
    this.touch(issue);
    if (!opts.silent) this.emit({ kind: 'created', issue, changelog: null, actor, selfGenerated });
    return issue;
  }

  /** Applies field edits and records one changelog entry; returns the items that really changed. */
  edit(issue: StoredIssue, edit: FieldEdit, actor: string, selfGenerated: boolean, opts: { at?: string; silent?: boolean } = {}): ChangelogItem[] {
    const items: ChangelogItem[] = [];
    const beforeFields = structuredClone(issue.fields);
    const categoryBefore = statusCategory(issue.fields.status);
    for (const [field, value] of Object.entries(edit) as [keyof FieldEdit, unknown][]) {
      const before = issue.fields[field];
      if (JSON.stringify(before) === JSON.stringify(value)) continue;
      items.push(changelogItem(field, before, value));
      (issue.fields as unknown as Record<string, unknown>)[field] = value;
    }
    if (items.length === 0) return items;
    this.beforeMutate(issue, () => Object.assign(issue.fields, beforeFields));
    const at = opts.at ?? new Date(this.now()).toISOString();
    if (edit.status !== undefined) {
      // Like Jira: moving between two done statuses keeps the resolution date and the category date.
      const categoryAfter = statusCategory(issue.fields.status);
      if (categoryAfter !== categoryBefore) {
        issue.fields.statuscategorychangedate = at;
        issue.fields.resolutiondate = categoryAfter === 'done' ? at : null;
      }
    }
    issue.fields.updated = at;
    const changelog = { id: String(++this.state.seq.changelog), author: actor, created: at, items };
    issue.changelog.push(changelog);
    this.touch(issue);
    if (!opts.silent) this.emit({ kind: 'updated', issue, changelog, actor, selfGenerated });
    return items;
  }

  /** Issue properties do not change `updated` and fire no issue event in Jira; they are re-indexed. */
  setProperty(issue: StoredIssue, key: string, value: unknown): 'created' | 'updated' {
    const existed = key in issue.properties;
    this.beforeMutate(issue);
    issue.properties[key] = value;
    this.touch(issue);
    return existed ? 'updated' : 'created';
  }

  deleteProperty(issue: StoredIssue, key: string): boolean {
    if (!(key in issue.properties)) return false;
    this.beforeMutate(issue);
    delete issue.properties[key];
    this.touch(issue);
    return true;
  }

  addComment(
    issue: StoredIssue,
    author: string,
    body: AdfDoc,
    visibility: StoredComment['visibility'],
    at?: string,
    properties: StoredComment['properties'] = [],
  ): StoredComment {
    const when = at ?? new Date(this.now()).toISOString();
    this.beforeMutate(issue);
    const comment: StoredComment = {
      id: String(++this.state.seq.comment),
      author,
      body,
      created: when,
      updated: when,
      visibility,
      ...(properties.length > 0 ? { properties } : {}),
    };
    issue.comments.push(comment);
    this.touch(issue);
    return comment;
  }

  /** Deletes the issue with its links (Jira deletes links, comments, worklogs and properties with it). */
  delete(issue: StoredIssue, actor: string, selfGenerated: boolean): void {
    this.beforeMutate(issue);
    delete this.state.issues[issue.id];
    this.state.issueLinks = (this.state.issueLinks ?? []).filter((l) => l.inwardIssueId !== issue.id && l.outwardIssueId !== issue.id);
    this.emit({ kind: 'deleted', issue, changelog: null, actor, selfGenerated });
  }

  /** Links touching this issue, either side. */
  links(issueId: string): StoredIssueLink[] {
    return (this.state.issueLinks ?? []).filter((l) => l.inwardIssueId === issueId || l.outwardIssueId === issueId);
  }

  /** Links two issues; Jira keeps one link per type and pair, so linking again changes nothing. */
  addLink(type: string, inward: StoredIssue, outward: StoredIssue): StoredIssueLink {
    const links = (this.state.issueLinks ??= []);
    const existing = links.find((l) => l.type === type && l.inwardIssueId === inward.id && l.outwardIssueId === outward.id);
    if (existing) return existing;
    const link: StoredIssueLink = { id: String(++this.state.seq.comment), type, inwardIssueId: inward.id, outwardIssueId: outward.id };
    links.push(link);
    this.touch(inward);
    this.touch(outward);
    return link;
  }

  /** Logs work; like Jira, a worklog changes the issue's `updated` time but records no changelog item here. */
  addWorklog(
    issue: StoredIssue,
    input: Pick<StoredWorklog, 'author' | 'started' | 'timeSpentSeconds'>,
    actor: string,
    selfGenerated: boolean,
    opts: { silent?: boolean } = {},
  ): StoredWorklog {
    const at = new Date(this.now()).toISOString();
    this.beforeMutate(issue);
    const worklog: StoredWorklog = { id: String(++this.state.seq.comment), ...input, created: at, updated: at };
    (issue.worklogs ??= []).push(worklog);
    issue.fields.updated = at;
    this.touch(issue);
    if (!opts.silent) this.emitWorklog({ kind: 'created', issue, worklog, actor, selfGenerated });
    return worklog;
  }

  updateWorklog(
    issue: StoredIssue,
    worklog: StoredWorklog,
    edit: Partial<Pick<StoredWorklog, 'started' | 'timeSpentSeconds'>>,
    actor: string,
    selfGenerated: boolean,
  ): void {
    this.beforeMutate(issue);
    Object.assign(worklog, edit, { updated: new Date(this.now()).toISOString() });
    issue.fields.updated = worklog.updated;
    this.touch(issue);
    this.emitWorklog({ kind: 'updated', issue, worklog, actor, selfGenerated });
  }

  deleteWorklog(issue: StoredIssue, worklog: StoredWorklog, actor: string, selfGenerated: boolean): void {
    this.beforeMutate(issue);
    issue.worklogs = (issue.worklogs ?? []).filter((w) => w.id !== worklog.id);
    issue.fields.updated = new Date(this.now()).toISOString();
    this.touch(issue);
    this.emitWorklog({ kind: 'deleted', issue, worklog, actor, selfGenerated });
  }

  updateComment(issue: StoredIssue, comment: StoredComment, body: AdfDoc): void {
    this.beforeMutate(issue);
    comment.body = body;
    comment.updated = new Date(this.now()).toISOString();
    this.touch(issue);
  }

  /** Lets listeners see the issue before the change; `restore` rebuilds it when fields were already changed. */
  private beforeMutate(issue: StoredIssue, restoreFields?: () => void): void {
    if (this.beforeMutateListeners.length === 0) return;
    let view = issue;
    if (restoreFields) {
      const current = structuredClone(issue.fields);
      restoreFields();
      view = structuredClone(issue);
      Object.assign(issue.fields, current);
    }
    for (const listener of this.beforeMutateListeners) listener(view);
  }

  private touch(issue: StoredIssue): void {
    this.changedAt.set(issue.id, this.now());
    this.markDirty();
  }

  private emitWorklog(change: WorklogChange): void {
    for (const listener of this.worklogListeners) listener(change);
  }

  private emit(change: IssueChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

const statusCategory = (status: string): string => STATUSES.find((s) => s.name === status)?.category ?? 'new';

function changelogItem(field: keyof FieldEdit, before: unknown, after: unknown): ChangelogItem {
  const names: Record<keyof FieldEdit, string> = {
    summary: 'summary',
    description: 'description',
    priority: 'priority',
    assignee: 'assignee',
    labels: 'labels',
    securityLevelId: 'security',
    status: 'status',
    components: 'Component',
  };
  const asString = (v: unknown) => (v === null || v === undefined ? null : Array.isArray(v) ? v.join(' ') : typeof v === 'object' ? '[document]' : String(v));
  return {
    field: names[field],
    fieldtype: 'jira',
    fieldId: names[field],
    from: asString(before),
    fromString: asString(before),
    to: asString(after),
    toString: asString(after),
  };
}
