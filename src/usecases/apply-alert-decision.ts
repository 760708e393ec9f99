import type { AlertBatch, NormalizedAlert } from '../domain/alerts/alert';
import { alertEntryText, alertIssueSummary } from '../domain/alerts/alert-entry-text';
import { classifyAlerts } from '../domain/alerts/alert-classification';
import { latestPerFingerprint, type AlertGroupState } from '../domain/alerts/alert-group-state';
import type { AlertGroupingDecision, AlertGroupingSettings } from '../domain/alerts/alert-grouping';
import { alertIntakeRecord } from '../domain/alerts/alert-intake-record';
import type { AlertSource } from '../domain/alerts/alert-source';
import { recordAlertGrouping } from '../domain/alerts/record-alert-grouping';
import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { requiredRestriction } from '../domain/incident/required-restriction';
import type { TimelineDraft } from '../domain/timeline/timeline-entry';
import { decideTriage, type TriageAction } from '../domain/triage/decide-triage';
import { appendToTimeline } from './append-to-timeline';
import { writeMirror } from './follow-in-jira';
import { incidentMirror } from './incident-mirror';
import type { AlertGroupRecord, AlertGroupStore, AlertJira, IngestOutcome } from './alert-ports';
import { intakeReport } from './intake-report';
import type { ReaderWords } from './reader-words';
import type { ConfigStore, DueQueue, IncidentStore, JiraAsApp, ReportLedger, SettingsReading, TimelineLog } from './ports';

export interface ApplyAlertDeps {
  config: ConfigStore;
  groups: AlertGroupStore;
  alertJira: AlertJira;
  jira: JiraAsApp;
  store: IncidentStore;
  timeline: TimelineLog;
  ledger: ReportLedger;
  due: DueQueue;
  now: () => string;
  /** The language of what intake writes for a reporter (an alert's incident has none, so nothing is written). */
  words: ReaderWords;
  /** The statistics follow; must not throw. */
  afterChange?: (issueId: string) => Promise<void>;
  /** Paging begins for a new incident from an alert (the sweep pages when the level may wake someone); must not throw. */
  beginPaging?: (issue: { id: string; key: string }, record: IncidentRecord, config: AppConfig, now: string) => Promise<void>;
  /** Paging starts over for an event the app had closed that fires again; must not throw. */
  restartPaging?: (issue: { id: string; key: string }, record: IncidentRecord, config: AppConfig, now: string) => Promise<void>;
}

interface Input {
  source: AlertSource;
  settings: SettingsReading;
  batch: AlertBatch;
  existing: AlertGroupRecord | null;
  now: string;
  decide: (state: AlertGroupState | null, batch: AlertBatch, settings: AlertGroupingSettings, now: string) => AlertGroupingDecision;
}

/** A storm of new alert groups opens at most this many incidents per source and hour; the rest join the last one. */
export const MAX_OPENINGS_PER_HOUR = 20;
/** A repeat of alerts still firing is written to the timeline at most this often (Alertmanager repeats every repeat_interval). */
const REPEAT_NOTE_MS = 10 * 60_000;

const alertDraft = (text: string, now: string, alert: NormalizedAlert | null, sourceId: string): TimelineDraft => ({
  kind: 'alert',
  text,
  by: null,
  happenedAt: alert?.status === 'resolved' ? (alert.endsAt ?? now) : now,
  recordedAt: now,
  corrects: null,
  data: alert ? { source: sourceId, fingerprint: alert.fingerprint, status: alert.status } : { source: sourceId },
});

async function append(deps: ApplyAlertDeps, issueId: string, drafts: readonly TimelineDraft[]): Promise<void> {
  for (const draft of drafts) await appendToTimeline(deps.timeline, issueId, draft);
}

function entriesFor(alerts: readonly NormalizedAlert[], source: AlertSource, batch: AlertBatch, now: string, reopening: boolean): TimelineDraft[] {
  const drafts = alerts.map((alert) =>
    alertDraft(alertEntryText(alert, alert.status === 'resolved' ? 'resolved' : reopening ? 'firing-again' : 'firing', source.name), now, alert, source.id),
  );
  if (batch.truncatedAlerts > 0)
    drafts.push(
      alertDraft(
        `${batch.truncatedAlerts === 1 ? '1 more alert of this group was' : `${batch.truncatedAlerts} more alerts of this group were`} left out of the request (the monitor's own limit, or the app's 100 per request).`,
        now,
        null,
        source.id,
      ),
    );
  return drafts;
}

