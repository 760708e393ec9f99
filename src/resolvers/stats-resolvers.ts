import { nowIso } from '../platform/clock';
import { statsViewerJira } from '../platform/jira/jira-stats-viewer';
import { statsStore } from '../platform/storage/stats-store';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { AppError } from '../usecases/app-error';
import { loadStats, loadStatsExport, loadStatsIncidents } from '../usecases/load-stats';
import type { ResolverRequest } from './resolver-request';
import { readConfig } from '../shared/gadget-config';
import { emptyPayload } from './payload-schemas';
import { statsQueryPayload } from './stats-payloads';
import { toEnvelope } from './to-envelope';

const deps = { stats: statsStore, jira: statsViewerJira, now: nowIso };

/**
 * Only the gadget asks for statistics; the viewer is the context's account, never the payload's.
 * What it shows (projects, period, whether names are hidden) is the gadget's saved configuration,
 * from the trusted context: the payload carries nothing, so a viewer cannot unhide names or widen
 * the projects by sending a different query.
 */
function gadgetQuery(context: ResolverRequest['context'], payload: unknown) {
  if (context.moduleKey !== 'incident-statistics') throw new AppError('FORBIDDEN', 'Only the statistics gadget can read this.');
  if (!context.accountId) throw new AppError('FORBIDDEN', 'Sign in to see the statistics.');
  emptyPayload.parse(payload ?? {});
  return statsQueryPayload.parse(readConfig(context.extension?.gadgetConfiguration));
}

export const getStats = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.statsGet, async () => loadStats(deps, gadgetQuery(context, payload), context.accountId ?? null));

export const getStatsIncidents = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.statsIncidents, async () => loadStatsIncidents(deps, gadgetQuery(context, payload)));

export const getStatsExport = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.statsExport, async () => loadStatsExport(deps, gadgetQuery(context, payload)));
