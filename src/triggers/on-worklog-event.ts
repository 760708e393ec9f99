import { z } from 'zod';
import { logEvent } from '../platform/log';
import { refreshStatsQuietly } from '../platform/stats-wiring';

/**
 * avi:jira:created|updated|deleted:worklog
 * (https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-worklog-events).
 * Only the issue id is used: the worklogs are read fresh, so a repeated or reordered event
 * recomputes the same sums.
 */
const worklogEvent = z.object({ eventType: z.string(), worklog: z.object({ issueId: z.union([z.string(), z.number()]).transform(String) }) });

export async function onWorklogEvent(event: unknown): Promise<void> {
  const parsed = worklogEvent.safeParse(event);
  if (!parsed.success) {
    logEvent('trigger.worklog-event.ignored', { reason: 'unexpected payload' });
    return;
  }
  await refreshStatsQuietly(parsed.data.worklog.issueId, 'work');
  logEvent('trigger.worklog-event', { issueId: parsed.data.worklog.issueId, eventType: parsed.data.eventType });
}
