import { nowIso } from '../platform/clock';
import { jiraAsUser } from '../platform/jira/jira-issue-service';
import { stakeholderNotifierAsUser, stakeholderStore } from '../platform/stakeholder-wiring';
import { refreshStatsQuietly } from '../platform/stats-wiring';
import { authorLedger } from '../platform/storage/author-ledger';
import { incidentStore } from '../platform/storage/incident-store';
import { timelineStore } from '../platform/storage/timeline-store';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { loadStakeholderUpdates, sendStakeholderUpdate, snoozeStakeholderReminder } from '../usecases/stakeholder-updates';
import { issueCaller } from './issue-context';
import { emptyPayload } from './payload-schemas';
import type { ResolverRequest } from './resolver-request';
import { stakeholderSnoozePayload, stakeholderUpdatePayload } from './stakeholder-payloads';
import { toEnvelope } from './to-envelope';

/** The user's Jira for the permission checks and the notification: an update is the sender's. */
const deps = {
  jira: jiraAsUser,
  store: incidentStore,
  stakeholders: stakeholderStore,
  notifier: stakeholderNotifierAsUser,
  timeline: timelineStore,
  authors: authorLedger,
  now: nowIso,
  // The statistics count how often the cadence was kept.
  afterChange: (issueId: string) => refreshStatsQuietly(issueId, 'record'),
};

export const getStakeholderUpdates = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.stakeholderUpdateGet, async () => {
    const { issueKey } = issueCaller(context);
    emptyPayload.parse(payload ?? {});
    return loadStakeholderUpdates(deps, issueKey);
  });

export const sendStakeholderUpdateNow = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.stakeholderUpdateSend, async () => {
    const { issueKey, accountId } = issueCaller(context);
    return sendStakeholderUpdate(deps, issueKey, accountId, stakeholderUpdatePayload.parse(payload));
  });

export const snoozeStakeholderUpdate = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.stakeholderUpdateSnooze, async () => {
    const { issueKey, accountId } = issueCaller(context);
    return snoozeStakeholderReminder(deps, issueKey, accountId, stakeholderSnoozePayload.parse(payload));
  });
