/**
 * Calls a resolver through the real @forge/bridge and always returns the shared envelope: a
 * bridge or network failure becomes an INTERNAL error the UI can show, never an unhandled throw.
 */
import { invoke } from '@forge/bridge';
import type { Envelope } from '../../src/shared/envelope';
import type { ResolverContract, ResolverKey } from '../../src/shared/resolver-contract';

/** Forge refuses an invoke request over 500 KB before the app runs; say so here, in words, instead. */
const MAX_REQUEST_BYTES = 500_000;

export async function invokeResolver<K extends ResolverKey>(key: K, payload: ResolverContract[K]['payload']): Promise<ResolverContract[K]['result']> {
  const bytes = new Blob([JSON.stringify(payload ?? null)]).size;
  if (bytes > MAX_REQUEST_BYTES) {
    const tooLarge: Envelope<never> = {
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: `This is too large to send (${Math.ceil(bytes / 1000)} kB; at most ${MAX_REQUEST_BYTES / 1000} kB). Shorten it; nothing was saved.`,
      },
    };
    return tooLarge as ResolverContract[K]['result'];
  }
  try {
    return (await invoke(key, payload as Record<string, unknown>)) as ResolverContract[K]['result'];
  } catch (e) {
    return platformRefusal(e instanceof Error ? e.message : String(e)) as ResolverContract[K]['result'];
  }
}

/**
 * Why Forge did not run the app, named as it is: the platform refuses people without access (an
 * unlicensed user on a module that does not allow them) and oversized answers before the app runs;
 * only what is left is a connection problem.
 */
export function platformRefusal(detail: string): Envelope<never> {
  if (/licen|forbidden|\b403\b|access/i.test(detail))
    return {
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'You do not have access to this app here: it is for people with a Jira licence on this site. A Jira administrator can give you one.',
      },
    };
  if (/too large|\b413\b|payload/i.test(detail))
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'The answer was too large to send. Narrow what you asked for (a shorter period, fewer projects) and try again.' },
    };
  return { ok: false, error: { code: 'INTERNAL', message: `Could not reach the app (${detail}). Check your connection and try again.` } };
}
