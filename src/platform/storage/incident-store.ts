import { kvs, WhereConditions } from '@forge/kvs';
import type { IncidentRecord, JiraPriorityChange } from '../../domain/incident/incident-record';
import type { IncidentStore, IntakeProgress } from '../../usecases/ports';
import { readStoredConfig } from './config-store';
import { storageKeys } from './storage-keys';

/** KVS answers at most 100 keys per query page. */
const PAGE = 100;

/** The incident record in Forge KVS, one key per issue, plus its append-only priority changes. */
export const incidentStore: IncidentStore = {
  get: (issueId) => kvs.get<IncidentRecord>(storageKeys.incident(issueId)),
  async getWithSettings(issueId) {
    const recordKey = storageKeys.incident(issueId);
    const configKey = storageKeys.config();
    const intakeKey = storageKeys.intake(issueId);
    const batch = await kvs.batchGet<unknown>([{ key: recordKey }, { key: configKey }, { key: intakeKey }]);
    const failed = batch.failedKeys.filter((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed.length > 0) throw new Error(`Forge storage could not read ${failed.map((f) => f.key).join(', ')}: ${failed[0]!.error.message}`);
    const value = (key: string) => batch.successfulKeys.find((k) => k.key === key)?.value;
    return { record: value(recordKey) as IncidentRecord | undefined, config: readStoredConfig(value(configKey)), intake: value(intakeKey) as IntakeProgress | undefined };
  },
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
  addPriorityChange: (issueId, change) => kvs.set(storageKeys.priorityChange(issueId, change.changelogId), change),
  async priorityChanges(issueId) {
    const changes: JiraPriorityChange[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith(storageKeys.priorityChangesOf(issueId))).limit(PAGE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<JiraPriorityChange>();
      changes.push(...page.results.map((r) => r.value));
      cursor = page.nextCursor;
    } while (cursor);
    return changes;
  },
};
