import { ZodError } from 'zod';
import { JiraRequestError } from '../platform/jira/jira-client';
import { logEvent } from '../platform/log';
import { type Envelope, fail, ok } from '../shared/envelope';
import { AppError } from '../usecases/app-error';

/** Runs one resolver body and turns its result or failure into the shared envelope. */
export async function toEnvelope<T>(key: string, body: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return ok(await body());
  } catch (e) {
    return fail(describe(key, e));
  }
}

function describe(key: string, e: unknown) {
  if (e instanceof AppError) return { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) };
  if (e instanceof ZodError) {
    const fields = Object.fromEntries(e.issues.map((i) => [i.path.join('.') || '(payload)', i.message]));
    return { code: 'VALIDATION_FAILED' as const, message: 'The request was not valid; nothing was saved.', fields };
  }
  if (e instanceof JiraRequestError) {
    logEvent('resolver.jira-error', { key, status: e.status });
    if (e.status === 0) return { code: 'PLATFORM_ERROR' as const, message: 'Jira did not answer in time. Nothing was lost; try again.' };
    if (e.status === 429) return { code: 'RATE_LIMITED' as const, message: `Jira is busy; try again in ${e.retryAfterSeconds ?? 'a few'} seconds.` };
    if (e.status === 403) return { code: 'FORBIDDEN' as const, message: 'Jira refused this change for your account.' };
    return { code: 'PLATFORM_ERROR' as const, message: `Jira answered ${e.status}. Nothing was lost; try again.` };
  }
  logEvent('resolver.internal-error', { key, name: e instanceof Error ? e.name : typeof e });
  return { code: 'INTERNAL' as const, message: 'Something went wrong on our side. Try again; if it persists, tell your Jira admin.' };
}
