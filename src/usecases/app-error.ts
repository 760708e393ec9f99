import type { ErrorCode } from '../shared/envelope';

/** An expected failure with a code the UI understands; anything else is reported as INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The CONFLICT for a stale revision: nobody silently overwrites a colleague's change. */
export const staleRevision = (currentRevision: number) =>
  new AppError('CONFLICT', `Someone changed this incident meanwhile (now revision ${currentRevision}). Reload to see their change.`);
