import type { AppConfig } from '../domain/config/app-config';
import type { IncidentIndex } from '../domain/incident/incident-index';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { requiredRestriction } from '../domain/incident/required-restriction';
import { type FieldPlan, planJiraPriority, planRestriction } from '../domain/triage/jira-field-plan';
import type { DueQueue, EditableChoices, FieldWrites } from './ports';

/**
 * Writes an incident's indexed mirror, after scheduling the sweep's next look at it in storage:
 * the queue is the app's own record of when the incident is due, whatever happens to the property.
 */
export async function writeMirror(
  deps: { jira: { setIncidentIndex(issueKey: string, index: IncidentIndex): Promise<void> }; due: DueQueue },
  issue: { id: string; key: string },
  index: IncidentIndex,
): Promise<void> {
  await deps.due.schedule(issue.id, index.nextCheck);
  await deps.jira.setIncidentIndex(issue.key, index);
}

/**
 * Jira's priority follows the record's level through the settings' mapping (checked against
 * editmeta). `whenOffered` runs once editmeta has offered the wanted priority, before it is set.
 */
export async function followJiraPriority(
  jira: { editableChoices(issueKey: string): Promise<EditableChoices>; editFields(issueKey: string, writes: FieldWrites): Promise<void> },
  issue: { key: string; priority: string | null },
  record: IncidentRecord,
  settings: AppConfig,
  whenOffered?: () => Promise<void>,
): Promise<FieldPlan> {
  const plan = planJiraPriority(record.priority, settings.priority.jiraPriorityByLevel, (await jira.editableChoices(issue.key)).priorities, issue.priority);
  if (plan.kind === 'set') {
    await whenOffered?.();
    await jira.editFields(issue.key, { priorityId: plan.id });
  }
  return plan;
}

/** The Jira calls restricting an issue needs: editmeta and the field edit, as the app. */
export interface RestrictingJira {
  editableChoices(issueKey: string): Promise<EditableChoices>;
  editFields(issueKey: string, writes: FieldWrites): Promise<void>;
}

/**
 * The restriction follows the category and the incident's sensitivity on every change, not only at
 * intake: an incident reclassified into a category with a security level, or found to involve
 * sensitive personal data, gets that level (required-restriction.ts). It runs as the app, like
 * intake, because the admin's settings decide it and a responder without Set issue security must
 * not leave a sensitive incident open; the app only ever adds a level (never lifts or moves one).
 */
export async function followRestriction(
  jira: RestrictingJira,
  issue: { key: string; securityLevel: string | null },
  record: IncidentRecord,
  settings: AppConfig,
): Promise<FieldPlan> {
  const restrictTo = requiredRestriction(record, settings.taxonomy.categories);
  if (restrictTo === null || issue.securityLevel !== null) return { kind: 'keep' };
  const plan = planRestriction(restrictTo, (await jira.editableChoices(issue.key)).securityLevels, issue.securityLevel);
  if (plan.kind === 'set') await jira.editFields(issue.key, { securityLevelId: plan.id });
  return plan;
}
