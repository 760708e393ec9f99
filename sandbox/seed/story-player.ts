/**
 * Plays people's work on the local site through the app itself: reports on the portal, resolver
 * calls as the person who would make them (with their permissions), status changes and worklogs in
 * Jira, and time that passes between them. The demo's worked incidents (worked-incidents.ts) are
 * made this way rather than written into storage, so their timelines, clocks, reports and follow-ups
 * are exactly what the app makes, and their hash chains verify.
 */
import {
  RESOLVER_KEYS,
  type IncidentEdit,
  type IncidentTriageDecision,
  type LegalRecordAction,
  type ReporterReplyDraftView,
  type ReporterReplyInput,
  type ResponseRecordAction,
  type RoleKeyView,
} from '../../src/shared/resolver-contract';
import type { EventBus } from '../events/event-bus';
import type { SearchIndex } from '../jira/search-index';
import type { AppFunctions } from '../runtime/app-functions';
import type { IssueStore } from '../state/issue-store';
import type { SiteClock } from '../state/site-clock';
import { issueViewExtension } from '../state/issue-view-extension';
import type { NewIssue } from '../state/issue-store';
import type { StoredIssue } from '../state/site-state';

const MINUTE = 60_000;

/** The people of the local site who act in the story (sandbox/state/directory.ts). */
export const CAST = {
  riley: 'acc-riley-responder',
  sam: 'acc-sam-responder',
  morgan: 'acc-morgan-manager',
  alex: 'acc-alex-admin',
  casey: 'acc-casey-customer',
} as const;

/** An issue description of one paragraph, in Atlassian Document Format. */
export const incidentDescription = (text: string) => ({
  type: 'doc' as const,
  version: 1 as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A change as the panel sends it, less the revision, which the player reads first. */
type WithoutRevision<T> = T extends unknown ? Omit<T, 'expectedRevision'> : never;

/**
 * The parts of the local site a story plays on. Not the Site class itself: site.ts plays the story
 * (`playStory`), so importing it here would close a circle; Site has all of these.
 */
export interface StorySite {
  readonly clock: SiteClock;
  readonly issues: IssueStore;
  readonly search: SearchIndex;
  readonly events: EventBus;
  readonly functions: AppFunctions;
  readonly baseUrl: string;
}

export class StoryPlayer {
  constructor(private readonly site: StorySite) {}

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
      context: { cloudId: 'local-cloud-0001', siteUrl: this.site.baseUrl, extension: issueViewExtension(issue, 'jira:issuePanel', this.site.baseUrl) },
    });
    const envelope = result as { ok: boolean; data?: T; error?: { message: string } };
    if (!envelope.ok) throw new Error(`The story stopped at ${resolverKey} on ${issue.key}: ${envelope.error?.message}`);
    await this.site.events.drain();
    return envelope.data as T;
  }

  /** A change that names the revision it was made on, as the panel sends it (read just before). */
  private async change(issue: StoredIssue, who: string, resolverKey: string, payload: object): Promise<void> {
    const { incident } = await this.call<{ incident: { revision: number } }>(issue, who, 'incident/get');
    await this.call(issue, who, resolverKey, { expectedRevision: incident.revision, ...payload });
  }

  update(issue: StoredIssue, who: string, edit: WithoutRevision<IncidentEdit>) {
    return this.change(issue, who, 'incident/update', edit);
  }

  triage(issue: StoredIssue, who: string, decision: WithoutRevision<IncidentTriageDecision>) {
    return this.change(issue, who, 'incident/triage', decision);
  }

  respond(issue: StoredIssue, who: string, action: WithoutRevision<ResponseRecordAction>) {
    return this.change(issue, who, 'response/record', action);
  }

  legal(issue: StoredIssue, who: string, action: WithoutRevision<LegalRecordAction>) {
    return this.change(issue, who, 'legal/record', action);
  }

  role(issue: StoredIssue, who: string, role: RoleKeyView, accountId: string) {
    return this.respond(issue, who, { action: 'role', role, accountId });
  }

  /** A runbook step ticked done. */
  tick(issue: StoredIssue, who: string, runbookId: string, stepId: string) {
    return this.respond(issue, who, { action: 'tick', runbookId, stepId, done: true });
  }

  /** NIS2's three reports decided not required, with the reason (the demo's organisation is an important entity). */
  async notSignificantUnderNis2(issue: StoredIssue, who: string, rationale: string): Promise<void> {
    for (const ruleId of ['eu.nis2.23.early_warning', 'eu.nis2.23.notification', 'eu.nis2.23.final'])
      await this.legal(issue, who, { action: 'decide', ruleId, decision: 'not-required', rationale });
  }

  /** Writes the postmortem's sections as `who`, then publishes it. */
  async postmortem(issue: StoredIssue, who: string, sections: Record<string, string>): Promise<void> {
    // Each section is written once in the story: it starts from revision 0 (never saved).
    for (const [sectionId, text] of Object.entries(sections))
      await this.call(issue, who, 'postmortem/save-section', { kind: 'postmortem', sectionId, text, expectedRevision: 0 });
    await this.call(issue, who, 'postmortem/publish', { kind: 'postmortem' });
  }

  /**
   * The reply the panel prefills for where the report stands (or for its dismissal), with `extra`
   * paragraphs the responder adds; sent as `who`. On a restricted incident `who` ticks that they
   * checked it says nothing internal, as the panel asks.
   */
  async replyDraft(issue: StoredIssue, who: string, dismissing = false, extra: string[] = []): Promise<ReporterReplyInput> {
    const draft = await this.call<ReporterReplyDraftView>(issue, who, RESOLVER_KEYS.reporterReplyDraft, { dismissing });
    const [opening, ...rest] = draft.text.split('\n\n');
    const text = [opening, ...extra, ...rest].join('\n\n');
    return draft.restricted ? { text, checkedNothingInternal: true } : { text };
  }

  /** `who` sends the reporter the outcome reply from the panel ("Reply to the reporter"). */
  async replyToReporter(issue: StoredIssue, who: string, extra: string[] = []): Promise<void> {
    const reply: ReporterReplyInput = await this.replyDraft(issue, who, false, extra);
    await this.call(issue, who, RESOLVER_KEYS.reporterReplySend, reply);
  }

  followUp(issue: StoredIssue, who: string, summary: string) {
    return this.call(issue, who, 'postmortem/follow-up', { summary });
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
