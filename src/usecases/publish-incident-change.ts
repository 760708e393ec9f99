import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import type { ChainLink, TimelineDraft } from '../domain/timeline/timeline-entry';
import type { IncidentView } from '../shared/resolver-contract';
import { containmentText, containRestriction, type ContainRestrictionDeps } from './contain-restriction';
import { followJiraPriority, followRestriction, type RestrictingJira, writeMirror } from './follow-in-jira';
import { incidentMirror } from './incident-mirror';
import { toIncidentView } from './incident-view';
import type { DueQueue, IncidentStore, IssueSnapshot, JiraAsUser, JiraFollowLedger, TimelineLog } from './ports';
import { appendThenPage } from './timeline-pages';
import { beginPaging } from './paging-begin';
import type { PagingStore } from './paging-ports';
import { trackCadence } from './stakeholder-cadence';
import type { StakeholderStore } from './stakeholder-ports';

export interface PublishDeps {
  jira: JiraAsUser;
  /** The app's Jira, for the one thing it does on a responder's change: restrict a sensitive category. */
  jiraApp: RestrictingJira;
  /** As the app, once a change restricts the incident: what the app made from it follows (contain-restriction.ts). */
  contain: ContainRestrictionDeps;
  timeline: TimelineLog;
  /** Marks an incident whose Jira side (mirror, priority) is behind its record; the sweep catches it up. */
  jiraFollow: JiraFollowLedger;
  due: DueQueue;
  /** Runs after the change is stored (the statistics follow); must not throw. */
  afterChange?: (issueId: string) => Promise<void>;
  /**
   * Where an incident's paging begins once it is confirmed at a level (paging-begin.ts). Every path
   * that confirms, declares or takes in an incident passes it (src/platform/paging-wiring.ts).
   */
  paging?: PagingStore;
  /** Where a confirmed incident at a level with a cadence joins the stakeholder reminders' index (stakeholder-cadence.ts). */
  stakeholders?: StakeholderStore;
}

/** What a use case that changes an incident record and publishes it needs (update, triage, legal, response). */
export interface IncidentChangeDeps extends PublishDeps {
  store: IncidentStore;
  now: () => string;
}

/** Said in the panel when Jira could not follow a stored change at once. */
export const JIRA_BEHIND_NOTE = "Jira is busy: the change is saved; Jira's priority and the JQL index catch up within five minutes.";

/**
 * After a responder's change is stored: the timeline records what happened (storage, so record
 * and timeline agree whatever Jira does), then Jira follows as the user: its priority (when the
 * level changed) and the indexed mirror. Jira being busy or unreachable does not undo the saved
 * change: the incident is marked as behind first, so the five-minute sweep catches Jira up, and
 * the panel says so. One path for every record-changing use case.
 */
export async function publishIncidentChange(
  deps: PublishDeps,
  change: {
    issue: IssueSnapshot;
    saved: IncidentRecord;
    settings: AppConfig;
    mirrorKey: string;
    notes: string[];
    now: string;
    timelineHead: ChainLink | null;
    entries: readonly TimelineDraft[];
    priorityChanged?: boolean;
  },
): Promise<IncidentView> {
  const { saved, settings, now } = change;
  const timeline = await appendThenPage(deps.timeline, change.issue.id, change.timelineHead, change.entries);
  if (deps.paging) await beginPaging(deps.paging, change.issue, saved, settings, now);
  if (deps.stakeholders) await trackCadence(deps.stakeholders, change.issue, saved, settings);
  const index = incidentMirror(saved, settings, now, change.mirrorKey);
  const notes = [...change.notes];
  let issue = change.issue;
  await deps.jiraFollow.mark(issue.id, issue.key, now, false);
  try {
    const restriction = await followRestriction(deps.jiraApp, issue, saved, settings);
    if (restriction.kind === 'set') {
      issue = { ...issue, securityLevel: restriction.name, securityLevelId: restriction.id };
      notes.push(await containQuietly(deps.contain, { id: issue.id, key: issue.key, securityLevel: restriction.name }, saved, settings));
    }
    if (restriction.kind === 'cannot') notes.push(restriction.note);
    if (change.priorityChanged) {
      // Once Jira offers this person that priority, the sweep may finish it as the app; if Jira then
      // refuses them (not busy), it must not.
      const offered = () => deps.jiraFollow.mark(issue.id, issue.key, now, true);
      const plan = await followJiraPriority(deps.jira, issue, saved, settings, offered).catch(async (e: unknown) => {
        if (!isTransient(e)) await deps.jiraFollow.mark(issue.id, issue.key, now, false);
        throw e;
      });
      if (plan.kind === 'set') issue = { ...issue, priority: plan.name };
      if (plan.kind === 'cannot') notes.push(plan.note);
    }
    await writeMirror(deps, issue, index);
    await deps.jiraFollow.clear(issue.id);
    issue = { ...issue, incidentProperty: index };
  } catch (e) {
    if (!isTransient(e)) throw e;
    notes.push(JIRA_BEHIND_NOTE);
  }
  await deps.afterChange?.(issue.id);
  return toIncidentView(issue, saved, settings, true, notes, now, timeline, change.mirrorKey);
}

/** Jira busy or unreachable (429, 5xx, no answer): the ports' errors say so with `transient`. */
const isTransient = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { transient?: unknown }).transient === true;

/** What the panel says once the change restricted the incident; the change itself stands whatever Confluence or Jira answer here. */
async function containQuietly(
  deps: ContainRestrictionDeps,
  incident: { id: string; key: string; securityLevel: string },
  record: IncidentRecord,
  settings: AppConfig,
): Promise<string> {
  try {
    return containmentText(incident.key, await containRestriction(deps, incident, record, settings));
  } catch {
    return `${incident.key} is now restricted, but the app could not restrict everything made from it: check its follow-ups, exercises and report pages in Confluence.`;
  }
}
