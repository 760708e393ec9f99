import { kvs } from './kvs-client';
import type { EscalationLedger } from '../../usecases/ports';
import { storageKeys } from './storage-keys';

/**
 * A claim only has to outlive the moment between claiming a step and recording it on the incident
 * record (which is what stops the sweep from finding it again); a month is ample.
 */
const CLAIM_TTL = { value: 30, unit: 'DAYS' } as const;

export const escalationLedger: EscalationLedger = {
  async claim(issueId, steps, at) {
    const claimed = new Set<string>();
    for (const step of steps) {
      try {
        await kvs.set(storageKeys.escalationStep(issueId, step), { at }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: CLAIM_TTL });
        claimed.add(step);
      } catch {
        // Claimed by another run (a create-only conflict has no code of its own; forge-platform.md 7.6).
      }
    }
    return claimed;
  },
  async release(issueId, steps) {
    for (const step of steps) await kvs.delete(storageKeys.escalationStep(issueId, step));
  },
};
