import { configForProject, projectKeyOf } from '../domain/config/project-overrides';
import type { IncidentIndex } from '../domain/incident/incident-index';
import { incidentMirror } from './incident-mirror';
import { slaFactsOf } from '../domain/sla/incident-sla';
import { withStatusChanges } from '../domain/sla/sla-facts';
import type { ConfigStore, IncidentStore, JiraAsApp } from './ports';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface PatrolMirrorsDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  config: ConfigStore;
  now: () => string;
}

/** Records compared per sweep: one storage query and one Jira search, whatever the site's size. */
export const PATROL_PAGE = 100;

/**
 * Anyone who may edit an issue can rewrite its indexed property. The app never trusts it, but JQL
 * (filters, dashboards, the sweep's own search) does; so each sweep compares the next 100 stored
 * records with the mirrors Jira holds and rewrites those that differ. The patrol goes round all
 * incidents (10,000 in 100 sweeps, a little over 8 hours) and starts again.
 */
export async function patrolMirrors(deps: PatrolMirrorsDeps): Promise<{ checked: number; restored: number }> {
  const { records, next } = await deps.store.page(await deps.store.patrolCursor(), PATROL_PAGE);
  await deps.store.setPatrolCursor(next);
  if (records.length === 0) return { checked: 0, restored: 0 };
  const [{ config, mirrorKey }, mirrors] = await Promise.all([deps.config.get(), deps.jira.mirrorsOf(records.map((r) => r.issueId))]);
  const now = deps.now();
  const restore: { issueId: string; index: IncidentIndex }[] = [];
  for (const record of records) {
    const held = mirrors.get(record.issueId);
    if (!held) continue; // the issue is gone or hidden from the app: nothing to restore
    const settings = configForProject(config, projectKeyOf(held.key));
    if (same(incidentMirror(record, settings, now, mirrorKey), held.property)) continue;
    // Differs: first merge the status changes kept under their own keys (the record's copy may lag), then compare again.
    const facts = slaFactsOf(record);
    const merged = withStatusChanges(facts, await deps.store.statusChanges(record.issueId));
    const index = incidentMirror(merged === facts ? record : { ...record, sla: merged }, settings, now, mirrorKey);
    if (!same(index, held.property)) restore.push({ issueId: record.issueId, index });
  }
  if (restore.length > 0) await deps.jira.setIncidentIndexes(restore);
  return { checked: records.length, restored: restore.length };
}
