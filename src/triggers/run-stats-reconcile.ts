import { nowIso } from '../platform/clock';
import { logEvent } from '../platform/log';
import { statsDeps } from '../platform/stats-wiring';
import { reconcileStats } from '../usecases/reconcile-stats';

/** The daily scheduled trigger: recompute recent incidents from Jira and repair the shards. A repeated run finds nothing to repair. */
export async function runStatsReconcile(): Promise<void> {
  const summary = await reconcileStats({ ...statsDeps, now: nowIso });
  logEvent('scheduled.stats-reconcile', { ...summary });
}
