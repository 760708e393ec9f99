import { kvs } from '@forge/kvs';
import type { IncidentRecord } from '../../domain/incident/incident-record';
import type { IncidentStore } from '../../usecases/ports';
import { storageKeys } from './storage-keys';

/** The incident record in Forge KVS, one key per issue. */
export const incidentStore: IncidentStore = {
  get: (issueId) => kvs.get<IncidentRecord>(storageKeys.incident(issueId)),
  put: (record) => kvs.set(storageKeys.incident(record.issueId), record),
  async create(record) {
    try {
      await kvs.set(storageKeys.incident(record.issueId), record, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch {
      // @forge/kvs defines no code for a create-only conflict; any rejection means "exists" and the
      // caller re-reads (forge-platform.md 7.6). A real outage surfaces on that re-read.
      return false;
    }
  },
};
