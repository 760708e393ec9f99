/**
 * Calls a resolver through the real @forge/bridge and always returns the shared envelope: a
 * bridge or network failure becomes an INTERNAL error the UI can show, never an unhandled throw.
 */
import { invoke } from '@forge/bridge';
import type { Envelope } from '../../src/shared/envelope';
import type { ResolverContract, ResolverKey } from '../../src/shared/resolver-contract';
import type { ClientErrorBody } from './client-error';

/** Forge refuses an invoke request over 500 KB before the app runs; say so here, in words, instead. */
const MAX_REQUEST_BYTES = 500_000;

export async function invokeResolver<K extends ResolverKey>(key: K, payload: ResolverContract[K]['payload']): Promise<ResolverContract[K]['result']> {
  const bytes = new Blob([JSON.stringify(payload ?? null)]).size;
  if (bytes > MAX_REQUEST_BYTES) {
    const size = Math.ceil(bytes / 1000);
    const limit = MAX_REQUEST_BYTES / 1000;
    const error: ClientErrorBody = {
      code: 'VALIDATION_FAILED',
      message: `This is too large to send (${size} kB; at most ${limit} kB). Shorten it; nothing was saved.`,
      messageKey: 'common.request.tooLarge',
      values: { size, limit },
    };
    const tooLarge: Envelope<never> = { ok: false, error };
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
    return refusal({
      code: 'FORBIDDEN',
      message: 'You do not have access to this app here: it is for people with a Jira licence on this site. A Jira administrator can give you one.',
      messageKey: 'common.request.noAccess',
    });
  if (/too large|\b413\b|payload/i.test(detail))
    return refusal({
      code: 'INTERNAL',
      message: 'The answer was too large to send. Narrow what you asked for (a shorter period, fewer projects) and try again.',
      messageKey: 'common.request.answerTooLarge',
    });
  return refusal({
    code: 'INTERNAL',
    message: `Could not reach the app (${detail}). Check your connection and try again.`,
    messageKey: 'common.request.unreachable',
    values: { detail },
  });
}

/** The source-locale message stays for callers that show `message` as it is; the error views translate the key (client-error.ts). */
const refusal = (error: ClientErrorBody): Envelope<never> => ({ ok: false, error });
