import { kvs, WhereConditions } from './kvs-client';
import type { IncidentRecord, JiraPriorityChange } from '../../domain/incident/incident-record';
import type { StatusChangeFact } from '../../domain/sla/sla-facts';
import type { ChainLink } from '../../domain/timeline/timeline-entry';
import type { IncidentStore, IntakeProgress } from '../../usecases/ports';
import type { ConfigReading } from '../../domain/config/app-config-schema';
import { configForProject, projectKeyOf } from '../../domain/config/project-overrides';
import { readStoredConfig } from './config-store';
import { batchValues, entriesWithPrefix } from './kvs-keys';
import { releaseLeases, takeLease } from './lease';
import { storageKeys } from './storage-keys';
import { mirrorKeyFrom } from './mirror-key';

/** KVS answers at most 100 keys per query page. */
const PAGE = 100;

const valuesWithPrefix = async <T>(prefix: string): Promise<T[]> => (await entriesWithPrefix<T>(prefix)).map((e) => e.value);

/** The incident record in Forge KVS, one key per issue, plus its append-only priority and status changes. */
const forProject = (reading: ConfigReading, projectKey: string): ConfigReading => ({ ...reading, config: configForProject(reading.config, projectKey) });

export const incidentStore: IncidentStore = {
  get: (issueId) => kvs.get<IncidentRecord>(storageKeys.incident(issueId)),
  async getWithSettings({ id: issueId, key }) {
    const recordKey = storageKeys.incident(issueId);
    const configKey = storageKeys.config();
    const intakeKey = storageKeys.intake(issueId);
    const headKey = storageKeys.timelineHead(issueId);
    const values = await batchValues([recordKey, configKey, intakeKey, headKey, storageKeys.mirrorKey()]);
    return {
      record: values.get(recordKey) as IncidentRecord | undefined,
      config: {
        ...forProject(readStoredConfig(values.get(configKey)), projectKeyOf(key)),
        mirrorKey: await mirrorKeyFrom(values.get(storageKeys.mirrorKey())),
      },
      intake: values.get(intakeKey) as IntakeProgress | undefined,
      timelineHead: (values.get(headKey) as ChainLink | undefined) ?? null,
    };
  },
  async getManyWithSettings(issueIds) {
    const values = await batchValues([storageKeys.config(), storageKeys.mirrorKey(), ...issueIds.map(storageKeys.incident)]);
    const records = new Map<string, IncidentRecord>();
    for (const id of issueIds) {
      const record = values.get(storageKeys.incident(id)) as IncidentRecord | undefined;
      if (record) records.set(id, record);
    }
    return { records, config: { ...readStoredConfig(values.get(storageKeys.config())), mirrorKey: await mirrorKeyFrom(values.get(storageKeys.mirrorKey())) } };
  },
  put: (record) => kvs.set(storageKeys.incident(record.issueId), record),
  async page(cursor, limit) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(storageKeys.incidentAll())).limit(Math.min(limit, PAGE));
    if (cursor) query = query.cursor(cursor);
    const result = await query.getMany<IncidentRecord>();
    return { records: result.results.map((r) => r.value), next: result.nextCursor ?? null };
  },
  patrolCursor: async () => (await kvs.get<{ cursor: string | null }>(storageKeys.mirrorPatrol()))?.cursor ?? null,
  setPatrolCursor: (cursor) => kvs.set(storageKeys.mirrorPatrol(), { cursor }),
  async putIfRevision(record, basedOn) {
    const lock = storageKeys.recordLock(record.issueId);
    if (!(await takeLease(lock))) return { saved: false, currentRevision: basedOn };
    try {
      const stored = await kvs.get<IncidentRecord>(storageKeys.incident(record.issueId));
      const currentRevision = stored?.revision ?? 0;
      if (currentRevision !== basedOn) return { saved: false, currentRevision };
      await kvs.set(storageKeys.incident(record.issueId), record);
      return { saved: true };
    } finally {
      await releaseLeases([lock]);
    }
  },
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
  priorityChanges: (issueId) => valuesWithPrefix<JiraPriorityChange>(storageKeys.priorityChangesOf(issueId)),
  addStatusChange: (issueId, change) => kvs.set(storageKeys.statusChange(issueId, change.id), change),
  statusChanges: (issueId) => valuesWithPrefix<StatusChangeFact>(storageKeys.statusChangesOf(issueId)),
};