/** What the group's incident says now: confirmed by a person, and still open (read from Jira only when it matters). */
async function currentState(deps: ApplyAlertDeps, existing: AlertGroupRecord, incident: IncidentRecord): Promise<AlertGroupState> {
  const confirmed = incident.triage.state === 'incident';
  if (existing.state.resolvedAt === null) return { ...existing.state, confirmed, open: existing.state.open && incident.triage.state !== 'not-incident' };
  const issue = await deps.jira.issueById(existing.issueId);
  const open = issue !== null && issue.statusCategory !== 'done' && (incident.triage.state !== 'not-incident' || incident.triage.by === null);
  return { ...existing.state, confirmed, open };
}

/**
 * Carries out what the grouping decided for one batch (the caller holds the group's lock): opens
 * the incident, or adds to its timeline, records a resolution, reopens on flapping, or notes a repeat.
 */
export async function applyAlertDecision(deps: ApplyAlertDeps, input: Input): Promise<IngestOutcome> {
  if (input.existing?.opening) return finishOpening(deps, input, input.existing, input.existing.opening.record);
  const incident = input.existing ? await deps.store.get(input.existing.issueId) : undefined;
  // A group whose incident was deleted starts afresh.
  const existing = incident ? input.existing : null;
  const state = existing && incident ? await currentState(deps, existing, incident) : null;
  const decision = input.decide(state, input.batch, input.settings.config.alerts.grouping, input.now);
  if (decision.kind === 'ignored') return { output: 'ignored' };
  if (decision.kind === 'duplicate') return noteRepeat(deps, input, existing!);
  if (decision.kind === 'create') return openIncident(deps, input, decision);
  return addToIncident(deps, input, { existing: existing!, incident: incident!, state: state! }, decision);
}

/** The same alerts again (Alertmanager's repeat_interval, or a redelivery): one "still firing" note per 10 minutes at most. */
async function noteRepeat(deps: ApplyAlertDeps, input: Input, existing: AlertGroupRecord): Promise<IngestOutcome> {
  const firing = input.batch.alerts.filter((a) => a.status === 'firing');
  const recent = existing.lastRepeatAt !== null && Date.parse(input.now) - Date.parse(existing.lastRepeatAt) < REPEAT_NOTE_MS;
  if (firing.length === 0 || existing.state.resolvedAt !== null || recent) return { output: 'duplicate', issueKey: existing.issueKey };
  const drafts = firing.slice(0, 1).map((alert) => alertDraft(alertEntryText(alert, 'still-firing', input.source.name), input.now, alert, input.source.id));
  await append(deps, existing.issueId, drafts);
  await deps.groups.put(input.source.id, input.batch.groupKey, { ...existing, lastRepeatAt: input.now });
  return { output: 'accepted', issueKey: existing.issueKey, detail: 'still firing' };
}

async function openIncident(deps: ApplyAlertDeps, input: Input, decision: Extract<AlertGroupingDecision, { kind: 'create' }>): Promise<IngestOutcome> {
  const { source, batch, now } = input;
  const config = input.settings.config;
  const draft = alertIntakeRecord('new', now, classifyAlerts(decision.alerts, source, config.taxonomy.categories), config);
  const restriction = requiredRestriction(draft, config.taxonomy.categories);
  if (!(await deps.groups.lockOpenings(source.id))) return { output: 'busy', detail: 'the source was busy opening incidents' };
  let opened: { group: AlertGroupRecord; record: IncidentRecord } | null = null;
  try {
    const hour = now.slice(0, 13);
    const openings = (await deps.groups.openings(source.id, hour)) ?? { count: 0, lastByRestriction: {} };
    const state = recordAlertGrouping(null, decision, now)!;
    // Only into an incident as restricted as this one would be: a storm never carries a restricted alert into an open incident.
    const into = openings.lastByRestriction[restriction ?? ''];
    if (openings.count >= MAX_OPENINGS_PER_HOUR && into) {
      await deps.groups.put(source.id, batch.groupKey, { ...into, state, lastRepeatAt: now });
      const storm = alertDraft(
        `Alert storm: ${source.name} opened ${openings.count} incidents in this hour already, so a new alert group is recorded on this incident instead of opening another.`,
        now,
        null,
        source.id,
      );
      await append(deps, into.issueId, [storm, ...entriesFor(decision.alerts, source, batch, now, false)]);
      return { output: 'accepted', issueKey: into.issueKey, detail: 'folded into a storm incident' };
    }
    const created = await createIssue(deps, input, decision.alerts, restriction);
    const issue = { issueId: created.id, issueKey: created.key };
    const record = { ...draft, issueId: created.id };
    await deps.groups.setOpenings(source.id, hour, {
      count: openings.count + 1,
      lastByRestriction: { ...openings.lastByRestriction, [restriction ?? '']: issue },
    });
    // Recorded at once: a delivery that fails from here on is finished by the sender's retry (finishOpening).
    opened = { group: { ...issue, state, lastRepeatAt: now, opening: { record } }, record };
    await deps.groups.put(source.id, batch.groupKey, opened.group);
  } finally {
    await deps.groups.unlockOpenings(source.id);
  }
  return finishOpening(deps, input, opened.group, opened.record);
}

