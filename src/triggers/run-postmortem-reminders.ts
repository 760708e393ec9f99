import { nowIso } from '../platform/clock';
import { jiraAsApp } from '../platform/jira/jira-issue-service';
import { logEvent } from '../platform/log';
import { escalationLedger } from '../platform/storage/escalation-ledger';
import { incidentStore } from '../platform/storage/incident-store';
import { remindPostmortems } from '../usecases/remind-postmortems';

/** The daily scheduled trigger: reminds owners of postmortems that are due. Runs have no user. */
export async function runPostmortemReminders(): Promise<void> {
  const result = await remindPostmortems({ jira: jiraAsApp, store: incidentStore, ledger: escalationLedger, now: nowIso });
  logEvent('scheduled.postmortem-reminders', result);
}
