import { nowIso } from '../platform/clock';
import { statsViewerJira } from '../platform/jira/jira-stats-viewer';
import { statsStore } from '../platform/storage/stats-store';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { AppError } from '../usecases/app-error';
import { loadStats, loadStatsIncidents } from '../usecases/load-stats';
import type { ResolverRequest } from './resolver-request';
import { statsQueryPayload } from './stats-payloads';
import { toEnvelope } from './to-envelope';

const deps = { stats: statsStore, jira: statsViewerJira, now: nowIso };

/** Only the gadget asks for statistics; the viewer is the context's account, never the payload's. */
function gadgetCaller(context: ResolverRequest['context']): void {
  if (context.moduleKey !== 'incident-statistics') throw new AppError('FORBIDDEN', 'Only the statistics gadget can read this.');
  if (!context.accountId) throw new AppError('FORBIDDEN', 'Sign in to see the statistics.');
}

export const getStats = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.statsGet, async () => {
    gadgetCaller(context);
    return loadStats(deps, statsQueryPayload.parse(payload));
  });

export const getStatsIncidents = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.statsIncidents, async () => {
    gadgetCaller(context);
    return loadStatsIncidents(deps, statsQueryPayload.parse(payload));
  });
