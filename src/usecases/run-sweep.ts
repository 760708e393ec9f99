import { sweepWindowId } from '../domain/scheduling/sweep-window';
import { type EscalateClocksDeps, type EscalationSummary, escalateClocks } from './escalate-clocks';
import { catchUpJira, type CatchUpJiraDeps } from './catch-up-jira';
import { patrolMirrors, type PatrolMirrorsDeps } from './patrol-mirrors';
import { recheckRestrictions, type RecheckRestrictionsDeps } from './recheck-restrictions';
import { pageOnCall, type PageOnCallDeps, type PagingSummary } from './page-on-call';
import type { SweepLedger } from './ports';
import { remindStakeholderUpdates, type RemindStakeholderUpdatesDeps, type StakeholderReminderSummary } from './remind-stakeholder-updates';

export interface RunSweepDeps
  extends EscalateClocksDeps, CatchUpJiraDeps, PatrolMirrorsDeps, RecheckRestrictionsDeps, PageOnCallDeps, RemindStakeholderUpdatesDeps {
  sweeps: SweepLedger;
}

export type SweepResult =
  | {
      ran: true;
      window: string;
      clocks: EscalationSummary;
      paging: PagingSummary;
      stakeholders: StakeholderReminderSummary;
      jira: { caughtUp: number; stillBehind: number };
      restrictions: { checked: number; restricted: number };
      patrol: { checked: number; restored: number };
    }
  | { ran: false; window: string; reason: 'already-ran' };

/**
 * The five-minute sweep. Forge may run a scheduled trigger twice for one slot, so each window is
 * claimed once; a claimed window escalates the SLA clocks and legal deadlines that fell due and
 * pages the people on call for incidents nobody has acknowledged.
 */
export async function runSweep(deps: RunSweepDeps): Promise<SweepResult> {
  const now = deps.now();
  const window = sweepWindowId(now, 5);
  const claimed = await deps.sweeps.claim(window, now);
  if (!claimed) return { ran: false, window, reason: 'already-ran' };
  // Jira first catches up with changes it missed, so the escalations search sees current mirrors.
  const jira = await catchUpJira(deps);
  const clocks = await escalateClocks(deps);
  // People on call are paged in the same run that escalates clocks: a page waits at most five minutes.
  const paging = await pageOnCall(deps).catch((e: unknown) => {
    deps.log('paging.sweep.failed', { error: String(e) });
    return { open: 0, paged: 0, skipped: 0, waiting: 0, ended: 0, failed: 1 };
  });
  // After paging, and allowed to fail like it: the commander hears that a stakeholder update is due.
  const stakeholders = await remindStakeholderUpdates(deps).catch((e: unknown) => {
    deps.log('stakeholders.sweep.failed', { error: String(e) });
    return { tracked: 0, reminded: 0, dropped: 0, failed: 1 };
  });
  // Allowed to fail (the next run does it again): the required levels against the current settings,
  // on the page of records the patrol is about to compare.
  const restrictions = await recheckRestrictions(deps).catch(() => ({ checked: 0, restricted: 0 }));
  // Last, and allowed to fail: the patrol repairs edited mirrors, the next run continues it.
  const patrol = await patrolMirrors(deps).catch(() => ({ checked: 0, restored: 0 }));
  return { ran: true, window, clocks, paging, stakeholders, jira, restrictions, patrol };
}