function createIssue(deps: ApplyAlertDeps, input: Input, alerts: readonly NormalizedAlert[], securityLevelName: string | null) {
  const text = `Opened by Incident response from an alert of ${input.source.name}. What the monitor sent (labels and annotations) is in the Incident response panel's timeline.`;
  return deps.alertJira.createIssue({
    projectKey: input.source.projectKey,
    issueTypeId: input.source.issueTypeId,
    summary: alertIssueSummary(alerts),
    description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    securityLevelName,
  });
}

/**
 * The rest of an opening once Jira has the issue, each step safe to repeat: the record (create-only),
 * intake as for a portal report (Jira's priority from the level, the restriction, the indexed mirror;
 * its ledger runs it once), the alerts in the timeline (unless an earlier try wrote them), paging
 * (create-only). Then the group's record says the opening is done.
 */
async function finishOpening(deps: ApplyAlertDeps, input: Input, group: AlertGroupRecord, record: IncidentRecord): Promise<IngestOutcome> {
  const { source, batch, now } = input;
  await deps.store.create(record);
  const intake = await intakeReport(
    { jira: deps.jira, store: deps.store, config: deps.config, ledger: deps.ledger, due: deps.due, now: deps.now, words: deps.words },
    group.issueId,
  );
  // An intake an earlier try began is left to it for two minutes (intake-report.ts); the sender's next retry takes it over.
  if (intake === 'in-progress') return { output: 'busy', issueKey: group.issueKey, detail: 'the opening is still being finished' };
  if ((await deps.timeline.headHint(group.issueId)) === null)
    await append(deps, group.issueId, entriesFor(latestPerFingerprint(batch.alerts), source, batch, now, false));
  await deps.afterChange?.(group.issueId);
  await deps.beginPaging?.({ id: group.issueId, key: group.issueKey }, record, input.settings.config, now);
  const { opening: _done, ...opened } = group;
  await deps.groups.put(source.id, batch.groupKey, opened);
  return { output: 'accepted', issueKey: group.issueKey, detail: 'opened an incident' };
}

async function addToIncident(
  deps: ApplyAlertDeps,
  input: Input,
  group: { existing: AlertGroupRecord; incident: IncidentRecord; state: AlertGroupState },
  decision: Extract<AlertGroupingDecision, { kind: 'append' | 'resolved' | 'reopen' }>,
): Promise<IngestOutcome> {
  const { source, batch, now } = input;
  const { existing, incident } = group;
  await append(deps, existing.issueId, entriesFor(decision.alerts, source, batch, now, decision.kind === 'reopen'));
  if (decision.kind === 'resolved' && decision.resolveIncident)
    await triageAsApp(
      deps,
      input,
      existing,
      incident,
      'dismiss',
      'The alert resolved before anyone confirmed it, and the alert source is set to close such events.',
    );
  // Reopened by flapping after the app itself closed it: back to an event for people to decide.
  if (decision.kind === 'reopen' && incident.triage.state === 'not-incident' && incident.triage.by === null)
    await triageAsApp(deps, input, existing, incident, 'reopen', 'The alert fired again soon after it resolved.');
  await deps.groups.put(source.id, batch.groupKey, { ...existing, state: recordAlertGrouping(group.state, decision, now)!, lastRepeatAt: now });
  return { output: 'accepted', issueKey: existing.issueKey, detail: decision.kind };
}

/** A triage decision the app takes on an alert's word (the source's setting), with the timeline and mirror following. */
async function triageAsApp(
  deps: ApplyAlertDeps,
  input: Input,
  group: AlertGroupRecord,
  incident: IncidentRecord,
  action: TriageAction,
  reason: string,
): Promise<void> {
  const outcome = decideTriage(incident, action, reason, incident.revision, null, input.now);
  if (outcome.kind !== 'applied') return;
  const saved = await deps.store.putIfRevision(outcome.record, incident.revision);
  if (!saved.saved) return;
  await append(deps, group.issueId, [
    {
      kind: 'decision',
      text: action === 'dismiss' ? `Closed as not an incident: ${reason}` : `Reopened as an event: ${reason}`,
      by: null,
      happenedAt: input.now,
      recordedAt: input.now,
      corrects: null,
      data: { triage: outcome.record.triage.state },
    },
  ]);
  await writeMirror(
    { jira: deps.jira, due: deps.due },
    { id: group.issueId, key: group.issueKey },
    incidentMirror(outcome.record, input.settings.config, input.now, input.settings.mirrorKey),
  );
  await deps.afterChange?.(group.issueId);
  if (action === 'reopen') await deps.restartPaging?.({ id: group.issueId, key: group.issueKey }, outcome.record, input.settings.config, input.now);
}
