import { z } from 'zod';
import { nowIso } from '../platform/clock';
import { jiraAsUser } from '../platform/jira/jira-issue-service';
import { logEvent } from '../platform/log';
import { incidentStore } from '../platform/storage/incident-store';
import { timelineStore } from '../platform/storage/timeline-store';
import { glanceStatus as statusOf, type GlanceStatus } from '../shared/glance-status';
import { nextDeadline } from '../shared/next-deadline';
import { loadIncident } from '../usecases/load-incident';

/**
 * The Incident glance's dynamicProperties function (jira:issueContext): Jira calls it while the glance
 * is collapsed and shows the status it returns beside the label
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-context/#dynamic-properties).
 * The payload names the issue; the incident is read as the viewing user, so nobody learns the level of
 * an issue they cannot open. Anything that fails returns no status: Jira then shows the label alone.
 */
const payloadSchema = z.object({
  extension: z.object({
    type: z.literal('jira:issueContext'),
    issue: z.object({ id: z.string().regex(/^\d{1,18}$/), key: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-\d{1,18}$/) }),
  }),
});

type NoStatus = Record<string, never>;

export async function glanceStatus(payload: unknown, context?: { principal?: { accountId?: string } }): Promise<GlanceStatus | NoStatus> {
  const parsed = payloadSchema.safeParse(payload);
  const accountId = context?.principal?.accountId;
  if (!parsed.success || !accountId) return {};
  const { issue } = parsed.data.extension;
  try {
    const view = await loadIncident({ jira: jiraAsUser, store: incidentStore, timeline: timelineStore, now: nowIso }, issue.key, issue.id, false);
    const now = nowIso();
    const level = view.settings.matrix.levels.find((l) => l.id === view.incident.priority)?.label ?? view.incident.priority;
    return statusOf(level, nextDeadline(view, now), now);
  } catch (e) {
    logEvent('glance-status.fallback', { issueId: issue.id, reason: e instanceof Error ? e.name : 'unknown' });
    return {};
  }
}
