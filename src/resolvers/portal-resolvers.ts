import { jiraAsApp, jiraAsUser } from '../platform/jira/jira-issue-service';
import { configStore } from '../platform/storage/config-store';
import { incidentStore } from '../platform/storage/incident-store';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { AppError } from '../usecases/app-error';
import { loadIntakeOptions } from '../usecases/load-intake-options';
import { loadReportStatus, reporterOnly, type RequestReader } from '../usecases/load-report-status';
import { emptyPayload } from './payload-schemas';
import type { ResolverRequest, TrustedContext } from './resolver-request';
import { toEnvelope } from './to-envelope';

/** The taxonomy is not secret: the portal form may be shown to anyone the portal admits. */
export const getIntakeOptions = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.intakeOptions, async () => {
    emptyPayload.parse(payload ?? {});
    return loadIntakeOptions(configStore, context.extension?.request?.typeId ?? null);
  });

/** The request key comes from the portal module's context (extension.request.key), never the payload. */
export const getReportStatus = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.reportStatus, async () => {
    emptyPayload.parse(payload ?? {});
    const requestKey = context.extension?.request?.key;
    if (!requestKey) throw new AppError('NOT_IN_ISSUE_CONTEXT', 'This only works on a request page.');
    const accountId = context.accountId;
    if (!accountId || accountId === 'unidentified' || context.accountType === 'anonymous')
      throw new AppError('FORBIDDEN', 'Log in to the help center to see your request.');
    return loadReportStatus({ jira: requestReaderFor(context, accountId), store: incidentStore }, requestKey);
  });

/**
 * Licensed users and JSM customers can make asUser() calls, so Jira decides what they see. Anyone
 * else on the portal (an employee with a Jira licence but no JSM agent licence is `unlicensed`
 * there) has no asUser(): the app reads as itself and shows the request only to its reporter. A
 * context without an accountType takes that stricter path too.
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/
 */
function requestReaderFor(context: TrustedContext, accountId: string): RequestReader {
  const canActAsUser = context.accountType === 'licensed' || context.accountType === 'customer';
  return canActAsUser ? jiraAsUser : reporterOnly(jiraAsApp, accountId);
}
