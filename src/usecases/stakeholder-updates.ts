import { configForProject, projectKeyOf } from '../domain/config/project-overrides';
import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { cadenceOf } from '../domain/stakeholders/next-update-due';
import { type SentStakeholderUpdate, updateProblems } from '../domain/stakeholders/stakeholder-update';
import { snoozeReminder, reminderAt } from '../domain/stakeholders/update-reminder';
import { updateRecipients } from '../domain/stakeholders/update-recipients';
import { updateTimelineText } from '../domain/stakeholders/update-words';
import type { StakeholderSnoozeInput, StakeholderUpdateInput, StakeholderUpdatesView } from '../shared/stakeholder-contract';
import { recipientsInWords, updateBody, updateSubject } from '../shared/stakeholder-update-words';
import { appendToTimeline } from './append-to-timeline';
import { AppError } from './app-error';
import { type AuthorLedger, claimTimelineRoom, standingOf, withTimelineRoom } from './author-budget';
import type { IncidentStore, IssueSnapshot, JiraAsUser, TimelineLog } from './ports';
import { requireIssue } from './require-issue';
import { dueOf, messageTimeZone, newestDelivered, subjectFacts } from './stakeholder-cadence';
import type { StakeholderNotifier, StakeholderStore } from './stakeholder-ports';

export interface StakeholderUpdateDeps {
  jira: JiraAsUser;
  store: Pick<IncidentStore, 'getWithSettings'>;
  stakeholders: StakeholderStore;
  /** As the user: the update is theirs. */
  notifier: StakeholderNotifier;
  timeline: TimelineLog;
  authors: AuthorLedger;
  now: () => string;
  /** Runs after an update went out (the statistics count it); must not throw. */
  afterChange?: (issueId: string) => Promise<void>;
}

const MAY_EDIT = 'You need permission to edit this issue to update its stakeholders.';
const LISTED = 20;

interface Loaded {
  issue: IssueSnapshot;
  canEdit: boolean;
  record: IncidentRecord | undefined;
  config: AppConfig;
  timelineEntries: number;
}

async function load(deps: StakeholderUpdateDeps, issueKey: string, mustEdit?: string): Promise<Loaded> {
  const { issue, canEdit } = await requireIssue(deps.jira, issueKey, mustEdit);
  const { record, config, timelineHead } = await deps.store.getWithSettings(issue);
  return { issue, canEdit, record, config: configForProject(config.config, projectKeyOf(issue.key)), timelineEntries: timelineHead?.seq ?? 0 };
}

/** The section as the viewer sees it: when the next update is due, who receives it, the past updates. */
async function view(deps: StakeholderUpdateDeps, loaded: Loaded): Promise<StakeholderUpdatesView> {
  const { issue, record, config } = loaded;
  const now = deps.now();
  const [cadence, updates] = await Promise.all([deps.stakeholders.get(issue.id), deps.stakeholders.updates(issue.id)]);
  const newest = updates.at(-1);
  const dueAt = record ? dueOf(issue, record, config, newestDelivered(updates)) : null;
  const minutes = cadenceOf(config.stakeholders, record?.priority ?? null);
  return {
    confirmed: record?.triage.state === 'incident',
    canSend: loaded.canEdit,
    cadenceMinutes: minutes,
    dueAt,
    reminderAt: dueAt === null ? null : reminderAt(dueAt, cadence?.snooze ?? null),
    latestNextUpdateAt: minutes === null ? null : new Date(Date.parse(now) + minutes * 60_000).toISOString(),
    messageTimeZone: messageTimeZone(record, config),
    subject: subjectFacts(issue, record, config),
    recipients: updateRecipients(config.stakeholders.audiences, record?.category ?? null, record?.priority ?? null, issue.reporter),
    restricted: issue.securityLevelId !== null,
    lastSeq: newest?.seq ?? 0,
    updates: updates
      .slice(-LISTED)
      .reverse()
      .map((u) => ({ ...pick(u), recipients: recipientsInWords(u.recipients) })),
    now,
  };
}

const pick = (u: SentStakeholderUpdate) => ({
  seq: u.seq,
  at: u.at,
  by: u.by,
  status: u.status,
  known: u.known,
  doing: u.doing,
  need: u.need,
  nextUpdateAt: u.nextUpdateAt,
});

export async function loadStakeholderUpdates(deps: StakeholderUpdateDeps, issueKey: string): Promise<StakeholderUpdatesView> {
  return view(deps, await load(deps, issueKey));
}

