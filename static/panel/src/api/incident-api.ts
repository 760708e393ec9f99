/** One typed wrapper per resolver the panel calls. */
import { invokeResolver } from '../../../common/invoke-resolver';
import type { IncidentEdit, IncidentTriageDecision, LegalRecordAction } from '../../../../src/shared/resolver-contract';
import { RESOLVER_KEYS } from '../../../../src/shared/resolver-contract';

export const getIncident = () => invokeResolver(RESOLVER_KEYS.incidentGet, {});
export const updateIncident = (edit: IncidentEdit) => invokeResolver(RESOLVER_KEYS.incidentUpdate, edit);
export const triageIncident = (decision: IncidentTriageDecision) => invokeResolver(RESOLVER_KEYS.incidentTriage, decision);
export const recordLegal = (action: LegalRecordAction) => invokeResolver(RESOLVER_KEYS.legalRecord, action);
