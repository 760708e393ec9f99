import type { AppConfig } from '../domain/config/app-config';
import { configForProject, projectKeyOf } from '../domain/config/project-overrides';
import { cadenceOf } from '../domain/stakeholders/next-update-due';
import { reminderToSend } from '../domain/stakeholders/update-reminder';
import { reminderMessage } from '../domain/stakeholders/update-words';
import { type ReaderWords, wordsForReader } from './reader-words';
import type { ConfigStore, EscalationLedger, IncidentStore, JiraAsApp } from './ports';
import { dueOf, messageTimeZone, newestDelivered, subjectFacts } from './stakeholder-cadence';
import type { StakeholderCadence, StakeholderJiraAsApp, StakeholderStore } from './stakeholder-ports';

export interface RemindStakeholderUpdatesDeps {
  stakeholders: StakeholderStore;
  stakeholderJira: StakeholderJiraAsApp;
  jira: JiraAsApp;
  store: IncidentStore;
  config: ConfigStore;
  /** Each reminder is claimed here, create-only, before it is sent. */
  ledger: EscalationLedger;
  now: () => string;
  /** The commander's language for the reminder. */
  words: ReaderWords;
  log: (event: string, data: Record<string, string | number | boolean | null>) => void;
}

export interface StakeholderReminderSummary {
  tracked: number;
  reminded: number;
  /** Dropped from the index: resolved, closed, no longer an incident, or a level without a cadence. */
  dropped: number;
  failed: number;
}

/** Index pages read per sweep at most (100 incidents each): far more open incidents with a cadence than a team has. */
const MAX_PAGES = 50;

/**
 * The sweep's stakeholder reminders: for each incident in the index (every page of it), when its
 * next update is due (or its snooze ends), the incident commander (else the assignee) gets one
 * Jira notification. Each reminder is claimed create-only by its due time first, so a repeated or
 * overlapping sweep reminds nobody twice; an incident that needs no updates any more leaves the
 * index (one reopened in Jira rejoins it: stakeholder-cadence.ts rejoinCadence).
 */
export async function remindStakeholderUpdates(deps: RemindStakeholderUpdatesDeps): Promise<StakeholderReminderSummary> {
  const summary: StakeholderReminderSummary = { tracked: 0, reminded: 0, dropped: 0, failed: 0 };
  let config: AppConfig | null = null;
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, next } = await deps.stakeholders.tracked(cursor);
    summary.tracked += items.length;
    if (items.length > 0) config ??= (await deps.config.get()).config;
    for (const entry of items) {
      try {
        const outcome = await remindOne(deps, entry, config!);
        if (outcome === 'dropped') summary.dropped++;
        if (outcome === 'reminded') summary.reminded++;
      } catch (e) {
        summary.failed++;
        deps.log('stakeholders.remind.failed', { issueKey: entry.issueKey, error: String(e) });
      }
    }
    if (next === null) break;
    cursor = next;
  }
  return summary;
}

async function remindOne(deps: RemindStakeholderUpdatesDeps, entry: StakeholderCadence, siteConfig: AppConfig): Promise<'dropped' | 'reminded' | 'waiting'> {
  const now = deps.now();
  // The due time follows from the newest update Jira delivered, not the index's copy of it.
  const [issue, record, updates] = await Promise.all([
    deps.jira.issueById(entry.issueId),
    deps.store.get(entry.issueId),
    deps.stakeholders.updates(entry.issueId),
  ]);
  const config = configForProject(siteConfig, projectKeyOf(issue?.key ?? entry.issueKey));
  const dueAt = issue && record ? dueOf(issue, record, config, newestDelivered(updates)) : null;
  if (!issue || !record || dueAt === null) {
    await deps.stakeholders.untrack(entry.issueId);
    return 'dropped';
  }
  const step = reminderToSend(dueAt, entry.snooze, now);
  if (step === null) return 'waiting';
  const commander = record.response?.roles.commander?.accountId ?? (await deps.stakeholderJira.assignee(issue.key));
  if (!commander) {
    deps.log('stakeholders.remind.nobody', { issueKey: issue.key });
    return 'waiting';
  }
  const claimed = await deps.ledger.claim(issue.id, [step], now);
  if (!claimed.has(step)) return 'waiting';
  // In the commander's language (their Jira locale, else the app's default).
  const reader = await wordsForReader(deps.words, commander, config);
  const message = reminderMessage(
    subjectFacts(issue, record, config),
    dueAt,
    now,
    cadenceOf(config.stakeholders, record.priority)!,
    messageTimeZone(record, config),
    reader,
  );
  try {
    await deps.stakeholderJira.notify(issue.key, message, { users: [commander], groups: [] });
  } catch (e) {
    // Not sent: the next sweep tries again.
    await deps.ledger.release(issue.id, [step]);
    throw e;
  }
  return 'reminded';
}
