/**
 * One response envelope for every resolver, shared with the UIs (gitlab-for-compass style):
 * resolvers never throw across the bridge, so a UI always gets a code it can act on.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_IN_ISSUE_CONTEXT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PLATFORM_ERROR',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level problems for VALIDATION_FAILED: path -> message. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error });
