import { slaFactsOf } from '../domain/sla/incident-sla';
import { type StatusChangeFact, withStatusChanges } from '../domain/sla/sla-facts';
import { incidentMirror } from './incident-mirror';
import { writeMirror } from './follow-in-jira';
import type { DueQueue, IncidentStore, JiraAsApp } from './ports';

export interface RecordStatusChangesDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  due: DueQueue;
  now: () => string;
}

export type StatusChangeResult = 'none' | 'recorded' | 'already-known' | 'no-record';

/** Rounds of "merge, write, check again" before leaving the rest to the next event or sweep. */
const MAX_ROUNDS = 3;

/**
 * Records status changes from an issue event as SLA facts (pauses, containment, resolution) and
 * refreshes the mirror's SLA fields.
 *
 * Each change is first saved under its own key (keyed by changelog id), which no other handler
 * overwrites. The record keeps a merged copy for the panel's single read, written only over the
 * revision it was read at (a responder's change made meanwhile is never overwritten); after
 * writing, the handler reads again and repeats the merge until the record holds every saved
 * change. Whatever still slips through is merged by the next event and by the sweep before it
 * escalates.
 */
export async function recordStatusChanges(
  deps: RecordStatusChangesDeps,
  issue: { id: string; key: string },
  changes: StatusChangeFact[],
): Promise<StatusChangeResult> {
  if (changes.length === 0) return 'none';
  for (const change of changes) await deps.store.addStatusChange(issue.id, change);
  let result: StatusChangeResult = 'already-known';
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { record, config } = await deps.store.getWithSettings(issue);
    if (!record) return 'no-record';
    const before = slaFactsOf(record);
    const facts = withStatusChanges(before, await deps.store.statusChanges(issue.id));
    if (facts === before) return result;
    const updated = { ...record, sla: facts };
    // Never over a responder's change made meanwhile: then read again and merge again.
    if (!(await deps.store.putIfRevision(updated, record.revision)).saved) continue;
    await writeMirror(deps, issue, incidentMirror(updated, config.config, deps.now(), config.mirrorKey));
    result = 'recorded';
  }
  return result;
}
