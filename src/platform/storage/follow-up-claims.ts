import { kvs } from './kvs-client';
import type { FollowUpClaims } from '../../usecases/follow-ups';
import { createOnly } from './create-only';
import { deleteKeys } from './kvs-keys';
import { storageKeys } from './storage-keys';

/** A claim whose creation never finished (the function was stopped) frees its summary after this. */
const STALE_MS = 120_000;

/**
 * Create-only keys: one per follow-up summary of an incident (the same request twice makes one) and
 * one per place of its `max` (numbered, so concurrent requests cannot pass the cap together).
 */
export const followUpClaims: FollowUpClaims = {
  async claim(issueId, identity, firstFree, max) {
    const summaryKey = storageKeys.followUpClaim(issueId, identity);
    if (!(await createOnly(summaryKey, { at: Date.now() }))) {
      const held = await kvs.get<{ at: number }>(summaryKey);
      if (!held || held.at > Date.now() - STALE_MS) return { kind: 'duplicate' };
      await kvs.delete(summaryKey);
      if (!(await createOnly(summaryKey, { at: Date.now() }))) return { kind: 'duplicate' };
    }
    for (let place = firstFree; place <= max; place++) {
      const placeKey = storageKeys.followUpPlace(issueId, place);
      if (await createOnly(placeKey, identity)) return { kind: 'claimed', release: () => deleteKeys([summaryKey, placeKey]) };
    }
    await kvs.delete(summaryKey);
    return { kind: 'full' };
  },
};
