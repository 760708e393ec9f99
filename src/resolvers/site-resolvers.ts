import { jiraAsUser } from '../platform/jira/jira-issue-service';
import { sweepLedger } from '../platform/storage/sweep-ledger';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { AppError } from '../usecases/app-error';
import { emptyPayload } from './payload-schemas';
import type { ResolverRequest } from './resolver-request';
import { toEnvelope } from './to-envelope';

/** Module keys allowed to call admin definitions: every module wired to the function can call all of them. */
const ADMIN_MODULES = new Set(['incident-settings']);

export const getSiteStatus = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.siteStatus, async () => {
    emptyPayload.parse(payload ?? {});
    if (!context.moduleKey || !ADMIN_MODULES.has(context.moduleKey)) throw new AppError('FORBIDDEN', 'Only the settings page can read this.');
    const { ADMINISTER } = await jiraAsUser.permissions(['ADMINISTER']);
    if (!ADMINISTER) throw new AppError('FORBIDDEN', 'Only Jira administrators can see the app settings.');
    return { lastSweep: await sweepLedger.last(), isAdmin: true };
  });
