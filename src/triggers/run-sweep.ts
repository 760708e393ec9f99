import { nowIso } from '../platform/clock';
import { jiraAsApp } from '../platform/jira/jira-issue-service';
import { readerWords } from '../platform/i18n/reader-words';
import { logEvent } from '../platform/log';
import { escalationLedger } from '../platform/storage/escalation-ledger';
import { configStore } from '../platform/storage/config-store';
import { dueQueue } from '../platform/storage/due-queue';
import { jiraFollowLedger } from '../platform/storage/jira-follow-ledger';
import { incidentStore } from '../platform/storage/incident-store';
import { sweepLedger } from '../platform/storage/sweep-ledger';
import { timelineStore } from '../platform/storage/timeline-store';
import { runSweep as sweep } from '../usecases/run-sweep';
import { refreshStatsQuietly } from '../platform/stats-wiring';
import { containDeps } from '../platform/restriction-wiring';
import { pagingJiraAsApp, pagingStore } from '../platform/paging-wiring';
import { stakeholderJiraAsApp, stakeholderStore } from '../platform/stakeholder-wiring';

/** The fiveMinute scheduled trigger. Runs have no user; a duplicated run claims nothing. */
export async function runSweep(): Promise<void> {
  const result = await sweep({
    sweeps: sweepLedger,
    jira: jiraAsApp,
    store: incidentStore,
    ledger: escalationLedger,
    timeline: timelineStore,
    jiraFollow: jiraFollowLedger,
    due: dueQueue,
    config: configStore,
    contain: containDeps,
    now: nowIso,
    log: logEvent,
    afterChange: (issueId) => refreshStatsQuietly(issueId, 'record'),
    paging: pagingStore,
    pagingJira: pagingJiraAsApp,
    stakeholders: stakeholderStore,
    stakeholderJira: stakeholderJiraAsApp,
    words: readerWords,
  });
  logEvent('scheduled.sweep', {
    window: result.window,
    ran: result.ran,
    ...(result.ran
      ? {
          ...result.clocks,
          jiraCaughtUp: result.jira.caughtUp,
          jiraBehind: result.jira.stillBehind,
          restrictionsChecked: result.restrictions.checked,
          restricted: result.restrictions.restricted,
          mirrorsChecked: result.patrol.checked,
          mirrorsRestored: result.patrol.restored,
          pagingOpen: result.paging.open,
          paged: result.paging.paged,
          pagingSkipped: result.paging.skipped,
          pagingWaiting: result.paging.waiting,
          pagingEnded: result.paging.ended,
          pagingFailed: result.paging.failed,
          stakeholdersReminded: result.stakeholders.reminded,
          stakeholdersFailed: result.stakeholders.failed,
        }
      : {}),
  });
}
