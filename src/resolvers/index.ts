import { buildResolverHandler } from '../platform/forge-resolver';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { editIncident, getIncident, recordLegalFact, triageIncident } from './incident-resolvers';
import { getIntakeOptions, getReportStatus } from './portal-resolvers';
import type { ResolverRequest } from './resolver-request';
import { getSiteStatus } from './site-resolvers';

/** Every resolver definition, by the contract's keys. */
export const resolverDefinitions = {
  [RESOLVER_KEYS.incidentGet]: getIncident,
  [RESOLVER_KEYS.incidentUpdate]: editIncident,
  [RESOLVER_KEYS.incidentTriage]: triageIncident,
  [RESOLVER_KEYS.legalRecord]: recordLegalFact,
  [RESOLVER_KEYS.intakeOptions]: getIntakeOptions,
  [RESOLVER_KEYS.reportStatus]: getReportStatus,
  [RESOLVER_KEYS.siteStatus]: getSiteStatus,
};

export const resolver = buildResolverHandler<ResolverRequest>(resolverDefinitions);
