/**
 * Plays people's work on the local site through the app itself: reports on the portal, resolver
 * calls as the person who would make them (with their permissions), status changes and worklogs in
 * Jira, and time that passes between them. The demo's worked incidents (worked-incidents.ts) are
 * made this way rather than written into storage, so their timelines, clocks, reports and follow-ups
 * are exactly what the app makes, and their hash chains verify.
 */
import type { Site } from '../site';
import { ISSUE_TYPES } from '../state/directory';
import type { NewIssue } from '../state/issue-store';
import type { StoredIssue } from '../state/site-state';

const MINUTE = 60_000;

export class StoryPlayer {
  constructor(private readonly site: Site) {}

  get now(): number {
    return this.site.clock.now();
  }

  /** Lets `minutes` pass. The site's clock only moves forward, as Forge's does. */
  wait(minutes: number): void {
    this.site.clock.advance(minutes * MINUTE);
  }

  /** Moves the clock to `at` (never back). */
  waitUntil(at: number): void {
    if (at > this.now) this.site.clock.advance(at - this.now);
  }

  /** An issue created as `fields.reporter` (on the portal when it has a request type); the app's triggers run. */
  async create(fields: NewIssue): Promise<StoredIssue> {
    const issue = this.site.issues.create(fields, fields.reporter, false);
    this.site.search.noteCreated(issue);
    await this.site.events.drain();
    return issue;
  }

  /** A resolver of the incident panel, called as `who` on `issue`; a refusal stops the story. */
  async call<T = unknown>(issue: StoredIssue, who: string, resolverKey: string, payload: object = {}): Promise<T> {
    const { result } = await this.site.functions.invokeResolver({
      functionKey: 'resolver',
      moduleKey: 'incident-panel',
      resolverKey,
      payload,
      accountId: who,
      context: {
        cloudId: 'local-cloud-0001',
        siteUrl: this.site.baseUrl,
        extension: {
          type: 'jira:issuePanel',
          issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype, typeId: ISSUE_TYPES.find((t) => t.name === issue.fields.issuetype)?.id },
          project: { id: issue.projectId, key: issue.key.split('-')[0], type: 'service_desk' },
        },
      },
    });
    const envelope = result as { ok: boolean; data?: T; error?: { message: string } };
    if (!envelope.ok) throw new Error(`The story stopped at ${resolverKey} on ${issue.key}: ${envelope.error?.message}`);
    await this.site.events.drain();
    return envelope.data as T;
  }

  /** A change that names the revision it was made on, as the panel sends it. */
  async change(issue: StoredIssue, who: string, resolverKey: string, payload: object): Promise<void> {
    const { incident } = await this.call<{ incident: { revision: number } }>(issue, who, 'incident/get');
    await this.call(issue, who, resolverKey, { expectedRevision: incident.revision, ...payload });
  }

  /** A quick-add timeline entry, optionally backfilled `minutesAgo`. */
  async note(issue: StoredIssue, who: string, kind: 'note' | 'action' | 'decision' | 'evidence' | 'communication', text: string, minutesAgo = 0) {
    await this.call(issue, who, 'timeline/add', { kind, text, ...(minutesAgo > 0 ? { happenedAt: this.iso(-minutesAgo * MINUTE) } : {}) });
  }

  /** A status change in Jira, as `who` moves the issue on the board. */
  async status(issue: StoredIssue, who: string, status: string): Promise<void> {
    this.site.issues.edit(issue, { status }, who, false);
    await this.site.events.drain();
  }

  /** `who` assigns the issue in Jira. */
  async assign(issue: StoredIssue, who: string, assignee: string): Promise<void> {
    this.site.issues.edit(issue, { assignee }, who, false);
    await this.site.events.drain();
  }

  async worklog(issue: StoredIssue, who: string, hours: number): Promise<void> {
    this.site.issues.addWorklog(issue, { author: who, started: this.iso(-hours * 60 * MINUTE), timeSpentSeconds: Math.round(hours * 3600) }, who, false);
    await this.site.events.drain();
  }

  /** `offsetMs` from now, as an ISO time (what the panel's forms send). */
  iso(offsetMs = 0): string {
    return new Date(this.now + offsetMs).toISOString();
  }
}
