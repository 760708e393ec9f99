import { containRestriction, type ContainRestrictionDeps } from './contain-restriction';
import { followJiraPriority, followRestriction, writeMirror } from './follow-in-jira';
import { incidentMirror } from './incident-mirror';
import type { DueQueue, IncidentStore, JiraAsApp, JiraFollowLedger } from './ports';

export interface CatchUpJiraDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  jiraFollow: JiraFollowLedger;
  due: DueQueue;
  /** What an incident the catch-up restricts needs: what the app made from it follows. */
  contain: ContainRestrictionDeps;
  now: () => string;
}

/** Incidents caught up per sweep: two or three Jira requests each, inside the sweep's budget. */
export const CATCH_UP_PER_SWEEP = 25;

/**
 * The outbox of changes Jira did not follow (it was busy, or the function died between storage
 * and Jira): Jira's priority and the indexed mirror are brought up to the record, as the app.
 * What is still busy stays marked for the next sweep; an issue that is gone is forgotten.
 */
export async function catchUpJira(deps: CatchUpJiraDeps): Promise<{ caughtUp: number; stillBehind: number }> {
  let caughtUp = 0;
  let stillBehind = 0;
  for (const mark of await deps.jiraFollow.behind(CATCH_UP_PER_SWEEP)) {
    try {
      const issue = await deps.jira.issueById(mark.issueId);
      const { record, config } = await deps.store.getWithSettings({ id: mark.issueId, key: issue?.key ?? mark.issueKey });
      if (issue && record) {
        const restriction = await followRestriction(deps.jira, issue, record, config.config);
        if (restriction.kind === 'set')
          await containRestriction(deps.contain, { id: issue.id, key: issue.key, securityLevel: restriction.name }, record, config.config);
        if (mark.followPriority) await followJiraPriority(deps.jira, issue, record, config.config);
        await writeMirror(deps, issue, incidentMirror(record, config.config, deps.now(), config.mirrorKey));
      }
      await deps.jiraFollow.clear(mark.issueId);
      caughtUp++;
    } catch {
      stillBehind++;
    }
  }
  return { caughtUp, stillBehind };
}
