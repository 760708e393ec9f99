import { kvs, WhereConditions } from './kvs-client';
import type { ReportStore, StoredFollowUp, StoredPublication, StoredSection } from '../../usecases/report-ports';
import { createOnly } from './create-only';
import { releaseLeases, takeLease } from './lease';
import { storageKeys } from './storage-keys';

type Written = StoredSection;

/** Reports in Forge KVS; every write touches one key of its own. */
export const reportStore: ReportStore = {
  async written(issueId, kind) {
    const prefix = storageKeys.reportSectionsOf(issueId, kind);
    // A template has at most 20 sections: one query page.
    const page = await kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100).getMany<Written>();
    return Object.fromEntries(page.results.map((r) => [r.key.slice(prefix.length), r.value]));
  },
  async saveSectionIfRevision(issueId, kind, sectionId, value, basedOn) {
    const lock = storageKeys.reportSectionLock(issueId, kind, sectionId);
    const key = storageKeys.reportSection(issueId, kind, sectionId);
    if (!(await takeLease(lock))) return { saved: false, current: await kvs.get<Written>(key) };
    try {
      const current = await kvs.get<Written>(key);
      const revision = current ? (current.revision ?? 1) : 0;
      if (revision !== basedOn) return { saved: false, current };
      await kvs.set(key, value);
      return { saved: true };
    } finally {
      await releaseLeases([lock]);
    }
  },
  publication: (issueId, kind) => kvs.get<StoredPublication>(storageKeys.reportPublication(issueId, kind)),
  claimPublication: (issueId, kind, claim) => createOnly(storageKeys.reportPublication(issueId, kind), claim),
  putPublication: (issueId, kind, publication) => kvs.set(storageKeys.reportPublication(issueId, kind), publication),
  releasePublication: (issueId, kind) => kvs.delete(storageKeys.reportPublication(issueId, kind)),
  async postmortemUrls(issueIds) {
    const urls = new Map<string, string>();
    if (issueIds.length === 0) return urls;
    const batch = await kvs.batchGet<StoredPublication>(issueIds.slice(0, 25).map((id) => ({ key: storageKeys.reportPublication(id, 'postmortem') })));
    for (const k of batch.successfulKeys) {
      const issueId = issueIds.find((id) => storageKeys.reportPublication(id, 'postmortem') === k.key);
      const url = (k.value as StoredPublication).url;
      if (issueId && url) urls.set(issueId, url);
    }
    return urls;
  },
  async followUps(issueId) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(storageKeys.followUpsOf(issueId)))
      .limit(100)
      .getMany<StoredFollowUp>();
    return page.results.map((r) => r.value).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  },
  // The reverse key lets a worklog on the follow-up count as the incident's work (statistics).
  addFollowUp: (issueId, followUp) =>
    kvs.transact().set(storageKeys.followUp(issueId, followUp.issueId), followUp).set(storageKeys.followUpOf(followUp.issueId), issueId).execute(),
};
