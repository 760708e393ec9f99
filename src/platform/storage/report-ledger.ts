import { kvs } from './kvs-client';
import type { ReportLedger, IntakeProgress } from '../../usecases/ports';
import { createOnly } from './create-only';
import { storageKeys } from './storage-keys';

/** Per-report bookkeeping: intake progress, and the once-only claims for close notices. */
export const reportLedger: ReportLedger = {
  get: (issueId) => kvs.get<IntakeProgress>(storageKeys.intake(issueId)),
  put: (issueId, progress) => kvs.set(storageKeys.intake(issueId), progress),
  claim: (issueId, startedAt) => createOnly(storageKeys.intake(issueId), { startedAt, completedAt: null, notes: [] } satisfies IntakeProgress),
  claimTakeover: (issueId, startedAt) => createOnly(storageKeys.intakeTakeover(issueId, startedAt), { startedAt }),
  async claimClosedNotice(issueId, closedAt, at) {
    try {
      await kvs.set(storageKeys.closedNotice(issueId, closedAt), { at }, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch {
      return false;
    }
  },
  releaseClosedNotice: (issueId, closedAt) => kvs.delete(storageKeys.closedNotice(issueId, closedAt)),
};
