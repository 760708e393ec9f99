import { AppError } from '../usecases/app-error';
import type { TrustedContext } from './resolver-request';

export interface IssueCaller {
  issueKey: string;
  accountId: string;
}

/** The issue and user come from the platform's context, never from the payload. */
export function issueCaller(context: TrustedContext): IssueCaller {
  const issueKey = context.extension?.issue?.key;
  const accountId = context.accountId;
  if (!issueKey) throw new AppError('NOT_IN_ISSUE_CONTEXT', 'This action only works on an issue.');
  if (!accountId || accountId === 'unidentified') throw new AppError('FORBIDDEN', 'Log in to Jira to use this.');
  return { issueKey, accountId };
}
