import { z } from 'zod';
import { logEvent } from '../platform/log';
import { statsDeps } from '../platform/stats-wiring';
import { nowIso } from '../platform/clock';
import { configStore } from '../platform/storage/config-store';
import { incidentPurge } from '../platform/storage/incident-purge';
import { incidentStore } from '../platform/storage/incident-store';
import { timelineStore } from '../platform/storage/timeline-store';
import { tombstoneStore } from '../platform/storage/tombstone-store';
import { purgeDeletedIssue } from '../usecases/purge-deleted-issue';

/**
 * avi:jira:deleted:issue (https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-events):
 * only the issue id is used. The issue no longer exists, so there is nothing to ask Jira; a
 * repeated or late delivery finds nothing left to remove.
 */
const deletedEvent = z.object({
  eventType: z.literal('avi:jira:deleted:issue'),
  issue: z.object({ id: z.string().regex(/^\d{1,18}$/), key: z.string().max(255).optional() }),
  atlassianId: z.string().max(128).optional(),
  timestamp: z.number().optional(),
});

export async function onIssueDeleted(event: unknown): Promise<void> {
  const parsed = deletedEvent.safeParse(event);
  if (!parsed.success) {
    logEvent('trigger.issue-deleted.ignored', { reason: 'unexpected payload' });
    return;
  }
  const { issue, atlassianId, timestamp } = parsed.data;
  const deletion = { issueKey: issue.key ?? `issue ${issue.id}`, at: timestamp ? new Date(timestamp).toISOString() : nowIso(), by: atlassianId ?? null };
  const outcome = await purgeDeletedIssue(
    { ...statsDeps, purge: incidentPurge, incidents: incidentStore, timeline: timelineStore, tombstones: tombstoneStore, config: configStore },
    issue.id,
    deletion,
  );
  logEvent('trigger.issue-deleted', { issueId: issue.id, keys: outcome.keys, followUpOf: outcome.followUpOf ?? '', tombstone: String(outcome.tombstone) });
}
