import { logEvent } from './log';
import { jiraStatsSource } from './jira/jira-stats-source';
import { configStore } from './storage/config-store';
import { incidentStore } from './storage/incident-store';
import { stakeholderStore } from './storage/stakeholder-store';
import { statsStore } from './storage/stats-store';
import type { RefreshStatsDeps, StatsRefresh } from '../usecases/refresh-incident-stats';
import { refreshIncidentStats } from '../usecases/refresh-incident-stats';

export const statsDeps: RefreshStatsDeps = {
  stats: statsStore,
  source: jiraStatsSource,
  store: incidentStore,
  config: configStore,
  stakeholders: stakeholderStore,
};

/**
 * Refreshes an incident's statistics after a change. A failure here never fails the change that
 * caused it (a responder's save, an escalation): it is logged, and the daily reconcile repairs it.
 */
export async function refreshStatsQuietly(issueId: string, what: StatsRefresh = 'incident'): Promise<void> {
  try {
    const outcome = await refreshIncidentStats(statsDeps, issueId, what);
    if (outcome === 'busy') logEvent('stats.refresh.busy', { issueId });
  } catch (e) {
    logEvent('stats.refresh.failed', { issueId, error: e instanceof Error ? e.message : String(e) });
  }
}
