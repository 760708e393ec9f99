/**
 * Calls a resolver through the real @forge/bridge and always returns the shared envelope: a
 * bridge or network failure becomes an INTERNAL error the UI can show, never an unhandled throw.
 */
import { invoke } from '@forge/bridge';
import type { Envelope } from '../../src/shared/envelope';
import type { ResolverContract, ResolverKey } from '../../src/shared/resolver-contract';

export async function invokeResolver<K extends ResolverKey>(key: K, payload: ResolverContract[K]['payload']): Promise<ResolverContract[K]['result']> {
  try {
    return (await invoke(key, payload as Record<string, unknown>)) as ResolverContract[K]['result'];
  } catch (e) {
    const failure: Envelope<never> = { ok: false, error: { code: 'INTERNAL', message: `Could not reach the app (${e instanceof Error ? e.message : 'unknown error'}). Check your connection and try again.` } };
    return failure as ResolverContract[K]['result'];
  }
}
