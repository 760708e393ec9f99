import { deleteKeys, entriesWithPrefix } from './kvs-keys';
import type { IncidentPurge } from '../../usecases/lifecycle-ports';
import { storageKeys } from './storage-keys';
import { pagingKeysOf } from './paging-store';

const keysWithPrefix = async (prefix: string): Promise<string[]> => (await entriesWithPrefix(prefix)).map((e) => e.key);

/**
 * Every key the app keeps for one issue, named through storageKeys so a new kind of key is one
 * line here. The statistics contribution is removed by the statistics store (it adjusts the sums).
 */
export const incidentPurge: IncidentPurge = {
  async purge(issueId, incidentOfFollowUp) {
    const exact = [
      storageKeys.incident(issueId),
      storageKeys.intake(issueId),
      storageKeys.timelineHead(issueId),
      storageKeys.followUpOf(issueId),
      storageKeys.jiraBehind(issueId),
      ...pagingKeysOf(issueId),
      storageKeys.stakeholderCadence(issueId),
      storageKeys.stakeholderLock(issueId),
      ...(incidentOfFollowUp ? [storageKeys.followUp(incidentOfFollowUp, issueId)] : []),
    ];
    const prefixes = [
      storageKeys.priorityChangesOf(issueId),
      storageKeys.statusChangesOf(issueId),
      storageKeys.timelineOf(issueId),
      storageKeys.stakeholderUpdatesOf(issueId),
      storageKeys.followUpsOf(issueId),
      storageKeys.reportSectionsOfIssue(issueId),
      storageKeys.reportPublicationsOf(issueId),
      storageKeys.escalationStepsOf(issueId),
      storageKeys.closedNoticesOf(issueId),
      storageKeys.intakeTakeoversOf(issueId),
      storageKeys.authorEntriesOf(issueId),
      storageKeys.followUpClaimsOf(issueId),
      storageKeys.followUpPlacesOf(issueId),
      storageKeys.exerciseRequestsOf(issueId),
    ];
    // Scheduled looks are keyed by time first: the issue's are found among all of them.
    const dueEntries = (await keysWithPrefix(storageKeys.dueEntries())).filter((k) => k.endsWith(`:${issueId}`));
    const keys = [...exact, ...dueEntries, ...(await Promise.all(prefixes.map(keysWithPrefix))).flat()];
    await deleteKeys(keys);
    return keys.length;
  },
};
