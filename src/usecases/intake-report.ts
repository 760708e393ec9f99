import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { ACKNOWLEDGEMENT_PROPERTY_KEY, acknowledgementComment } from '../domain/triage/acknowledgement';
import { requiredRestriction } from '../domain/incident/required-restriction';
import { intakeRecord } from '../domain/triage/intake-record';
import { planJiraPriority, planRestriction } from '../domain/triage/jira-field-plan';
import { parsePortalReport } from '../domain/triage/parse-portal-report';
import { issueInScope } from './current-record';
import { firstResponsePromiseOf, incidentMirror } from './incident-mirror';
import { type ReaderWords, wordsForReader } from './reader-words';
import { writeMirror } from './follow-in-jira';
import type { ConfigStore, DueQueue, FieldWrites, IncidentStore, ReportLedger, IssueSnapshot, JiraAsApp } from './ports';

export interface IntakeDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  config: ConfigStore;
  ledger: ReportLedger;
  due: DueQueue;
  now: () => string;
  /** The reporter's language for the acknowledgement. */
  words: ReaderWords;
}

/** How long a first intake may take before a later delivery of the event finishes it instead. */
const INTAKE_GRACE_MS = 2 * 60_000;

export type IntakeResult = 'intake-done' | 'already-done' | 'in-progress' | 'issue-gone' | 'out-of-scope';

/**
 * Turns a new issue into an incident report: the record (from what the reporter said on the
 * portal, validated), Jira's priority through the mapping, the issue security level for sensitive
 * categories, the indexed mirror and a public acknowledgement.
 *
 * Safe under Forge's delivery (late, repeated, reordered, concurrent): the record is created at
 * most once (create-only write); the delivery that created it does the steps; a later delivery
 * finishes them only when the first has not finished within the grace period. Every step is
 * idempotent: fields are compared before they are set, and the acknowledgement carries a comment
 * property that is checked before posting.
 */
export async function intakeReport(deps: IntakeDeps, issueId: string): Promise<IntakeResult> {
  const [existing, progress] = await Promise.all([deps.store.get(issueId), deps.ledger.get(issueId)]);
  if (progress?.completedAt) return 'already-done';
  if (progress && Date.parse(deps.now()) - Date.parse(progress.startedAt) < INTAKE_GRACE_MS) return 'in-progress';
  const issue = await deps.jira.issueById(issueId);
  if (!issue) return 'issue-gone';
  const { config, mirrorKey } = await deps.config.get();
  if (!existing && !issueInScope(issue, config)) return 'out-of-scope';
  // One runner at a time, even when deliveries arrive together: the intake key is claimed
  // create-only; a runner that died is taken over once its grace has passed, by one delivery.
  const startedAt = deps.now();
  const claimed = progress ? await deps.ledger.claimTakeover(issueId, progress.startedAt) : await deps.ledger.claim(issueId, startedAt);
  if (!claimed) return 'in-progress';
  if (progress) await deps.ledger.put(issueId, { startedAt, completedAt: null, notes: [] });
  let record = existing;
  if (!record) {
    record = intakeRecord(issue.id, issue.created, parsePortalReport(issue.portalReport, config.taxonomy.categories), config);
    if (!(await deps.store.create(record))) record = (await deps.store.get(issueId)) ?? record;
  }
  const notes = await runIntakeSteps(deps, issue, record, config, mirrorKey);
  await deps.ledger.put(issueId, { startedAt, completedAt: deps.now(), notes });
  return 'intake-done';
}

async function runIntakeSteps(deps: IntakeDeps, issue: IssueSnapshot, record: IncidentRecord, config: AppConfig, mirrorKey: string): Promise<string[]> {
  const notes: string[] = [];
  const choices = await deps.jira.editableChoices(issue.key);
  let priorityPlan = planJiraPriority(record.priority, config.priority.jiraPriorityByLevel, choices.priorities, issue.priority);
  // A late intake must not undo a priority someone already chose in Jira.
  if (priorityPlan.kind === 'set' && (await deps.jira.priorityChangedByPeople(issue.key))) {
    priorityPlan = { kind: 'cannot', note: "Someone set Jira's priority before intake finished, so it was left as they set it." };
  }
  const restrictionPlan = planRestriction(requiredRestriction(record, config.taxonomy.categories), choices.securityLevels, issue.securityLevel);
  const writes: FieldWrites = {};
  for (const [plan, key] of [
    [priorityPlan, 'priorityId'],
    [restrictionPlan, 'securityLevelId'],
  ] as const) {
    if (plan.kind === 'set') writes[key] = plan.id;
    if (plan.kind === 'cannot') notes.push(plan.note);
  }
  // Restrict first and in the same edit as the priority: a sensitive report is never open longer than it must be.
  await deps.jira.editFields(issue.key, writes);
  await writeMirror(deps, issue, incidentMirror(record, config, deps.now(), mirrorKey));
  // Only portal reports are acknowledged: an agent who files an issue in Jira needs no thank-you.
  if (config.intake.acknowledgeOnPortal && record.reporter !== null && !(await deps.jira.hasMarkedComment(issue.key, ACKNOWLEDGEMENT_PROPERTY_KEY))) {
    // In the reporter's language: their Jira locale, else the app's default language.
    const { t } = await wordsForReader(deps.words, issue.reporter, config);
    await deps.jira.addComment(issue.key, acknowledgementComment(t, firstResponsePromiseOf(record.priority, config)), ACKNOWLEDGEMENT_PROPERTY_KEY, 'public');
  }
  return notes;
}
