import { jiraAsUser } from '../platform/jira/jira-issue-service';
import { configStore } from '../platform/storage/config-store';
import { incidentStore } from '../platform/storage/incident-store';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { AppError } from '../usecases/app-error';
import { loadIntakeOptions } from '../usecases/load-intake-options';
import { loadReportStatus } from '../usecases/load-report-status';
import { emptyPayload } from './payload-schemas';
import type { ResolverRequest } from './resolver-request';
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
    if (!context.accountId || context.accountId === 'unidentified') throw new AppError('FORBIDDEN', 'Log in to the help center to see your request.');
    return loadReportStatus({ jira: jiraAsUser, store: incidentStore }, requestKey);
  });
