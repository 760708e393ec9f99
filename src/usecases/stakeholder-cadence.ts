import type { AppConfig } from '../domain/config/app-config';
import { configForProject, projectKeyOf } from '../domain/config/project-overrides';
import type { IncidentRecord } from '../domain/incident/incident-record';
import type { SentStakeholderUpdate } from '../domain/stakeholders/stakeholder-update';
import { cadenceOf, nextUpdateDue } from '../domain/stakeholders/next-update-due';
import { reportTimeZone } from '../domain/postmortem/report-time-zone';
import type { UpdateSubjectFacts } from '../shared/stakeholder-update-words';
import type { ConfigStore, IncidentStore, IssueSnapshot, JiraAsApp } from './ports';
import type { LastStakeholderUpdate, StakeholderStore } from './stakeholder-ports';

/** The newest of these delivered updates (the store lists them oldest first), as the due time follows from it. */
export function newestDelivered(updates: readonly SentStakeholderUpdate[]): LastStakeholderUpdate | null {
  const newest = updates.at(-1);
  return newest ? { seq: newest.seq, at: newest.at, nextUpdateAt: newest.nextUpdateAt, status: newest.status } : null;
}

/** When an incident's next stakeholder update is due now, from its record, Jira's status and its newest delivered update. */
export function dueOf(
  issue: Pick<IssueSnapshot, 'statusCategory'>,
  record: IncidentRecord,
  config: AppConfig,
  lastUpdate: LastStakeholderUpdate | null,
): string | null {
  const facts = {
    level: record.priority,
    triage: record.triage.state,
    confirmedAt: record.triage.at ?? record.reportedAt,
    closed: issue.statusCategory === 'done',
    lastUpdate,
  };
  return nextUpdateDue(facts, cadenceOf(config.stakeholders, record.priority));
}

/** The incident as an update's subject and reminder name it. */
export function subjectFacts(issue: Pick<IssueSnapshot, 'key' | 'summary'>, record: IncidentRecord | undefined, config: AppConfig): UpdateSubjectFacts {
  const level = record?.priority ?? null;
  const levelLabel = level === null ? null : (config.priority.matrix.levels.find((l) => l.id === level)?.label ?? level);
  return { issueKey: issue.key, summary: issue.summary, levelLabel };
}

/** The zone updates and reminders write their times in: the incident's working-hours calendar's, else UTC (named). */
export const messageTimeZone = (record: IncidentRecord | undefined, config: AppConfig): string => reportTimeZone(record?.priority ?? null, config.sla) ?? 'UTC';

/**
 * After an incident change is stored: a confirmed incident at a level with a cadence joins the
 * sweep's index, once (a repeat or a concurrent change finds it there). The sweep drops it when no
 * update is due any more. Never throws: the reminder must not undo the change it follows.
 */
export async function trackCadence(
  stakeholders: StakeholderStore,
  issue: Pick<IssueSnapshot, 'id' | 'key' | 'statusCategory'>,
  record: IncidentRecord,
  config: AppConfig,
  log?: (event: string, data: Record<string, string>) => void,
): Promise<void> {
  if (record.triage.state !== 'incident' || issue.statusCategory === 'done' || cadenceOf(config.stakeholders, record.priority) === null) return;
  await stakeholders.track(issue.id, issue.key).catch((e: unknown) => log?.('stakeholders.track.failed', { issueKey: issue.key, error: String(e) }));
}

export interface RejoinCadenceDeps {
  jira: Pick<JiraAsApp, 'issueById'>;
  store: Pick<IncidentStore, 'get'>;
  config: ConfigStore;
  stakeholders: StakeholderStore;
  log?: (event: string, data: Record<string, string>) => void;
}

/**
 * After Jira changed an incident's status (an issue event): one reopened in Jira, which the sweep
 * dropped when it was resolved or closed, rejoins the index, so its stakeholders hear again on its
 * cadence. Any other change finds it there, or not due, and changes nothing.
 */
export async function rejoinCadence(deps: RejoinCadenceDeps, issueId: string): Promise<void> {
  const [issue, record, { config }] = await Promise.all([deps.jira.issueById(issueId), deps.store.get(issueId), deps.config.get()]);
  if (!issue || !record) return;
  await trackCadence(deps.stakeholders, issue, record, configForProject(config, projectKeyOf(issue.key)), deps.log);
}
