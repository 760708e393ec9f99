import { z } from 'zod';
import { jiraAsApp } from '../platform/jira/jira-issue-service';
import { logEvent } from '../platform/log';
import { incidentStore } from '../platform/storage/incident-store';
import { recordIssueEvent } from '../usecases/record-issue-event';

/**
 * Shape of the avi:jira:created|updated:issue payload that we rely on
 * (https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-events). Event
 * contents are data, not authority, so they are validated before use.
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
  const priorityChanges = (changelog?.items ?? [])
    .filter((item) => item.field === 'priority')
    .map((item, i) => ({ changelogId: `${changelog?.id ?? at}:${i}`, at, from: item.fromString ?? null, to: item.toString ?? null }));
  const result = await recordIssueEvent(
    { jira: jiraAsApp, store: incidentStore },
    { issueId: issue.id, issueKey: issue.key, created: issue.fields?.created ?? at, priorityChanges },
  );
  logEvent('trigger.issue-event', { issueId: issue.id, result });
}
