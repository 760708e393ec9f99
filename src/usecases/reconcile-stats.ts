import { addCells, type ShardCells } from '../domain/stats/stats-cells';
import { type RefreshStatsDeps, refreshIncidentStats } from './refresh-incident-stats';
import type { StatsReconcileSummary } from './stats-ports';

export interface ReconcileStatsDeps extends RefreshStatsDeps {
  now: () => string;
}

/** How far back the daily run recomputes from Jira: two days, so a missed event is caught twice. */
export const RECONCILE_DAYS = 2;
export const RECONCILE_MAX_ISSUES = 2000;

/**
 * The daily repair. First, every issue changed in the last two days is recomputed from Jira and
 * its record (catching events that never arrived). Then the shards are rebuilt from the stored
 * contributions and any shard that differs is overwritten, unless a writer touched it since the
 * rebuild began (its version moved; tomorrow's run takes it). So lost updates and drift last at
 * most a day, and a shard nobody writes to is left alone.
 */
export async function reconcileStats(deps: ReconcileStatsDeps): Promise<StatsReconcileSummary> {
  const changed = await deps.source.recentlyUpdated(RECONCILE_DAYS, RECONCILE_MAX_ISSUES);
  for (const id of changed) await refreshIncidentStats(deps, id, 'all');

  // Versions and cells read together, before the contributions: a writer after this moves the version.
  const versions = new Map<string, number>();
  const stored: ShardCells = {};
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.stats.allShards(cursor);
    for (const s of page.items) {
      versions.set(s.shardId, s.version);
      stored[s.shardId] = s.days;
    }
    cursor = page.cursor;
  }
  const rebuilt: ShardCells = {};
  let contributions = 0;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.stats.contributions(cursor);
    for (const c of page.items) addCells(rebuilt, c.value.cells, 1);
    contributions += page.items.length;
    cursor = page.cursor;
  }
  const ids = [...new Set([...versions.keys(), ...Object.keys(rebuilt)])].sort();
  let repairedShards = 0;
  let skippedShards = 0;
  for (const id of ids) {
    if (JSON.stringify(sorted(stored[id])) === JSON.stringify(sorted(rebuilt[id]))) continue;
    if (await deps.stats.replaceShard(id, rebuilt[id], versions.get(id) ?? 0)) repairedShards += 1;
    else skippedShards += 1;
  }
  const summary = { at: deps.now(), refreshed: changed.length, repairedShards, skippedShards, contributions };
  await deps.stats.saveReconcile(summary);
  return summary;
}

/** Key order does not matter to a sum; compare the sums. */
function sorted(days: ShardCells[string] | undefined): [string, [string, number][]][] {
  return Object.entries(days ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, cell]) => [d, Object.entries(cell).sort(([a], [b]) => a.localeCompare(b))]);
}
