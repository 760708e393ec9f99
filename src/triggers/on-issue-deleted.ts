import { z } from 'zod';
import { logEvent } from '../platform/log';
import { statsDeps } from '../platform/stats-wiring';
import { incidentPurge } from '../platform/storage/incident-purge';
import { purgeDeletedIssue } from '../usecases/purge-deleted-issue';

/**
 * avi:jira:deleted:issue (https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-events):
 * only the issue id is used. The issue no longer exists, so there is nothing to ask Jira; a
 * repeated or late delivery finds nothing left to remove.
 */
const deletedEvent = z.object({ eventType: z.literal('avi:jira:deleted:issue'), issue: z.object({ id: z.string().regex(/^\d{1,18}$/) }) });

export async function onIssueDeleted(event: unknown): Promise<void> {
  const parsed = deletedEvent.safeParse(event);
  if (!parsed.success) {
    logEvent('trigger.issue-deleted.ignored', { reason: 'unexpected payload' });
    return;
  }
  const outcome = await purgeDeletedIssue({ ...statsDeps, purge: incidentPurge }, parsed.data.issue.id);
  logEvent('trigger.issue-deleted', { issueId: parsed.data.issue.id, keys: outcome.keys, followUpOf: outcome.followUpOf ?? '' });
}
