/** One typed wrapper per resolver the panel calls. */
import { invokeResolver } from '../../../common/invoke-resolver';
import type {
  IncidentEdit,
  IncidentTriageDecision,
  LegalRecordAction,
  ReportKindView,
  ReporterReplyInput,
  ReportSectionInput,
  ResponseRecordAction,
  TimelineAddInput,
} from '../../../../src/shared/resolver-contract';
import { RESOLVER_KEYS } from '../../../../src/shared/resolver-contract';

/** `deferred`: without the timeline's entries (the panel reads them when its Response section opens). */
export const getIncident = (timeline?: 'deferred') => invokeResolver(RESOLVER_KEYS.incidentGet, timeline ? { timeline } : {});
export const updateIncident = (edit: IncidentEdit) => invokeResolver(RESOLVER_KEYS.incidentUpdate, edit);
export const declareIncident = (reason: string) => invokeResolver(RESOLVER_KEYS.incidentDeclare, { reason });
export const triageIncident = (decision: IncidentTriageDecision) => invokeResolver(RESOLVER_KEYS.incidentTriage, decision);
export const recordLegal = (action: LegalRecordAction) => invokeResolver(RESOLVER_KEYS.legalRecord, action);
export const recordResponse = (action: ResponseRecordAction) => invokeResolver(RESOLVER_KEYS.responseRecord, action);
export const addTimelineEntry = (input: TimelineAddInput) => invokeResolver(RESOLVER_KEYS.timelineAdd, input);
export const timelinePage = (block: number) => invokeResolver(RESOLVER_KEYS.timelinePage, { block });
export const verifyTimeline = () => invokeResolver(RESOLVER_KEYS.timelineVerify, {});
/** The whole export, part after part (a long timeline is more than one invoke may answer), joined in order. */
export async function exportTimeline(format: 'json' | 'markdown') {
  const first = await invokeResolver(RESOLVER_KEYS.timelineExport, { format });
  if (!first.ok) return first;
  const contents = [first.data.content];
  for (let part = 1; part < first.data.parts; part++) {
    const next = await invokeResolver(RESOLVER_KEYS.timelineExport, { format, part, asOf: first.data.asOf });
    if (!next.ok) return next;
    contents.push(next.data.content);
  }
  return { ok: true as const, data: { ...first.data, content: contents.join('') } };
}
export const createExercise = (kind: 'tabletop' | 'drill') => invokeResolver(RESOLVER_KEYS.exerciseCreate, { kind });
export const getReport = (kind: ReportKindView) => invokeResolver(RESOLVER_KEYS.postmortemGet, { kind });
export const saveReportSection = (input: ReportSectionInput) => invokeResolver(RESOLVER_KEYS.postmortemSaveSection, input);
export const publishReport = (kind: ReportKindView) => invokeResolver(RESOLVER_KEYS.postmortemPublish, { kind });
export const reportMarkdown = (kind: ReportKindView) => invokeResolver(RESOLVER_KEYS.postmortemMarkdown, { kind });
export const addFollowUp = (summary: string) => invokeResolver(RESOLVER_KEYS.postmortemFollowUp, { summary });
export const similarIncidents = () => invokeResolver(RESOLVER_KEYS.postmortemSimilar, {});
export const getOnCall = () => invokeResolver(RESOLVER_KEYS.oncallGet, {});
export const acknowledgePage = () => invokeResolver(RESOLVER_KEYS.oncallAcknowledge, {});
export const assignToMe = () => invokeResolver(RESOLVER_KEYS.oncallAssignToMe, {});
export const getReporterReplyDraft = (dismissing = false) => invokeResolver(RESOLVER_KEYS.reporterReplyDraft, dismissing ? { dismissing } : {});
export const sendReporterReply = (input: ReporterReplyInput) => invokeResolver(RESOLVER_KEYS.reporterReplySend, input);
