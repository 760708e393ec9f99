/**
 * What every path that changes an incident as a person gives its use case: the user's Jira, storage,
 * and what follows a change (statistics, restriction, paging). One object, so the panel's resolvers
 * and Jira Automation's actions cannot drift apart (an action once lacked paging this way).
 */
import { nowIso } from './clock';
import { jiraAsApp, jiraAsUser } from './jira/jira-issue-service';
import { pagingStore } from './paging-wiring';
import { stakeholderStore } from './stakeholder-wiring';
import { containDeps } from './restriction-wiring';
import { refreshStatsQuietly } from './stats-wiring';
import { authorLedger } from './storage/author-ledger';
import { dueQueue } from './storage/due-queue';
import { incidentStore } from './storage/incident-store';
import { jiraFollowLedger } from './storage/jira-follow-ledger';
import { timelineStore } from './storage/timeline-store';

export const incidentChangeDeps = {
  jira: jiraAsUser,
  jiraApp: jiraAsApp,
  contain: containDeps,
  store: incidentStore,
  timeline: timelineStore,
  now: nowIso,
  afterChange: refreshStatsQuietly,
  jiraFollow: jiraFollowLedger,
  due: dueQueue,
  authors: authorLedger,
  // Confirming, declaring or raising the level of an incident begins (or re-evaluates) its paging.
  paging: pagingStore,
  // A confirmed incident at a level with a cadence joins the stakeholder reminders' index.
  stakeholders: stakeholderStore,
};
