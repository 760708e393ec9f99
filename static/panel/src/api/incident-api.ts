/** One typed wrapper per resolver the panel calls. */
import { invokeResolver } from '../../../common/invoke-resolver';
import type {
  IncidentEdit,
  IncidentTriageDecision,
  LegalRecordAction,
  ReportKindView,
  ReportSectionInput,
  ResponseRecordAction,
  TimelineAddInput,
} from '../../../../src/shared/resolver-contract';
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
export const getReport = (kind: ReportKindView) => invokeResolver(RESOLVER_KEYS.postmortemGet, { kind });
export const saveReportSection = (input: ReportSectionInput) => invokeResolver(RESOLVER_KEYS.postmortemSaveSection, input);
export const publishReport = (kind: ReportKindView) => invokeResolver(RESOLVER_KEYS.postmortemPublish, { kind });
export const reportMarkdown = (kind: ReportKindView) => invokeResolver(RESOLVER_KEYS.postmortemMarkdown, { kind });
export const addFollowUp = (summary: string) => invokeResolver(RESOLVER_KEYS.postmortemFollowUp, { summary });
export const similarIncidents = () => invokeResolver(RESOLVER_KEYS.postmortemSimilar, {});
