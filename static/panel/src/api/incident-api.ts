/** One typed wrapper per resolver the panel calls. */
import { invokeResolver } from '../../../common/invoke-resolver';
import type { IncidentEdit, IncidentTriageDecision, LegalRecordAction, ResponseRecordAction, TimelineAddInput } from '../../../../src/shared/resolver-contract';
import { RESOLVER_KEYS } from '../../../../src/shared/resolver-contract';

export const getIncident = () => invokeResolver(RESOLVER_KEYS.incidentGet, {});
export const updateIncident = (edit: IncidentEdit) => invokeResolver(RESOLVER_KEYS.incidentUpdate, edit);
export const triageIncident = (decision: IncidentTriageDecision) => invokeResolver(RESOLVER_KEYS.incidentTriage, decision);
export const recordLegal = (action: LegalRecordAction) => invokeResolver(RESOLVER_KEYS.legalRecord, action);
export const recordResponse = (action: ResponseRecordAction) => invokeResolver(RESOLVER_KEYS.responseRecord, action);
export const addTimelineEntry = (input: TimelineAddInput) => invokeResolver(RESOLVER_KEYS.timelineAdd, input);
export const timelinePage = (block: number) => invokeResolver(RESOLVER_KEYS.timelinePage, { block });
export const verifyTimeline = () => invokeResolver(RESOLVER_KEYS.timelineVerify, {});
export const exportTimeline = (format: 'json' | 'markdown') => invokeResolver(RESOLVER_KEYS.timelineExport, { format });
export const createExercise = (kind: 'tabletop' | 'drill') => invokeResolver(RESOLVER_KEYS.exerciseCreate, { kind });