/**
 * Sends one update: validated before anything is stored or sent; its number claimed create-only (a
 * repeated or concurrent send of the same form goes once); sent by Jira notification as the sender
 * to the stakeholders of the incident's category and level (never the reporter; Jira drops anyone
 * who cannot see the issue); only then stored as sent, listed, and in the timeline. When Jira's
 * notification fails, the claim is dropped: nobody reads of an update nobody received, and sending
 * the same form again goes. The next update is due one cadence later, or at the promised time if sooner.
 */
export async function sendStakeholderUpdate(
  deps: StakeholderUpdateDeps,
  issueKey: string,
  accountId: string,
  input: StakeholderUpdateInput,
): Promise<StakeholderUpdatesView> {
  const loaded = await load(deps, issueKey, MAY_EDIT);
  const { issue, record, config } = loaded;
  // An event still being looked at may warrant a first word to stakeholders; a dismissed one does not.
  if (!record || record.triage.state === 'not-incident')
    throw new AppError('VALIDATION_FAILED', 'Stakeholder updates are for incidents: this report was dismissed as not an incident. Nothing was sent.');
  const now = deps.now();
  const minutes = cadenceOf(config.stakeholders, record.priority);
  // A minute's grace: the form counts the time from the clock it loaded with, a moment before this one.
  const problems = updateProblems(input, now, minutes === null ? null : new Date(Date.parse(now) + (minutes + 1) * 60_000).toISOString());
  const first = Object.values(problems)[0];
  if (first) throw new AppError('VALIDATION_FAILED', `${first} Nothing was sent.`, problems as Record<string, string>);
  const updates = await deps.stakeholders.updates(issue.id);
  const seq = (updates.at(-1)?.seq ?? 0) + 1;
  if (input.basedOn !== seq - 1) throw alreadySent();
  const recipients = updateRecipients(config.stakeholders.audiences, record.category, record.priority, issue.reporter);
  const { basedOn: _basedOn, ...text } = input;
  const update: SentStakeholderUpdate = { ...text, seq, at: now, by: accountId, level: record.priority, recipients };
  const release = await claimTimelineRoom(deps.authors, issue.id, accountId, standingOf(accountId, record, config), loaded.timelineEntries);
  if (!(await withTimelineRoom(release, () => deps.stakeholders.claimUpdate(issue.id, update)))) {
    await release();
    throw alreadySent();
  }
  const message = { subject: updateSubject(subjectFacts(issue, record, config), text.status), textBody: updateBody(text, messageTimeZone(record, config)) };
  try {
    await deps.notifier.notify(issue.key, message, recipients);
  } catch (e) {
    // Not sent: the number and the timeline entry are free again, so the same form can go once Jira answers.
    await deps.stakeholders.dropClaim(issue.id, seq);
    await release();
    throw e;
  }
  await deps.stakeholders.markDelivered(issue.id, update);
  await deps.stakeholders.update(issue.id, issue.key, (c) => ({
    ...c,
    lastUpdate: { seq, at: now, nextUpdateAt: text.nextUpdateAt, status: text.status },
    snooze: null,
  }));
  await appendToTimeline(deps.timeline, issue.id, {
    kind: 'communication',
    text: updateTimelineText(text, recipients),
    happenedAt: now,
    recordedAt: now,
    by: accountId,
    corrects: null,
    data: { stakeholderUpdate: seq },
  });
  await deps.afterChange?.(issue.id);
  return view(deps, { ...loaded, timelineEntries: loaded.timelineEntries + 1 });
}

const alreadySent = () =>
  new AppError('CONFLICT', 'Someone sent an update meanwhile, or is sending one now (or this one went already). Reload to see it before you send another.');

/** Moves the reminder of the update due now; the cadence and the due time stay as they are. */
export async function snoozeStakeholderReminder(
  deps: StakeholderUpdateDeps,
  issueKey: string,
  accountId: string,
  input: StakeholderSnoozeInput,
): Promise<StakeholderUpdatesView> {
  const loaded = await load(deps, issueKey, MAY_EDIT);
  const current = await view(deps, loaded);
  if (current.dueAt === null) throw new AppError('VALIDATION_FAILED', 'No stakeholder update is due on this incident, so there is no reminder to snooze.');
  const snooze = snoozeReminder(current.dueAt, input.minutes, deps.now(), accountId);
  await deps.stakeholders.update(loaded.issue.id, loaded.issue.key, (c) => ({ ...c, snooze }));
  return view(deps, loaded);
}
