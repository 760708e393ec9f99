import { z } from 'zod';
import { nowIso } from '../platform/clock';
import { jiraAsApp } from '../platform/jira/jira-issue-service';
import { readerWords } from '../platform/i18n/reader-words';
import { logEvent } from '../platform/log';
import { rejoinStakeholderCadenceQuietly } from '../platform/stakeholder-wiring';
import { refreshStatsQuietly } from '../platform/stats-wiring';
import { containDeps } from '../platform/restriction-wiring';
import { configStore } from '../platform/storage/config-store';
import { dueQueue } from '../platform/storage/due-queue';
import { incidentStore } from '../platform/storage/incident-store';
import { reportLedger } from '../platform/storage/report-ledger';
import { containAfterRestricted } from '../usecases/contain-restriction';
import { intakeReport } from '../usecases/intake-report';
import { notifyReporterOnClose } from '../usecases/notify-reporter-on-close';
import { recordPriorityChanges } from '../usecases/record-priority-changes';
import { recordStatusChanges } from '../usecases/record-status-changes';

/**
 * Shape of the avi:jira:created|updated:issue payload that we rely on
 * (https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-events). Event
 * contents are data, not authority, so they are validated before use, and facts that matter
 * (the status, the portal answers) are read fresh from Jira rather than from the event.
 */
const issueEvent = z.object({
  eventType: z.string(),
  timestamp: z.union([z.string(), z.number()]).optional(),
  issue: z.object({
    id: z.string(),
    key: z.string(),
    fields: z.object({ created: z.string().optional() }).passthrough().optional(),
  }),
  changelog: z
    .object({
      id: z.string().optional(),
      items: z.array(z.object({ field: z.string(), fromString: z.string().nullable().optional(), toString: z.string().nullable().optional() })),
    })
    .optional(),
});

export async function onIssueEvent(event: unknown): Promise<void> {
  const parsed = issueEvent.safeParse(event);
  if (!parsed.success) {
    logEvent('trigger.issue-event.ignored', { reason: 'unexpected payload' });
    return;
  }
  const { issue, changelog, timestamp } = parsed.data;
  const at = timestamp !== undefined ? new Date(timestamp).toISOString() : (issue.fields?.created ?? new Date(0).toISOString());
  const changelogId = changelog?.id ?? at;
  const items = changelog?.items ?? [];
  // Every event may be the first one to arrive (an update can overtake the create), so each one
  // makes sure intake has happened; once it has, this is two storage reads.
  const intake = await intakeReport(
    { jira: jiraAsApp, store: incidentStore, config: configStore, ledger: reportLedger, due: dueQueue, now: nowIso, words: readerWords },
    issue.id,
  );
  // Not an incident (outside the scope, or the app is not set up): the app keeps nothing about the
  // issue and does nothing to it, however busy its team is. Gone issues are left to the delete event.
  if (intake === 'out-of-scope' || intake === 'issue-gone') {
    logEvent('trigger.issue-event', { issueId: issue.id, intake });
    return;
  }
  const priorityChanges = items
    .filter((item) => item.field === 'priority')
    .map((item, i) => ({ changelogId: `${changelogId}:${i}`, at, from: item.fromString ?? null, to: item.toString ?? null }));
  await recordPriorityChanges(incidentStore, issue.id, priorityChanges);
  // Status changes are SLA facts (pauses, containment, resolution), recorded after intake made the record.
  const statusChanges = items
    .filter((item) => item.field === 'status' && item.toString)
    .map((item, i, all) => ({ id: all.length > 1 ? `${changelogId}:${i}` : changelogId, at, from: item.fromString ?? null, to: item.toString! }));
  const sla = await recordStatusChanges({ jira: jiraAsApp, store: incidentStore, due: dueQueue, now: nowIso }, issue, statusChanges);
  // Someone set an issue security level by hand: what the app made from the incident follows it.
  const restricted = items.some((item) => item.field === 'security' && item.toString)
    ? await containAfterRestricted({ ...containDeps, store: incidentStore }, issue.id)
    : null;
  // A reopened incident rejoins the stakeholder reminders' index (closing took it out).
  if (statusChanges.length > 0) await rejoinStakeholderCadenceQuietly(issue.id);
  const closed =
    statusChanges.length > 0
      ? await notifyReporterOnClose({ jira: jiraAsApp, ledger: reportLedger, now: nowIso, config: configStore, words: readerWords }, issue.id)
      : 'no-status-change';
  // Last, from the state all of the above left: the incident's share of the statistics.
  // The event that took the report in counts its work too (logged before intake, it was not kept).
  await refreshStatsQuietly(issue.id, intake === 'intake-done' ? 'all' : 'incident');
  logEvent('trigger.issue-event', {
    issueId: issue.id,
    intake,
    sla,
    closed,
    contained: restricted === null ? 'no-restriction' : restricted === 'open' ? 'open' : 'done',
  });
}
